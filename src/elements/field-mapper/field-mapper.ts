import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { live } from 'lit/directives/live.js';
import { classMap } from 'lit/directives/class-map.js';
import type { PartialBackend } from '../../adapters/backend.js';
import type { CrmField, CrmModule, FieldMappingDoc, ProjectsField } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import type { StoreError } from '../../store/errors.js';
import { isNotPermitted } from '../../store/errors.js';
import { StoreController } from '../../store/store-controller.js';
import { changedFieldIds, entriesOf, type FieldMappingState } from '../../store/slices/field-mapping.js';
import {
  CRM_MODULES, checkMapping, compatibleCrmFields, mappedCount, type CellProblem, type MappingCheck, type MappingEntries,
} from '../../rules/field-compatibility.js';
import { normaliseLabel } from '../../rules/field-suggestions.js';
import { ZpFieldMappingSavedEvent } from '../../events/zp-field-mapping-saved.js';
import { storeHostProperties } from '../shared/host-properties.js';
import { baseStyles } from '../shared/base.styles.js';
import { Announcer } from '../shared/announcer.js';
import { ErrorReporter } from '../shared/report-errors.js';
import { VirtualRows } from '../shared/virtual-rows.js';
import {
  renderLoading, renderNotConnected, renderNotPermitted, renderRequestError,
} from '../shared/request-views.js';
import { MODULE_LABELS, TYPE_LABELS } from './labels.js';
import { ROW_HEIGHT, styles } from './field-mapper.styles.js';

const LOAD = 'getFieldMapping';
const SAVE = 'saveFieldMapping';

type Selected = readonly [FieldMappingState, unknown, unknown];

