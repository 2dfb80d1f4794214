import { css } from 'lit';

// Layout notes (kept out of the CSS text, which ships):
// - position: relative keeps the visually hidden texts inside the scrolling box (they widened the page).
export const styles = css`
  .table-wrap { overflow-x: auto; position: relative; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; color: var(--_muted); padding-bottom: calc(var(--_space) * 0.5); }
  th, td { text-align: start; padding: calc(var(--_space) * 0.6) var(--_space); border-bottom: 1px solid var(--_border); vertical-align: top; }
  thead th { background: var(--_surface-alt); font-weight: 600; white-space: nowrap; }
  tbody th { font-weight: 500; }
  a { color: var(--_accent); }
  .status {
    display: inline-block; border-radius: 999px; padding: 0 0.6em; font-size: 0.9em;
    background: var(--_surface-alt); border: 1px solid var(--_border); white-space: nowrap;
  }
  .row-actions { white-space: nowrap; }
  .row-actions button + button { margin-inline-start: var(--_space); }
  button.danger-link { color: var(--_danger); }
`;
