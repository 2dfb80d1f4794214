/**
 * A windowed ARIA table: only the visible rows (plus overscan) are in the DOM, with
 * `aria-rowcount` for the whole list and `aria-rowindex` on each row (the header is row 1).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderRowWindow, type VirtualRows } from '../shared/virtual-rows.js';

export interface TableColumn {
  header: string;
  className: string;
  /** Header text for assistive technology only (e.g. the checkbox column). */
  hiddenHeader?: boolean;
  /** A sortable column: how the rows are sorted by it now, and what pressing its header does. */
  sort?: { state: 'ascending' | 'descending' | 'none'; toggle: () => void };
}

const ARROWS = { ascending: '▲', descending: '▼', none: '' } as const;

function renderHeader(c: TableColumn): unknown {
  if (c.hiddenHeader) return html`<span class="visually-hidden">${c.header}</span>`;
  if (!c.sort) return c.header;
  return html`<button type="button" class="sort" @click=${c.sort.toggle}>${c.header}<span aria-hidden="true">${ARROWS[c.sort.state]}</span></button>`;
}

export interface VirtualTableView {
  id: string;
  label: string;
  part: string;
  /** Grid layout class shared by the header and the rows. */
  layout: string;
  columns: readonly TableColumn[];
  rows: VirtualRows;
  count: number;
  keyAt: (pos: number) => string;
  cells: (pos: number) => TemplateResult;
  /** The body needs a tab stop of its own when its rows hold no focusable control. */
  focusableBody?: boolean;
  onChange?: (e: Event) => void;
  onKeydown?: (e: KeyboardEvent) => void;
  /** Called after the window has taken the scroll into account. */
  onScroll?: (e: Event) => void;
}

export function renderVirtualTable(v: VirtualTableView): TemplateResult {
  const w = v.rows.window(v.count);
  return html`<div class="vtable ${v.layout}" id=${v.id} role="table" aria-label=${v.label} aria-rowcount=${v.count + 1} part=${v.part}>
    <div role="rowgroup" class="vhead">
      <div role="row" class="vrow" aria-rowindex="1">
        ${v.columns.map((c) => html`<div role="columnheader" class="cell ${c.className}" aria-sort=${c.sort?.state ?? nothing}>${renderHeader(c)}</div>`)}
      </div>
    </div>
    <div role="rowgroup" class="vbody" tabindex=${v.focusableBody ? '0' : nothing} aria-label=${v.focusableBody ? msg(str`${v.label}, rows`, { id: 'import.table.rows' }) : nothing}
      @scroll=${v.onScroll ? (e: Event) => { v.rows.onScroll(e); v.onScroll!(e); } : v.rows.onScroll} @change=${v.onChange} @keydown=${v.onKeydown}>
      ${renderRowWindow(w, v.keyAt, (pos) => html`<div role="row" class="vrow" aria-rowindex=${pos + 2}>${v.cells(pos)}</div>`)}
    </div>
  </div>`;
}
