import { css } from 'lit';

/**
 * Design tokens and the look of the shared pieces (buttons, fields, messages).
 * Every value is a `--zp-*` custom property with a default, so a host can theme it.
 * Colour defaults use light-dark(): they follow the host page's `color-scheme`
 * (a host that declares `color-scheme: light dark` gets the user's preference).
 */
export const baseStyles = css`
  :host {
    --_accent: var(--zp-color-accent, light-dark(#1a5fd6, #7fb0ff));
    --_accent-contrast: var(--zp-color-accent-contrast, light-dark(#ffffff, #0b1220));
    --_text: var(--zp-color-text, light-dark(#1d2433, #e6e9ef));
    --_muted: var(--zp-color-text-muted, light-dark(#5b6478, #a3acbd));
    --_surface: var(--zp-color-surface, light-dark(#ffffff, #171b22));
    --_surface-alt: var(--zp-color-surface-alt, light-dark(#f4f6fa, #222834));
    --_border: var(--zp-color-border, light-dark(#d3d9e4, #3a4252));
    --_danger: var(--zp-color-danger, light-dark(#b3261e, #ffb4ab));
    --_danger-surface: var(--zp-color-danger-surface, light-dark(#fdecea, #3b1614));
    --_success: var(--zp-color-success, light-dark(#1e7b34, #8ee0a1));
    --_success-surface: var(--zp-color-success-surface, light-dark(#e8f5ec, #12301b));
    --_warning: var(--zp-color-warning, light-dark(#8a5a00, #ffd27a));
    --_warning-surface: var(--zp-color-warning-surface, light-dark(#fff5dc, #3a2c08));
    --_focus: var(--zp-color-focus, light-dark(#1a5fd6, #7fb0ff));
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
  button.danger { background: var(--_danger); border-color: var(--_danger); color: var(--_surface); }
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
  /* The ZSC Key field (shared/key-field.ts). */
  .key-input { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.5); }
  .key-input input { flex: 1 1 12rem; min-width: 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
  .toggle-key[aria-pressed='true'] { background: var(--_surface-alt); border-color: var(--_accent); }
  /* Virtual lists (shared/virtual-rows.ts): a sizer as tall as all rows, the rows in view moved into place. */
  .sizer { position: relative; }
  .window { position: absolute; inset: 0 0 auto 0; will-change: transform; }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;
