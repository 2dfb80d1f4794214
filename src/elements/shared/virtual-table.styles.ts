import { css } from 'lit';

/**
 * The windowed table of shared/virtual-table.ts: fixed row height (`--_row`), one grid layout
 * shared by header and rows (the element sets `grid-template-columns` on its layout class), the
 * body scrolling within `--_list-height`, and the table scrolling sideways inside the element.
 */
export const virtualTableStyles = css`
  .vtable { border: 1px solid var(--_border); border-radius: var(--_radius); overflow: hidden; overflow-x: auto; }
  .vhead { background: var(--_surface-alt); font-weight: 600; overflow: hidden; scrollbar-gutter: stable; border-bottom: 1px solid var(--_border); }
  .vbody { max-height: var(--_list-height); overflow-y: auto; overflow-x: hidden; scrollbar-gutter: stable; }
  .vrow { display: grid; align-items: center; height: var(--_row); column-gap: var(--_space); padding: 0 var(--_space); }
  .vbody .vrow { border-bottom: 1px solid var(--_border); }
  .vbody .vrow:last-child { border-bottom: none; }
  .cell { min-width: 0; display: flex; align-items: center; gap: calc(var(--_space) * 0.5); overflow: hidden; }
  .cell .text { min-width: 0; overflow-wrap: anywhere; font-size: 0.9em; line-height: 1.2; max-height: calc(var(--_row) - 2px); overflow: hidden; }
  .vhead .cell { overflow-wrap: anywhere; line-height: 1.2; font-size: 0.9em; }
  .sort { all: unset; cursor: pointer; font-weight: 600; display: inline-flex; gap: 0.25em; align-items: center; }
  .sort:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
`;
