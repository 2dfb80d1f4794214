/**
 * The Projects tab's list: search, the status and owner filters, sortable columns and the
 * windowed table of every project of the portal (only the rows in view are in the DOM). A
 * keyboard user walks the rows with the arrow keys, Home/End and Page Up/Down (one tab stop);
 * Enter or a click opens a project. The query and the scroll position stay while a project is open.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { PortalProject, PortalProjects } from '../../schemas/entities.js';
import { getLocale } from '../../i18n/locale.js';
import { formatDate } from '../../i18n/format.js';
import {
  DEFAULT_PROJECT_QUERY, ProjectListIndex, toggleSort, type ProjectListQuery, type ProjectSortKey,
} from '../../rules/project-list.js';
import type { Announcer } from '../shared/announcer.js';
import { VirtualRows } from '../shared/virtual-rows.js';
import { renderVirtualTable, type TableColumn } from '../shared/virtual-table.js';
import { columnNames, countText, linkText, notLinkedText, progressText, shownText } from './tab-texts.js';

/** Row height of the table: keep in sync with `--_row` in projects-tab.styles.ts. */
export const ROW_HEIGHT = 52;
const PAGE = 10;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ProjectList implements ReactiveController {
  query: ProjectListQuery = DEFAULT_PROJECT_QUERY;
  readonly rows: VirtualRows;
  /** Position (in the shown rows) of the row that holds the table's tab stop. */
  #active = 0;
  #index: ProjectListIndex | null = null;
  #shown: { index: ProjectListIndex; query: ProjectListQuery; positions: number[] } | null = null;
  #savedScroll = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    private readonly announcer: Announcer,
    private readonly open: (project: PortalProject) => void,
  ) {
    this.rows = new VirtualRows(host, { rowHeight: ROW_HEIGHT, initialVisibleRows: 12, overscan: 6 });
    host.addController(this);
  }

  get #scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('#pt-table .vbody');
  }

  /** The list's search keys and sort orders, made again only when the list itself changes. */
  #indexOf(list: PortalProjects): ProjectListIndex {
    const locale = getLocale();
    if (this.#index?.projects !== list.projects) this.#index = new ProjectListIndex(list.projects, list.statuses, locale);
    return this.#index;
  }

  /** Positions (into `list.projects`) of the rows shown, in order. */
  shown(list: PortalProjects): number[] {
    const index = this.#indexOf(list);
    if (this.#shown?.index !== index || this.#shown.query !== this.query) {
      this.#shown = { index, query: this.query, positions: index.query(this.query) };
    }
    return this.#shown.positions;
  }

  /** Where the list was, kept while a project is open. */
  remember(): void {
    this.#savedScroll = this.#scroller?.scrollTop ?? 0;
  }

  /** Back from a project: the list scrolled where it was, focus on the project's row. */
  restore(projectId: string | null, list: PortalProjects | null): string {
    const scroller = this.#scroller;
    if (scroller) this.rows.restore(scroller, this.#savedScroll);
    const at = projectId && list ? this.shown(list).findIndex((i) => list.projects[i]!.id === projectId) : -1;
    if (at < 0) return '#pt-search';
    this.#active = at;
    if (scroller) this.rows.scrollToRow(scroller, at);
    return `#pt-open-${CSS.escape(projectId!)}`;
  }

  /** A project that was just created or changed: its row in view and holding the tab stop. */
  reveal(projectId: string, list: PortalProjects): string | null {
    const at = this.shown(list).findIndex((i) => list.projects[i]!.id === projectId);
    if (at < 0) return null;
    this.#active = at;
    const scroller = this.#scroller;
    if (scroller) this.rows.scrollToRow(scroller, at);
    return `#pt-open-${CSS.escape(projectId)}`;
  }

  #set(query: ProjectListQuery, list: PortalProjects): void {
    this.query = query;
    this.#active = 0;
    this.rows.reset(this.#scroller);
    this.host.requestUpdate();
    // Said once typing pauses, not at every keystroke.
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => this.announcer.announce(shownText(this.shown(list).length)), 500);
  }

  #sortBy(key: ProjectSortKey): void {
    this.query = toggleSort(this.query, key);
    this.#active = 0;
    this.rows.reset(this.#scroller);
    this.host.requestUpdate();
  }

  #onKey(e: KeyboardEvent, shown: readonly number[], list: PortalProjects): void {
    const moves: Record<string, number> = {
      ArrowDown: this.#active + 1, ArrowUp: this.#active - 1, PageDown: this.#active + PAGE, PageUp: this.#active - PAGE,
      Home: 0, End: shown.length - 1,
    };
    if (!(e.key in moves) || !shown.length) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(shown.length - 1, moves[e.key]!));
    this.#active = next;
    const scroller = this.#scroller;
    if (scroller) this.rows.scrollToRow(scroller, next);
    const id = list.projects[shown[next]!]!.id;
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#pt-open-${CSS.escape(id)}`)?.focus());
  }

  render(list: PortalProjects): TemplateResult {
    const shown = this.shown(list);
    const names = columnNames();
    const q = this.query;
    this.#active = Math.min(this.#active, Math.max(0, shown.length - 1));
    const sortable = (key: ProjectSortKey, className: string): TableColumn => ({
      header: names[key], className,
      sort: { state: q.sort !== key ? 'none' : q.descending ? 'descending' : 'ascending', toggle: () => this.#sortBy(key) },
    });
    const columns: TableColumn[] = [
      sortable('name', 'c-name'), sortable('status', 'c-status'), { header: names.owner, className: 'c-owner' },
      sortable('startDate', 'c-date'), sortable('endDate', 'c-date'), { header: names.progress, className: 'c-progress' },
      { header: names.link, className: 'c-link' },
    ];
    const owners = this.#indexOf(list).owners();
    return html`
      <div class="toolbar" part="toolbar">
        <label class="search">${msg('Search projects', { id: 'tab.search' })}
          <input id="pt-search" type="search" .value=${live(q.text)} autocomplete="off"
            @input=${(e: Event) => this.#set({ ...this.query, text: (e.target as HTMLInputElement).value }, list)}></label>
        <label>${msg('Status', { id: 'records.field.status' })}
          <select id="pt-status" @change=${(e: Event) => this.#set({ ...this.query, status: (e.target as HTMLSelectElement).value || null }, list)}>
            <option value="" ?selected=${q.status === null}>${msg('All statuses', { id: 'tab.filter.all-statuses' })}</option>
            ${list.statuses.map((s) => html`<option .value=${s} ?selected=${q.status === s}>${s}</option>`)}
          </select></label>
        <label>${names.owner}
          <select id="pt-owner" @change=${(e: Event) => this.#set({ ...this.query, owner: (e.target as HTMLSelectElement).value || null }, list)}>
            <option value="" ?selected=${q.owner === null}>${msg('All owners', { id: 'tab.filter.all-owners' })}</option>
            ${owners.map((o) => html`<option .value=${o} ?selected=${q.owner === o}>${o}</option>`)}
          </select></label>
      </div>
      <p class="count muted" id="pt-count" part="count">${countText(list.projects.length, shown.length)}</p>
      ${shown.length
        ? renderVirtualTable({
          id: 'pt-table', label: msg('Projects of the portal', { id: 'tab.table' }), part: 'table', layout: 'projects-grid',
          columns, rows: this.rows, count: shown.length,
          keyAt: (pos) => list.projects[shown[pos]!]!.id,
          cells: (pos) => this.#cells(list.projects[shown[pos]!]!, pos === this.#active),
          onKeydown: (e) => this.#onKey(e, shown, list),
        })
        : html`<p class="muted empty" part="empty">${list.projects.length
          ? msg('No project matches the search and filters.', { id: 'tab.no-match' })
          : msg('The portal has no projects yet.', { id: 'tab.empty' })}</p>`}`;
  }

  #cells(p: PortalProject, active: boolean): TemplateResult {
    return html`
      <div role="cell" class="cell c-name"><button type="button" class="link" id="pt-open-${p.id}" tabindex=${active ? '0' : '-1'}
        @click=${() => this.open(p)}><span class="text">${p.name}</span></button></div>
      <div role="cell" class="cell c-status"><span class="text">${p.status}</span></div>
      <div role="cell" class="cell c-owner"><span class="text">${p.owner}</span></div>
      <div role="cell" class="cell c-date"><span class="text">${p.startDate ? formatDate(p.startDate) : '—'}</span></div>
      <div role="cell" class="cell c-date"><span class="text">${p.endDate ? formatDate(p.endDate) : '—'}</span></div>
      <div role="cell" class="cell c-progress"><progress max="100" .value=${p.progress} aria-hidden="true"></progress><span class="text">${progressText(p.progress)}</span></div>
      <div role="cell" class="cell c-link"><span class="text">${p.link ? linkText(p.link) : html`<span class="muted">${notLinkedText()}</span>`}</span></div>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.#announceTimer);
  }
}
