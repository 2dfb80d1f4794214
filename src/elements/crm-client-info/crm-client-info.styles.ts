import { css } from 'lit';

export const styles = css`
  h2 { font-size: 1.15em; }
  h3 { font-size: 1em; margin-top: calc(var(--_space) * 2); }
  dl.account { display: grid; gap: calc(var(--_space) * 0.5); margin: var(--_space) 0; }
  dl.account div { display: flex; flex-wrap: wrap; gap: var(--_space); }
  dl.account dt { font-weight: 600; min-width: 9rem; }
  dl.account dd { margin: 0; }
  a { color: var(--_accent); }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: start; padding: calc(var(--_space) * 0.6) var(--_space); border-bottom: 1px solid var(--_border); }
  thead th { background: var(--_surface-alt); font-weight: 600; white-space: nowrap; }
  tbody th { font-weight: 500; }
  td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
`;
