/** What every bench does through the public surface: wait a frame, wait for a condition, type, round. */
export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export async function until(condition: () => unknown, ms: number, what: string): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Types into an input as a user does: the value, then an `input` event. */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Milliseconds to two decimals. */
export const round = (n: number) => Math.round(n * 100) / 100;

/** How long each value takes from typing it into `input` to the element's rendered update (ms). */
export async function keystrokeTimes(el: { updateComplete: Promise<unknown> }, input: HTMLInputElement, values: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const value of values) {
    await frame();
    const t = performance.now();
    typeInto(input, value);
    await el.updateComplete;
    times.push(performance.now() - t);
  }
  await frame();
  return times;
}
