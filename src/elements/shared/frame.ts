import { html, type TemplateResult } from 'lit';

/**
 * An element's frame: the `base` section, labelled by its heading, then the element's parts in
 * order (the live region, messages, the body), one per line as a user's screen reader reads them.
 */
export function renderFrame(titleId: string, title: unknown, ...parts: unknown[]): TemplateResult {
  return html`<section part="base" aria-labelledby=${titleId}>
    <h2 id=${titleId}>${title}</h2>
    ${parts.map((part) => html`${part}
    `)}
  </section>`;
}
