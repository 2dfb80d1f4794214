import { css } from 'lit';

/**
 * Design tokens and the look of the shared pieces (buttons, fields, messages).
 * Every value is a `--zp-*` custom property with a default, so a host can theme it.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--zp-color-accent, #1a5fd6);
    --_accent-contrast: var(--zp-color-accent-contrast, #ffffff);
    --_text: var(--zp-color-text, #1d2433);
    --_muted: var(--zp-color-text-muted, #5b6478);
    --_surface: var(--zp-color-surface, #ffffff);
    --_surface-alt: var(--zp-color-surface-alt, #f4f6fa);
    --_border: var(--zp-color-border, #d3d9e4);
    --_danger: var(--zp-color-danger, #b3261e);
    --_danger-surface: var(--zp-color-danger-surface, #fdecea);
    --_success: var(--zp-color-success, #1e7b34);
    --_success-surface: var(--zp-color-success-surface, #e8f5ec);
    --_warning: var(--zp-color-warning, #8a5a00);
    --_warning-surface: var(--zp-color-warning-surface, #fff5dc);
    --_focus: var(--zp-color-focus, #1a5fd6);
    --_font: var(--zp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--zp-font-size, 0.9375rem);
    --_space: var(--zp-space, 0.5rem);
    --_radius: var(--zp-radius, 6px);
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_text);
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  [part='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
  }
  h2, h3, h4 { margin: 0 0 var(--_space); line-height: 1.25; }
  h2 { font-size: 1.35em; }
  h3 { font-size: 1.15em; }
  p { margin: 0 0 var(--_space); }
  .muted { color: var(--_muted); }
  button, .button {
    font: inherit;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.75);
    cursor: pointer;
  }
  button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--_accent-contrast); }
  button.danger { background: var(--_danger); border-color: var(--_danger); color: #fff; }
  button.link { border: none; background: none; color: var(--_accent); padding: 0; text-decoration: underline; }
  button:disabled, button[aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
  :focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  input, select, textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.6) var(--_space);
    min-width: 0;
  }
  input[aria-invalid='true'], select[aria-invalid='true'] { border-color: var(--_danger); }
  .field { display: grid; gap: calc(var(--_space) * 0.5); margin-bottom: calc(var(--_space) * 1.5); max-width: 32rem; }
  .field label { font-weight: 600; }
  .field-error { color: var(--_danger); font-size: 0.9em; margin: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; margin-top: calc(var(--_space) * 1.5); }
  .notice {
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: var(--_space) 0;
    border: 1px solid transparent;
  }
  .notice.error { background: var(--_danger-surface); border-color: var(--_danger); color: var(--_danger); }
  .notice.success { background: var(--_success-surface); border-color: var(--_success); color: var(--_success); }
  .notice.warning { background: var(--_warning-surface); border-color: var(--_warning); color: var(--_warning); }
  .notice.info { background: var(--_surface-alt); border-color: var(--_border); }
  .notice .actions { margin-top: calc(var(--_space) * 0.5); }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;
