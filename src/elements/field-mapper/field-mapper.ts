import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { classMap } from 'lit/directives/class-map.js';
import type { CrmModule, FieldMappingDoc, ProjectsField } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { isNotPermitted } from '../../store/errors.js';
import { STATE, ZpElement } from '../shared/zp-element.js';
import { fieldMappingStore } from '../../store/area-stores.js';
import { entriesOf, type FieldMappingState } from '../../store/slices/field-mapping.js';
import { mappedCount, type MappingCheck, type MappingEntries } from '../../rules/field-compatibility.js';
import { normaliseLabel } from '../../rules/field-suggestions.js';
import { ZpFieldMappingSavedEvent } from '../../events/zp-field-mapping-saved.js';
import { baseStyles } from '../shared/base.styles.js';
import { Announcer } from '../shared/announcer.js';
import { DraftEditor } from '../shared/draft-editor.js';
import { VirtualRows, renderHeadRow, renderRowWindow } from '../shared/virtual-rows.js';
import { renderLoading, renderNotConnected, renderNotPermitted } from '../shared/request-views.js';
import { errorText } from '../../i18n/error-text.js';
import { formatNumber, plural } from '../../i18n/format.js';
import { blockedText, countText, saveStateText } from './mapping-texts.js';
import { ROW_HEIGHT, styles } from './field-mapper.styles.js';
import { renderMappingRow, type RowContext } from './mapping-row.js';
import { MappingView, type Derived } from './mapping-view.js';

const LOAD = 'getFieldMapping';
const SAVE = 'saveFieldMapping';

type Selected = readonly [FieldMappingState, unknown, unknown];

/**
 * Maps every Zoho Projects field (standard and custom) to a Deals field and an Accounts
 * field. Only type-compatible CRM fields are offered; a CRM field feeding two Projects
 * fields is flagged on both rows; required fields must be mapped before "Done";
 * suggestions by name and type can be accepted one by one or all at once.
 *
 * Works inside `<zoho-projects-setup>` (store from context) or alone with `api-base` / `backend`.
 *
 * @tag field-mapper
 * @summary Field mapping between Zoho Projects fields and CRM Deals / Accounts fields.
 * @attr locale - The language of every element on the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works too).
 * @fires zp-field-mapping-saved - After "Done" saved the mapping; detail `{ mappedCount }`.
 * @fires zp-error - When a request fails (standalone only; inside the setup the container reports it).
 * @csspart base - The element's frame.
 * @csspart toolbar - Filter, "Show unmapped only" and the suggestion buttons.
 * @csspart table - The mapping table.
 * @csspart row - One Projects field's row.
 * @csspart done-button - The "Done" button.
 * @csspart error - A failed request's message.
 * @cssproperty --zp-color-accent - Accent colour (buttons, unsaved-change marker).
 * @cssproperty --zp-color-warning - Duplicate warnings.
 * @cssproperty --zp-color-danger - Required and incompatible fields.
 * @cssproperty --zp-field-mapper-height - Maximum height of the scrolling rows (default 30rem).
 */
export class FieldMapper extends ZpElement {
  static override styles = [baseStyles, styles];
  static override properties = { _filter: STATE, _unmappedOnly: STATE, _attempted: STATE, _blocked: STATE, _saved: STATE };

  declare _filter: string;
  declare _unmappedOnly: boolean;
  /** "Done" was pressed: required fields still empty are marked invalid. */
  declare _attempted: boolean;
  /** Why "Done" did not save (client-side checks), or null. */
  declare _blocked: MappingCheck['blocking'] | null;
  /** Result of the last successful "Done" while nothing changed since. */
  declare _saved: { mappedCount: number; total: number } | null;

