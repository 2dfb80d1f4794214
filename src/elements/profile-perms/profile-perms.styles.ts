import { css } from 'lit';

export const styles = css`
  .intro { max-width: 48rem; }
  .help { font-size: 0.9em; }
  .grid-wrap {
    max-height: var(--zp-profile-perms-height, 32rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table { border-collapse: separate; border-spacing: 0; width: 100%; }
  th, td { padding: calc(var(--_space) * 0.5) var(--_space); border-bottom: 1px solid var(--_border); text-align: center; }
  thead th {
    position: sticky; top: 0; z-index: 1;
    background: var(--_surface-alt); font-weight: 600; vertical-align: bottom;
  }
  .col-label { display: block; white-space: nowrap; margin-bottom: 2px; }
  th.profile { text-align: start; font-weight: 600; }
  tbody th.profile { border-left: 3px solid transparent; }
  tbody tr.changed th.profile { border-left-color: var(--_accent); }
  .name { display: block; }
  .meta { display: block; font-weight: 400; color: var(--_muted); font-size: 0.85em; }
  .unsaved-mark { color: var(--_accent); font-weight: 600; }
  td.all, th.all { background: var(--_surface-alt); }
  tbody tr:hover td, tbody tr:hover th { background: var(--_surface-alt); }
  input[type='checkbox'] { width: 1.1rem; height: 1.1rem; margin: 0; accent-color: var(--_accent); cursor: pointer; }
  .save-state { color: var(--_muted); }
  .save-state.unsaved { color: var(--_accent); font-weight: 600; }
`;
