import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssomStyle } from './cssom-style.js';

export interface RowWindow {
  /** Index of the first row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Height of all rows, for the scroll sizer (px). */
  totalHeight: number;
  /** Offset of the first rendered row (px). */
  offset: number;
}

export interface VirtualRowsOptions {
  /** Fixed row height in px (rows must be styled to exactly this height). */
  rowHeight: number;
  /** Rows rendered beyond the visible ones, above and below. */
  overscan?: number;
  /** Rows assumed visible before the viewport has been measured. */
  initialVisibleRows?: number;
}

/**
 * Windowing for long lists with fixed-height rows: renders only what is visible
 * (plus overscan), so the DOM stays small whatever the data size. Bind `onScroll`
 * to the scrolling element; read `window(total)` while rendering. Position rows with
 * `cssomStyle` (shared/cssom-style.ts: CSSOM only, allowed under a strict style-src);
 * never a style attribute, and not Lit's `styleMap`, which writes one on first render.
 */
export class VirtualRows implements ReactiveController {
  #scrollTop = 0;
  #viewportHeight = 0;
  #frame = 0;
  #rowHeight: number;
  readonly #overscan: number;
  readonly #initialRows: number;

  constructor(private readonly host: ReactiveControllerHost, options: VirtualRowsOptions) {
    this.#rowHeight = options.rowHeight;
    this.#overscan = options.overscan ?? 8;
    this.#initialRows = options.initialVisibleRows ?? 15;
    host.addController(this);
  }

  readonly onScroll = (event: Event): void => {
    const el = event.currentTarget as HTMLElement;
    this.#scrollTop = el.scrollTop;
    this.#viewportHeight = el.clientHeight;
    if (!this.#frame) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.host.requestUpdate();
      });
    }
  };

  get rowHeight(): number {
    return this.#rowHeight;
  }

  /** A layout whose rows are another (fixed) height, e.g. a narrow layout that stacks a row's cells. */
  setRowHeight(px: number): void {
    if (px === this.#rowHeight) return;
    // Keep the same first row in view.
    this.#scrollTop = (this.#scrollTop / this.#rowHeight) * px;
    this.#rowHeight = px;
    this.host.requestUpdate();
  }

  /** Call when the list's content changes so scrolling starts over (e.g. a new filter). */
  reset(scroller?: HTMLElement | null): void {
    this.#scrollTop = 0;
    if (scroller) scroller.scrollTop = 0;
  }

  /** Scrolls back to where the list was (e.g. after a view that replaced it closed). */
  restore(scroller: HTMLElement, scrollTop: number): void {
    scroller.scrollTop = scrollTop;
    this.#scrollTop = scroller.scrollTop;
    this.#viewportHeight = scroller.clientHeight;
    this.host.requestUpdate();
  }

  /** Brings row `index` into view (keyboard navigation). */
  scrollToRow(scroller: HTMLElement, index: number): void {
    const top = index * this.#rowHeight;
    const bottom = top + this.#rowHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
    this.#scrollTop = scroller.scrollTop;
    this.#viewportHeight = scroller.clientHeight;
    this.host.requestUpdate();
  }

  window(total: number): RowWindow {
    const visible = this.#viewportHeight ? Math.ceil(this.#viewportHeight / this.#rowHeight) : this.#initialRows;
    const first = Math.floor(this.#scrollTop / this.#rowHeight);
    const start = Math.max(0, Math.min(first - this.#overscan, total - visible - this.#overscan));
    const end = Math.min(total, first + visible + this.#overscan);
    return { start: Math.max(0, start), end, totalHeight: total * this.#rowHeight, offset: Math.max(0, start) * this.#rowHeight };
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}

/**
 * The one markup of a virtual list: a sizer as tall as all rows (so the scrollbar is right) and
 * the window of rows in view, moved to its place. Rows are keyed (lit's `repeat`): while the
 * list scrolls, a row that stays in view keeps its DOM, and with it focus and what was typed.
 * Styles: `.sizer` / `.window` in shared/base.styles.ts.
 */
export function renderRowWindow(
  win: RowWindow,
  keyAt: (index: number) => unknown,
  rowAt: (index: number) => unknown,
  options: { role?: 'rowgroup' } = {},
): TemplateResult {
  const indexes = Array.from({ length: win.end - win.start }, (_, k) => win.start + k);
  return html`<div class="sizer" ${cssomStyle({ height: `${win.totalHeight}px` })}>
    <div class="window" role=${options.role ?? nothing} ${cssomStyle({ transform: `translateY(${win.offset}px)` })}>${repeat(indexes, keyAt, rowAt)}</div>
  </div>`;
}

/** The header row of a virtual table: row 1 of `aria-rowindex` (the data rows count from 2). */
export function renderHeadRow(headers: readonly unknown[], className = 'row head'): TemplateResult {
  return html`<div class=${className} role="row" aria-rowindex="1">
    ${headers.map((header) => html`<span role="columnheader">${header}</span>`)}
  </div>`;
}