/** What is derived from one document + draft; recomputed only when they change. */
interface Derived {
  doc: FieldMappingDoc;
  draft: MappingEntries;
  check: MappingCheck;
  changed: ReadonlySet<string>;
  options: ReadonlyMap<string, Record<CrmModule, CrmField[]>>;
  crmById: Record<CrmModule, ReadonlyMap<string, CrmField>>;
  labelById: ReadonlyMap<string, string>;
  search: readonly string[];
}

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
export class FieldMapper extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...storeHostProperties,
    _filter: { state: true },
    _unmappedOnly: { state: true },
    _attempted: { state: true },
    _blocked: { state: true },
    _saved: { state: true },
  };

  declare store: IntegrationStore | undefined;
  declare backend: PartialBackend | undefined;
  declare apiBase: string | undefined;
  declare _filter: string;
  declare _unmappedOnly: boolean;
  /** "Done" was pressed: required fields still empty are marked invalid. */
  declare _attempted: boolean;
  /** Why "Done" did not save (client-side checks), or null. */
  declare _blocked: string | null;
  /** Result of the last successful "Done" while nothing changed since. */
  declare _saved: { mappedCount: number; total: number } | null;

  readonly #data = new StoreController<Selected>(
    this,
    (s) => [s.fieldMapping, s.requests[LOAD], s.requests[SAVE]] as const,
    { onStore: (store) => void store.fieldMapping.load() },
  );
  readonly #announcer = new Announcer(this);
  readonly #rows = new VirtualRows(this, { rowHeight: ROW_HEIGHT, overscan: 6 });
  #derived: Derived | undefined;
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
    new ErrorReporter(this, () => (this.#data.isShared ? undefined : this.#data.store));
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
      ${loadError ? this.#renderLoadError(loadError) : nothing}
      ${state.doc && state.draft
        ? this.#renderBody(store, this.#derive(state.doc, state.draft))
        : loadError ? nothing : renderLoading('Loading fields…')}
    </section>`;
  }

  #heading(): TemplateResult {
    return html`<h2 id="fm-title">Field mapping</h2>
      <p class="muted intro">For each Zoho Projects field, choose the Deals field and the Accounts field that fill it
        when a project is created from a deal or from an account. Only fields of a compatible type are offered.</p>`;
  }

  #renderLoadError(error: StoreError): TemplateResult {
    if (error.code === 'no-portal') {
      return html`<div class="notice warning" role="alert" part="error">
        <p><strong>Associate a portal first.</strong> Field mapping is available once a Zoho Projects portal is associated
          with this CRM account (step “Portal configuration”).</p>
        <div class="actions"><button type="button" @click=${this.#reload}>Retry</button></div>
      </div>`;
    }
    return renderRequestError(error, this.#reload) as TemplateResult;
  }

  #renderBody(store: IntegrationStore, d: Derived): TemplateResult {
    const suggestions = store.state.fieldMapping.suggestions ?? {};
    const suggestionCount = Object.values(suggestions).reduce((n, s) => n + (s.deals ? 1 : 0) + (s.accounts ? 1 : 0), 0);
    const rows = this.#visibleRows(d);
    const win = this.#rows.window(rows.length);
    const saving = store.request(SAVE).pending;
    const saveError = store.request(SAVE).error;
    const total = d.doc.projectsFields.length;
    return html`
      <div class="toolbar" part="toolbar">
        <div class="filter">
          <label for="fm-filter">Filter fields</label>
          <input id="fm-filter" type="search" autocomplete="off" .value=${live(this._filter)} @input=${this.#onFilter}>
        </div>
        <label class="check"><input type="checkbox" .checked=${live(this._unmappedOnly)} @change=${this.#onUnmappedOnly}>
          Show unmapped only</label>
        ${suggestionCount
          ? html`<div class="suggest-bar">
              <span>${suggestionCount === 1 ? '1 suggested match' : `${suggestionCount} suggested matches`}</span>
              <button type="button" @click=${this.#acceptAll}>Accept all suggestions</button>
              <button type="button" @click=${this.#dismiss}>Dismiss suggestions</button>
            </div>`
          : nothing}
      </div>
      <p class="muted count" id="fm-count">${rows.length === total ? `${total} fields` : `${rows.length} of ${total} fields shown`}
        · ${mappedCount(d.draft)} mapped
        ${d.check.duplicateRows ? html` · <span class="warn-text">${d.check.duplicateRows} with a CRM field used twice</span>` : nothing}</p>
      <div class="table" role="table" aria-labelledby="fm-title" aria-describedby="fm-count" aria-rowcount=${rows.length + 1} part="table">
        <div role="rowgroup">
          <div role="row" class="row head" aria-rowindex="1">
            <span role="columnheader">Projects field</span>
            <span role="columnheader">Deals field</span>
            <span role="columnheader">Accounts field</span>
            <span role="columnheader">Suggestion</span>
          </div>
        </div>
        <div class="scroller" @scroll=${this.#rows.onScroll} @focusin=${this.#onRowFocus}>
          <div class="sizer" ${cssomStyle({ height: `${win.totalHeight}px` })}>
            <div role="rowgroup" class="window" ${cssomStyle({ transform: `translateY(${win.offset}px)` })}>
              ${repeat(rows.slice(win.start, win.end), (f) => f.id, (f, i) => this.#renderRow(d, f, win.start + i, suggestions[f.id]))}
            </div>
          </div>
        </div>
      </div>
      ${rows.length ? nothing : html`<p class="empty" role="status">No fields match the filter.</p>`}
      ${this._blocked ? html`<div class="notice error" role="alert" part="error"><p>${this._blocked}</p></div>` : nothing}
      ${saveError ? this.#renderSaveError(saveError) : nothing}
      ${this._saved && !d.changed.size && !saveError
        ? html`<div class="notice success" part="result"><p>Field mapping saved: ${this._saved.mappedCount} of ${this._saved.total}
            Projects fields are mapped.</p></div>`
        : nothing}
      <div class="actions">
        <button type="button" class="primary" part="done-button" aria-disabled=${saving ? 'true' : 'false'} @click=${this.#done}>Done</button>
        ${d.changed.size ? html`<button type="button" @click=${this.#discard}>Discard changes</button>` : nothing}
        <span class=${classMap({ 'save-state': true, unsaved: d.changed.size > 0 })}>${saving
          ? 'Saving…'
          : d.changed.size
            ? d.changed.size === 1 ? '1 field with unsaved changes' : `${d.changed.size} fields with unsaved changes`
            : 'No unsaved changes'}</span>
      </div>`;
  }

  #renderSaveError(error: StoreError): TemplateResult {
    if (error.kind === 'conflict') {
      return html`<div class="notice error" role="alert" part="error">
        <p>${error.message}</p>
        <p>Your choices are kept on this page. “Reload” fetches the latest mapping and keeps the fields you changed;
          then press “Done” again.</p>
        <div class="actions"><button type="button" @click=${this.#reloadAfterConflict}>Reload</button></div>
      </div>`;
    }
    return html`${renderRequestError(error, this.#done)}
      <p class="muted">Nothing you chose is lost: every choice stays on this page${Object.keys(error.fieldErrors).length ? ', and the reasons are shown at the rows' : ''}.</p>`;
  }

  #renderRow(d: Derived, f: ProjectsField, index: number, suggestion: Partial<Record<CrmModule, string>> | undefined): TemplateResult {
    const problems = d.check.problems.get(f.id);
    const required = problems?.deals?.kind === 'required' || problems?.accounts?.kind === 'required';
    const serverError = this.#data.store?.request(SAVE).error?.fieldErrors[f.id];
    const changed = d.changed.has(f.id);
    const rowNoteId = `fm-r${index}`;
    let rowNote: TemplateResult | typeof nothing = nothing;
    if (serverError) rowNote = html`<span class="note error-text" id=${rowNoteId}>${serverError}</span>`;
    else if (required) {
      const missing = CRM_MODULES.filter((m) => problems?.[m]?.kind === 'required').map((m) => MODULE_LABELS[m]);
      rowNote = html`<span class="note error-text" id=${rowNoteId}>Required: choose ${missing.length === 2 ? 'a Deals and an Accounts' : `a${missing[0] === 'Accounts' ? 'n' : ''} ${missing[0]}`} field.</span>`;
    }
    return html`<div role="row" part="row" class=${classMap({ row: true, changed, invalid: !!serverError || (required && this._attempted) })}
        aria-rowindex=${index + 2} data-index=${index}>
      <div role="rowheader" class="field">
        <span class="label">${f.label}${f.required ? html`<span class="req" aria-hidden="true"> *</span><span class="visually-hidden"> (required)</span>` : nothing}</span>
        <span class="meta"><span class=${f.custom ? 'badge custom' : 'badge'}>${f.custom ? 'Custom' : 'Standard'}</span>
          ${TYPE_LABELS[f.type]}${changed ? html` · <span class="unsaved-mark">Unsaved</span>` : nothing}</span>
        ${rowNote}
      </div>
      ${CRM_MODULES.map((m) => this.#renderCell(d, f, index, m, problems?.[m], suggestion?.[m], rowNote === nothing ? undefined : rowNoteId, !!serverError || (required && this._attempted && problems?.[m]?.kind === 'required')))}
      <div role="cell" class="accept">
        ${suggestion?.deals || suggestion?.accounts
          ? html`<button type="button" class="small" data-field=${f.id} @click=${this.#acceptOne}>Accept<span class="visually-hidden"> suggestion for ${f.label}</span></button>`
          : nothing}
      </div>
    </div>`;
  }

  #renderCell(
    d: Derived, f: ProjectsField, index: number, module: CrmModule, problem: CellProblem | undefined,
    suggested: string | undefined, rowNoteId: string | undefined, invalid: boolean,
  ): TemplateResult {
    const value = d.draft[f.id]?.[module] ?? null;
    const options = d.options.get(f.id)![module];
    const current = value ? d.crmById[module].get(value) : undefined;
    const offered = !value || options.some((o) => o.id === value);
    const noteId = `fm-r${index}-${module}`;
    let note: TemplateResult | typeof nothing = nothing;
    if (problem?.kind === 'duplicate') {
      const others = problem.otherProjectsFieldIds.map((id) => `“${d.labelById.get(id) ?? id}”`).join(', ');
      note = html`<span class="note warn-text" id=${noteId}>Also feeds ${others}</span>`;
    } else if (problem?.kind === 'incompatible') {
      note = html`<span class="note error-text" id=${noteId}>Not compatible with a ${TYPE_LABELS[f.type]} field</span>`;
    } else if (problem?.kind === 'unknown') {
      note = html`<span class="note error-text" id=${noteId}>The saved field no longer exists</span>`;
    } else if (suggested) {
      note = html`<span class="note suggestion" id=${noteId}>Suggested: ${d.crmById[module].get(suggested)?.label ?? suggested}</span>`;
    }
    const describedBy = [note === nothing ? '' : noteId, rowNoteId ?? ''].filter(Boolean).join(' ');
    return html`<div role="cell" class="cell">
      <select aria-label="${MODULE_LABELS[module]} field for ${f.label}" data-field=${f.id} data-module=${module}
        aria-describedby=${describedBy || nothing} aria-invalid=${invalid || problem?.kind === 'incompatible' || problem?.kind === 'unknown' ? 'true' : nothing}
        @change=${this.#onChoose}>
        <option value="" .selected=${live(!value)}>— Not mapped —</option>
        ${options.map((o) => html`<option value=${o.id} .selected=${live(o.id === value)}>${o.label} (${TYPE_LABELS[o.type]})</option>`)}
        ${value && !offered
          ? html`<option value=${value} .selected=${live(true)}>${current ? `${current.label} (${TYPE_LABELS[current.type]}, not compatible)` : `${value} (no longer exists)`}</option>`
          : nothing}
      </select>
      ${note}
    </div>`;
  }

  #derive(doc: FieldMappingDoc, draft: MappingEntries): Derived {
    const prev = this.#derived;
    if (prev && prev.doc === doc && prev.draft === draft) return prev;
    const state = this.#data.store!.state.fieldMapping;
    if (prev && prev.doc === doc) {
      // Only the draft changed: the options and labels stay.
      this.#derived = { ...prev, draft, check: checkMapping(doc.projectsFields, doc.crmFields, draft), changed: new Set(changedFieldIds(state)) };
      return this.#derived;
    }
    const options = new Map<string, Record<CrmModule, CrmField[]>>();
    for (const f of doc.projectsFields) {
      options.set(f.id, { deals: compatibleCrmFields(f, doc.crmFields.deals), accounts: compatibleCrmFields(f, doc.crmFields.accounts) });
    }
    this.#derived = {
      doc,
      draft,
      check: checkMapping(doc.projectsFields, doc.crmFields, draft),
      changed: new Set(changedFieldIds(state)),
      options,
      crmById: {
        deals: new Map(doc.crmFields.deals.map((c) => [c.id, c])),
        accounts: new Map(doc.crmFields.accounts.map((c) => [c.id, c])),
      },
      labelById: new Map(doc.projectsFields.map((f) => [f.id, f.label])),
      search: doc.projectsFields.map((f) => normaliseLabel(f.label)),
    };
    return this.#derived;
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
    const label = this.#derived?.labelById.get(field) ?? field;
    this.#data.store?.fieldMapping.acceptSuggestion(field);
    this.#announcer.announce(`Suggestion accepted for ${label}.`);
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
    this.#announcer.announce(`Suggestions accepted for ${n === 1 ? '1 field' : `${n} fields`}. Press “Done” to save.`);
    this.#focusFilter();
  }

  #dismiss(): void {
    this.#data.store?.fieldMapping.dismissSuggestions();
    this.#announcer.announce('Suggestions dismissed.');
    this.#focusFilter();
  }

  #focusFilter(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#fm-filter')?.focus());
  }

  #discard(): void {
    this.#data.store?.fieldMapping.discard();
    this._blocked = null;
    this.#announcer.announce('Changes discarded.');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="done-button"]')?.focus());
  }

  #reload(): void {
    void this.#data.store?.fieldMapping.load();
  }

  async #reloadAfterConflict(): Promise<void> {
    const store = this.#data.store;
    if (!store) return;
    const result = await store.fieldMapping.load();
    if (result.ok) {
      store.clearError(SAVE);
      this.#announcer.announce('Reloaded the latest mapping; your changes are kept. Press “Done” to save them.');
    }
  }

  async #done(): Promise<void> {
    const store = this.#data.store;
    const state = store?.state.fieldMapping;
    if (!store || !state?.doc || !state.draft || store.request(SAVE).pending) return;
    const d = this.#derive(state.doc, state.draft);
    if (d.check.blocking.length) {
      this._attempted = true;
      const names = d.check.blocking.map(({ projectsFieldId, module, problem }) =>
        `${d.labelById.get(projectsFieldId) ?? projectsFieldId} (${MODULE_LABELS[module]}${problem.kind === 'required' ? '' : problem.kind === 'incompatible' ? ', not compatible' : ', no longer exists'})`);
      this._blocked = `Not saved. Map these fields before “Done”: ${names.join(', ')}.`;
      this.#announcer.announce(this._blocked);
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
      this.#announcer.announce(`Field mapping saved. ${count} of ${result.value.projectsFields.length} Projects fields are mapped.`);
    } else {
      this.#announcer.announce(`Field mapping not saved. ${result.error.message}`);
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