  readonly #data = this.connectStore<Selected>((s) => [s.fieldMapping, s.requests[LOAD], s.requests[SAVE]] as const,
    { create: fieldMappingStore, onStore: (store) => void store.fieldMapping.load() },
  );
  readonly #announcer = new Announcer(this);
  readonly #editor = new DraftEditor(this, {
    store: () => this.#data.store, actions: (store) => store.fieldMapping, saveKey: SAVE, announcer: this.#announcer,
    saveButton: '[part="done-button"]', save: () => void this.#done(),
    words: {
      noPortal: () => msg(html`<strong>Associate a portal first.</strong> Field mapping is available once a Zoho Projects portal is associated
          with this CRM account (step “Portal configuration”).`, { id: 'fields.no-portal' }),
      reloaded: () => msg('Reloaded the latest mapping; your changes are kept. Press “Done” to save them.', { id: 'fields.announce.reloaded' }),
      conflictKept: () => msg(`Your choices are kept on this page. “Reload” fetches the latest mapping and keeps the fields you changed;
          then press “Done” again.`, { id: 'fields.conflict-kept' }),
      kept: (error) => Object.keys(error.fieldErrors).length
        ? msg('Nothing you chose is lost: every choice stays on this page, and the reasons are shown at the rows.', { id: 'fields.kept-with-reasons' })
        : msg('Nothing you chose is lost: every choice stays on this page.', { id: 'fields.kept' }),
    },
  });
  readonly #rows = new VirtualRows(this, { rowHeight: ROW_HEIGHT, overscan: 6 });
  readonly #view = new MappingView();
  readonly #rowContext: RowContext = {
    attempted: () => this._attempted,
    saveError: () => this.#data.store?.request(SAVE).error,
    choose: (e) => this.#onChoose(e),
    acceptOne: (e) => this.#acceptOne(e),
  };
  /** Rows shown by "Show unmapped only": those unmapped when it was applied, so a row does not vanish while being edited. */
  #unmappedIds: ReadonlySet<string> = new Set();
  #visible: { key: unknown[]; rows: ProjectsField[] } | undefined;

  constructor() {
    super();
    this._filter = '';
    this._unmappedOnly = false;
    this._attempted = false;
    this._blocked = null;
    this._saved = null;
  }

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected('field-mapper');
    const state = store.state.fieldMapping;
    const loadError = store.request(LOAD).error;
    if (isNotPermitted(loadError)) return html`<section part="base">${this.#heading()}${renderNotPermitted()}</section>`;
    return html`<section part="base" aria-labelledby="fm-title">
      ${this.#heading()}
      ${this.#announcer.region()}
      ${loadError ? this.#editor.renderLoadError(loadError) : nothing}
      ${state.doc && state.draft
        ? this.#renderBody(store, this.#deriveNow(state.doc, state.draft))
        : loadError ? nothing : renderLoading(msg('Loading fields…', { id: 'fields.loading' }))}
    </section>`;
  }

  #heading(): TemplateResult {
    return html`<h2 id="fm-title">${msg('Field mapping', { id: 'fields.title' })}</h2>
      <p class="muted intro">${msg(`For each Zoho Projects field, choose the Deals field and the Accounts field that fill it
        when a project is created from a deal or from an account. Only fields of a compatible type are offered.`, { id: 'fields.intro' })}</p>`;
  }

  #renderBody(store: IntegrationStore, d: Derived): TemplateResult {
    const suggestions = store.state.fieldMapping.suggestions ?? {};
    const suggestionCount = Object.values(suggestions).reduce((n, s) => n + (s.deals ? 1 : 0) + (s.accounts ? 1 : 0), 0);
    const rows = this.#visibleRows(d);
    const win = this.#rows.window(rows.length);
    const saving = store.request(SAVE).pending;
    const saveError = store.request(SAVE).error;
    const total = d.doc.projectsFields.length;
    const shown = rows.length;
    const mapped = mappedCount(d.draft);
    const duplicates = d.check.duplicateRows;
    const unsaved = d.changed.size;
    return html`
      <div class="toolbar" part="toolbar">
        <div class="filter">
          <label for="fm-filter">${msg('Filter fields', { id: 'fields.filter' })}</label>
          <input id="fm-filter" type="search" autocomplete="off" .value=${live(this._filter)} @input=${this.#onFilter}>
        </div>
        <label class="check"><input type="checkbox" .checked=${live(this._unmappedOnly)} @change=${this.#onUnmappedOnly}>
          ${msg('Show unmapped only', { id: 'fields.unmapped-only' })}</label>
        ${suggestionCount
          ? html`<div class="suggest-bar">
              <span>${plural(suggestionCount,
                msg(str`${formatNumber(suggestionCount)} suggested match`, { id: 'fields.suggestions.one' }),
                msg(str`${formatNumber(suggestionCount)} suggested matches`, { id: 'fields.suggestions.other' }))}</span>
              <button type="button" @click=${this.#acceptAll}>${msg('Accept all suggestions', { id: 'fields.accept-all' })}</button>
              <button type="button" @click=${this.#dismiss}>${msg('Dismiss suggestions', { id: 'fields.dismiss' })}</button>
            </div>`
          : nothing}
      </div>
      <p class="muted count" id="fm-count">${countText(shown, total, mapped)}
        ${duplicates ? html` · <span class="warn-text">${msg(str`${formatNumber(duplicates)} with a CRM field used twice`, { id: 'fields.duplicate-count' })}</span>` : nothing}</p>
      <div class="table" role="table" aria-labelledby="fm-title" aria-describedby="fm-count" aria-rowcount=${rows.length + 1} part="table">
        <div role="rowgroup">
          ${renderHeadRow([msg('Projects field', { id: 'fields.column.projects' }), msg('Deals field', { id: 'fields.column.deals' }),
            msg('Accounts field', { id: 'fields.column.accounts' }), msg('Suggestion', { id: 'fields.column.suggestion' })])}
        </div>
        <div class="scroller" @scroll=${this.#rows.onScroll} @focusin=${this.#onRowFocus}>
          ${renderRowWindow(win, (i) => rows[i]!.id, (i) => renderMappingRow(this.#rowContext, d, rows[i]!, i, suggestions[rows[i]!.id]), { role: 'rowgroup' })}
        </div>
      </div>
      ${rows.length ? nothing : html`<p class="empty" role="status">${msg('No fields match the filter.', { id: 'fields.no-match' })}</p>`}
      ${this._blocked ? html`<div class="notice error" role="alert" part="error"><p>${blockedText(this._blocked, d)}</p></div>` : nothing}
      ${saveError ? this.#editor.renderSaveError(saveError) : nothing}
      ${this._saved && !d.changed.size && !saveError
        ? html`<div class="notice success" part="result"><p>${msg(str`Field mapping saved: ${formatNumber(this._saved.mappedCount)} of ${formatNumber(this._saved.total)} Projects fields are mapped.`, { id: 'fields.saved' })}</p></div>`
        : nothing}
      <div class="actions">
        <button type="button" class="primary" part="done-button" aria-disabled=${saving ? 'true' : 'false'} @click=${this.#done}>${msg('Done', { id: 'fields.done' })}</button>
        ${unsaved ? html`<button type="button" @click=${this.#discard}>${msg('Discard changes', { id: 'fields.discard' })}</button>` : nothing}
        <span class=${classMap({ 'save-state': true, unsaved: unsaved > 0 })}>${saveStateText(saving, unsaved)}</span>
      </div>`;
  }

  #deriveNow(doc: FieldMappingDoc, draft: MappingEntries): Derived {
    return this.#view.derive(doc, draft, this.#data.store!.state.fieldMapping);
  }

  #visibleRows(d: Derived): ProjectsField[] {
    const key = [d.doc, this._filter, this._unmappedOnly, this.#unmappedIds];
    if (this.#visible && this.#visible.key.every((k, i) => k === key[i])) return this.#visible.rows;
    const needle = normaliseLabel(this._filter);
    const rows = d.doc.projectsFields.filter((f, i) =>
      (!needle || d.search[i]!.includes(needle)) && (!this._unmappedOnly || this.#unmappedIds.has(f.id)));
    this.#visible = { key, rows };
    return rows;
  }

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  #snapshotUnmapped(): void {
    const draft = this.#data.store?.state.fieldMapping.draft ?? {};
    this.#unmappedIds = new Set(Object.entries(draft).filter(([, e]) => !e.deals && !e.accounts).map(([id]) => id));
  }

  #onFilter(e: Event): void {
    this._filter = (e.target as HTMLInputElement).value;
    if (this._unmappedOnly) this.#snapshotUnmapped();
    this.#rows.reset(this.#scroller());
  }

  #onUnmappedOnly(e: Event): void {
    this._unmappedOnly = (e.target as HTMLInputElement).checked;
    if (this._unmappedOnly) this.#snapshotUnmapped();
    this.#rows.reset(this.#scroller());
  }

  /** Keeps the focused row in view, so Tab / Shift+Tab walk through every row of the window. */
  #onRowFocus(e: FocusEvent): void {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[role="row"][data-index]');
    const scroller = this.#scroller();
    if (row && scroller) this.#rows.scrollToRow(scroller, Number(row.dataset['index']));
  }

  #onChoose(e: Event): void {
    const select = e.target as HTMLSelectElement;
    const field = select.dataset['field'];
    const module = select.dataset['module'] as CrmModule | undefined;
    if (!field || !module) return;
    this._blocked = null;
    this._saved = null;
    this.#data.store?.fieldMapping.choose(field, module, select.value || null);
  }

  #acceptOne(e: Event): void {
    const field = (e.currentTarget as HTMLElement).dataset['field'];
    if (!field) return;
    this._saved = null;
    const label = this.#view.last?.labelById.get(field) ?? field;
    this.#data.store?.fieldMapping.acceptSuggestion(field);
    this.#announcer.announce(msg(str`Suggestion accepted for ${label}.`, { id: 'fields.announce.accepted-one' }));
    // The button goes away with the suggestion: keep focus in the row.
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(`select[data-field="${CSS.escape(field)}"]`)?.focus();
    });
  }

  #acceptAll(): void {
    const suggestions = this.#data.store?.state.fieldMapping.suggestions ?? {};
    const n = Object.keys(suggestions).length;
    this._saved = null;
    this.#data.store?.fieldMapping.acceptAllSuggestions();
    this.#announcer.announce(plural(n,
      msg(str`Suggestions accepted for ${formatNumber(n)} field. Press “Done” to save.`, { id: 'fields.announce.accepted-all.one' }),
      msg(str`Suggestions accepted for ${formatNumber(n)} fields. Press “Done” to save.`, { id: 'fields.announce.accepted-all.other' })));
    this.#focusFilter();
  }

  #dismiss(): void {
    this.#data.store?.fieldMapping.dismissSuggestions();
    this.#announcer.announce(msg('Suggestions dismissed.', { id: 'fields.announce.dismissed' }));
    this.#focusFilter();
  }

  #focusFilter(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#fm-filter')?.focus());
  }

  readonly #discard = () => {
    this._blocked = null;
    this.#editor.discard();
  };

  async #done(): Promise<void> {
    const store = this.#data.store;
    const state = store?.state.fieldMapping;
    if (!store || !state?.doc || !state.draft || store.request(SAVE).pending) return;
    const d = this.#deriveNow(state.doc, state.draft);
    if (d.check.blocking.length) {
      this._attempted = true;
      this._blocked = d.check.blocking;
      this.#announcer.announce(blockedText(d.check.blocking, d));
      await this.#focusField(d.check.blocking[0]!.projectsFieldId, d.check.blocking[0]!.module);
      return;
    }
    this._blocked = null;
    this._saved = null;
    // The event goes out before the status refresh: inside the setup, that refresh moves the
    // flow on and may remove this element, and a removed element's event reaches no one.
    let count = 0;
    const result = await store.fieldMapping.saveDraft({
      onSaved: (doc) => {
        count = mappedCount(entriesOf(doc));
        this.dispatchEvent(new ZpFieldMappingSavedEvent({ mappedCount: count }));
      },
    });
    if (result.ok) {
      this._attempted = false;
      this._saved = { mappedCount: count, total: result.value.projectsFields.length };
      this.#announcer.announce(msg(str`Field mapping saved. ${formatNumber(count)} of ${formatNumber(result.value.projectsFields.length)} Projects fields are mapped.`, { id: 'fields.announce.saved' }));
    } else {
      this.#announcer.announce(msg(str`Field mapping not saved. ${errorText(result.error)}`, { id: 'fields.announce.not-saved' }));
    }
  }

  /** Shows a field's row (clearing filters that hide it) and focuses its select. */
  async #focusField(fieldId: string, module: CrmModule): Promise<void> {
    let index = this.#visible?.rows.findIndex((f) => f.id === fieldId) ?? -1;
    if (index < 0) {
      this._filter = '';
      this._unmappedOnly = false;
      await this.updateComplete;
      index = this.#visible?.rows.findIndex((f) => f.id === fieldId) ?? -1;
    }
    const scroller = this.#scroller();
    if (scroller && index >= 0) this.#rows.scrollToRow(scroller, index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`select[data-field="${CSS.escape(fieldId)}"][data-module="${module}"]`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'field-mapper': FieldMapper;
  }
}
