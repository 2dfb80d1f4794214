/** Helpers for the example-page tests: a page in an iframe, driven through what a user sees. */

/** Resolves with the first truthy value of `get`, or fails after `ms`. Polls with a timer (see helpers.until). */
export async function waitFor<T>(get: () => T | null | undefined | false, what: string, ms = 10_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = get();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Loads `src` in a new iframe of this page; resolves once its document has loaded. */
export async function openFrame(src: string, size = { width: 1200, height: 900 }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${size.width}px`;
  frame.style.height = `${size.height}px`;
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

export const buttonNamed = (el: Element, name: string): HTMLButtonElement | undefined =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);

export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Fills the credentials of `<crm-user-import>` and presses "Next Step". */
export function submitCredentials(el: Element, credentials: { email: string; zscKey: string }): void {
  typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('#email')!, credentials.email);
  typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('#zsc-key')!, credentials.zscKey);
  const next = buttonNamed(el, 'Next Step');
  if (!next) throw new Error(`No "Next Step" in: ${shadowText(el).slice(0, 300)}`);
  next.click();
}

/**
 * Leaves just the first `count` rows of the review list selected that are not marked "Already a
 * portal user / client" (the list opens with every such row selected): "Select none", then ticks them.
 */
export async function selectNewRows(el: Element, count: number): Promise<number> {
  const newBoxes = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.vbody [role=row]')]
    .filter((row) => !row.querySelector('[part=badge]'))
    .map((row) => row.querySelector<HTMLInputElement>('input[type=checkbox]'))
    .filter((box): box is HTMLInputElement => !!box && !box.disabled);
  buttonNamed(el, 'Select none')!.click();
  await waitFor(() => newBoxes().every((box) => !box.checked) || undefined, 'the selection cleared');
  const boxes = newBoxes().slice(0, count);
  for (const box of boxes) box.click();
  return boxes.length;
}
