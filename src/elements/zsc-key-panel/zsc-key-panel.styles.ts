import { css } from 'lit';

export const styles = css`
  h2:focus { outline: none; }
  h2:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .intro { max-width: 48rem; }
  dl.key { display: grid; gap: var(--_space); margin: calc(var(--_space) * 1.5) 0; }
  dl.key div { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: baseline; }
  dl.key dt { font-weight: 600; min-width: 9rem; }
  dl.key dd { margin: 0; display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  code[part='key-value'] {
    font-family: var(--zp-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    background: var(--_surface-alt); border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.4) var(--_space); letter-spacing: 0.05em; word-break: break-all;
  }
  .key-actions { display: inline-flex; gap: calc(var(--_space) * 0.5); }
  button[aria-pressed='true'] { background: var(--_surface-alt); }
  dialog {
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 3);
    max-width: min(34rem, calc(100vw - 2rem)); color: var(--_text); background: var(--_surface); font-family: var(--_font);
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.35); }
`;
