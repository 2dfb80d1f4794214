import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { PartialBackend } from '../../adapters/backend.js';
import type { CrmModule, LinkedProject, RecordAccess, RecordProjects } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { isNotPermitted, type StoreError } from '../../store/errors.js';
import { StoreController } from '../../store/store-controller.js';
import {
  RECORD_KEYS, editDraftKey, newDraftKey, recordKey,
} from '../../store/slices/records.js';
import { RECORD_NOUN, firstError, type ProjectDraft } from '../../rules/project-form.js';
import { projectActions, relatedListView, safeExternalUrl } from '../../rules/record-access.js';
import type { DraftValue } from '../../rules/value-conversion.js';
import { ZpProjectCreatedEvent } from '../../events/zp-project-created.js';
import { ZpProjectUpdatedEvent } from '../../events/zp-project-updated.js';
import { ZpProjectDeletedEvent } from '../../events/zp-project-deleted.js';
import { storeHostProperties } from '../shared/host-properties.js';
import { baseStyles } from '../shared/base.styles.js';
import { Announcer } from '../shared/announcer.js';
import { ErrorReporter } from '../shared/report-errors.js';
import {
  renderLoading, renderNotConnected, renderNotPermitted, renderRequestError,
} from '../shared/request-views.js';
import { controlId, renderProjectFields } from './project-form.js';
import { formatDate } from './format.js';
import { styles } from './projects-related-list.styles.js';

/** The form open below the list. */
type OpenForm = { kind: 'new' } | { kind: 'edit'; projectId: string; projectName: string };

const isModule = (m: unknown): m is CrmModule => m === 'deals' || m === 'accounts';
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The "Zoho Projects" related list of a CRM Deal or Account record page: the projects
 * linked to the record (name with a link to Zoho Projects, status, owner, start and end
 * dates), and "New Project", "Edit" and "Delete" as the user's profile permits. A new
 * project's form is prefilled from the record through the saved field mapping; required
 * fields the record cannot fill are asked for.
 *
 * Without Tab Visibility or View in the user's profile it shows a not-permitted note and
 * requests no projects; when the integration is not set up, a short note; when its ZSC key
 * is broken, that the integration stopped working until an administrator updates the key.
 *
 * @tag projects-related-list
 * @summary Projects linked to a CRM Deal or Account, with "New Project" prefilled through the field mapping.
 * @fires zp-project-created - "New Project" created a project. Detail: `{ module, recordId, project }`.
 * @fires zp-project-updated - "Edit" saved a project. Detail: `{ module, recordId, project }`.
 * @fires zp-project-deleted - A project was deleted. Detail: `{ module, recordId, project: { id, name } }`.
 * @fires zp-error - A request failed (standalone only; inside a provider the provider reports it).
 * @csspart base - The element's frame.
 * @csspart header - Title and "New Project".
 * @csspart new-project - The "New Project" button.
 * @csspart table - The list of projects.
 * @csspart note - The short note when the integration is not set up.
 * @csspart not-permitted - The note when the user's profile may not see projects.
 * @csspart key-invalid - The message that the integration stopped working.
 * @csspart project-form - The "New Project" or "Edit" form.
 * @csspart dialog - The delete confirmation.
 * @csspart error - A failed request's message.
 * @cssproperty --zp-color-accent - Links, primary buttons.
 * @cssproperty --zp-color-danger - The broken-integration message and "Delete".
 * @cssproperty --zp-space - Spacing unit.
 */
export class ProjectsRelatedList extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...storeHostProperties,
    module: { reflect: true },
    recordId: { attribute: 'record-id', reflect: true },
    _form: { state: true },
    _deleting: { state: true },
  };

  declare store: IntegrationStore | undefined;
  declare backend: PartialBackend | undefined;
  declare apiBase: string | undefined;
  /** `deals` or `accounts`: the module of the record page. */
  declare module: CrmModule | string;
  /** The id of the Deal or Account. */
  declare recordId: string | undefined;
  declare _form: OpenForm | null;
  /** The project whose deletion is being confirmed. */
  declare _deleting: LinkedProject | null;

  readonly #data = new StoreController(this, (s) => [s.records, s.requests] as const, {
    onStore: (store) => void store.records.loadAccess(),
  });
  readonly #announcer = new Announcer(this);
  /** Where focus goes after the next render (an id in the shadow root). */
  #focusAfter: string | null = null;

  constructor() {
    super();
    this.module = 'deals';
    this.recordId = undefined;
    this._form = null;
    this._deleting = null;
    new ErrorReporter(this, () => (this.#data.isShared ? undefined : this.#data.store));
  }

  get #record(): { module: CrmModule; id: string } | null {
    return isModule(this.module) && this.recordId ? { module: this.module, id: this.recordId } : null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('module') || changed.has('recordId')) {
      this._form = null;
      this._deleting = null;
    }
    // Starts loading within this update, so it renders "Loading projects…" at once.
    this.#loadWhenNeeded();
  }

  override updated(): void {
    if (this.#focusAfter) {
      // The target may only appear after data arrives (the form renders after its prefill loads):
      // keep waiting for it rather than dropping focus.
      const el = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#focusAfter)}`);
      if (el) {
        this.#focusAfter = null;
        el.focus();
      }
    }
  }

  /** Projects are requested only once the access says the user may see them. */
  #loadWhenNeeded(): void {
    const store = this.#data.store;
    const record = this.#record;
    if (!store || !record) return;
    const access = store.state.records.access;
    if (!access || relatedListView(access) !== 'list') return;
    const key = RECORD_KEYS.list(record.module, record.id);
    if (store.state.records.lists[recordKey(record.module, record.id)] || store.request(key).pending || store.request(key).error) return;
    void this.#loadProjects(store, record.module, record.id);
  }

  async #loadProjects(store: IntegrationStore, module: CrmModule, id: string): Promise<void> {
    const result = await store.records.loadProjects(module, id);
    // The integration changed since the access was read (e.g. its key was regenerated): read it again.
    if (!result.ok && (result.error.code === 'key-invalid' || result.error.code === 'not-active')) {
      store.clearError(RECORD_KEYS.list(module, id));
      await store.records.loadAccess();
    }
  }

  // ---- rendering ----

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected('projects-related-list');
    const record = this.#record;
    const access = store.state.records.access;
    const view = access ? relatedListView(access) : null;
    const canCreate = !!access && view === 'list' && projectActions(access.permissions).create;
    return html`<section part="base" aria-labelledby="prl-title">
      <header class="header" part="header">
        <h2 id="prl-title" tabindex="-1">Zoho Projects</h2>
        ${canCreate && record && !this._form
          ? html`<button type="button" class="primary" id="prl-new" part="new-project"
              aria-disabled=${store.request(RECORD_KEYS.form(record.module, record.id)).pending ? 'true' : 'false'}
              @click=${this.#openNew}>New Project</button>`
          : nothing}
      </header>
      ${this.#announcer.region()}
      ${record ? this.#renderBody(store, record, access) : this.#renderMisconfigured()}
    </section>`;
  }

  #renderMisconfigured(): TemplateResult {
    return html`<div class="notice warning" part="error">
      <p>Give <code>&lt;projects-related-list&gt;</code> a <code>module</code> (“deals” or “accounts”) and the
        <code>record-id</code> of the record.</p>
    </div>`;
  }

  #renderBody(store: IntegrationStore, record: { module: CrmModule; id: string }, access: RecordAccess | null): TemplateResult {
    const accessError = store.request(RECORD_KEYS.access).error;
    if (!access) {
      if (isNotPermitted(accessError)) return renderNotPermitted();
      if (accessError) return html`${renderRequestError(accessError, () => void store.records.loadAccess())}`;
      return renderLoading('Loading projects…');
    }
    switch (relatedListView(access)) {
      case 'not-active':
        return html`<p class="muted" part="note">Zoho Projects is not set up for this CRM account.</p>`;
      case 'not-permitted':
        return html`<div class="notice warning" part="not-permitted">
          <p>Your profile${access.profileName ? html` (“${access.profileName}”)` : nothing} does not permit you to see Zoho Projects.
            Ask your administrator for access.</p>
        </div>`;
      case 'key-invalid':
        return html`<div class="notice error" role="alert" part="key-invalid">
          <p><strong>The Zoho Projects integration has stopped working.</strong>
            An administrator must update the ZSC key in the Zoho Projects integration settings.</p>
        </div>`;
      case 'list':
        return this.#renderList(store, record, access);
    }
  }

  #renderList(store: IntegrationStore, record: { module: CrmModule; id: string }, access: RecordAccess): TemplateResult {
    const listKey = RECORD_KEYS.list(record.module, record.id);
    const listError = store.request(listKey).error;
    const list = store.state.records.lists[recordKey(record.module, record.id)];
    if (!list) {
      if (isNotPermitted(listError)) return renderNotPermitted();
      if (listError) return html`${renderRequestError(listError, () => void this.#loadProjects(store, record.module, record.id))}`;
      return renderLoading('Loading projects…');
    }
    const actions = projectActions(access.permissions);
    const noun = RECORD_NOUN[record.module];
    return html`
      ${list.projects.length
        ? this.#renderTable(store, record, list, actions.edit, actions.delete)
        : html`<p class="muted empty">No projects are linked to this ${noun} yet.</p>`}
      ${this._form ? this.#renderForm(store, record, this._form) : nothing}
      ${this.#renderDeleteDialog(store, record)}`;
  }

  #renderTable(
    store: IntegrationStore, record: { module: CrmModule; id: string }, list: RecordProjects, canEdit: boolean, canDelete: boolean,
  ): TemplateResult {
    const withActions = canEdit || canDelete;
    return html`<div class="table-wrap">
      <table part="table">
        <caption>${plural(list.projects.length, 'project', 'projects')} linked to the ${RECORD_NOUN[record.module]} “${list.record.name}”</caption>
        <thead><tr>
          <th scope="col">Project Name</th><th scope="col">Status</th><th scope="col">Owner</th>
          <th scope="col">Start Date</th><th scope="col">End Date</th>
          ${withActions ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : nothing}
        </tr></thead>
        <tbody>${list.projects.map((p) => this.#renderRow(store, record, p, canEdit, canDelete, withActions))}</tbody>
      </table>
    </div>`;
  }

  #renderRow(
    store: IntegrationStore, record: { module: CrmModule; id: string }, p: LinkedProject,
    canEdit: boolean, canDelete: boolean, withActions: boolean,
  ): TemplateResult {
    const url = safeExternalUrl(p.url);
    const date = (d: string | null) => (d ? html`<time datetime=${d}>${formatDate(d)}</time>` : html`<span class="muted">Not set</span>`);
    const removing = store.request(RECORD_KEYS.remove(record.module, record.id, p.id)).pending;
    return html`<tr data-project-id=${p.id}>
      <th scope="row" class="name">${url
        ? html`<a id="prl-link-${p.id}" href=${url} target="_blank" rel="noopener noreferrer">${p.name}<span class="visually-hidden"> (opens in Zoho Projects)</span></a>`
        : html`<span id="prl-link-${p.id}" tabindex="-1">${p.name}</span>`}</th>
      <td><span class="status">${p.status}</span></td>
      <td>${p.owner}</td>
      <td>${date(p.startDate)}</td>
      <td>${date(p.endDate)}</td>
      ${withActions
        ? html`<td class="row-actions">
            ${canEdit ? html`<button type="button" class="link" id="prl-edit-${p.id}" aria-label="Edit ${p.name}"
              @click=${() => this.#openEdit(p)}>Edit</button>` : nothing}
            ${canDelete ? html`<button type="button" class="link danger-link" id="prl-delete-${p.id}" aria-label="Delete ${p.name}"
              aria-disabled=${removing ? 'true' : 'false'} @click=${() => this.#askDelete(p)}>Delete</button>` : nothing}
          </td>`
        : nothing}
    </tr>`;
  }

  #renderForm(store: IntegrationStore, record: { module: CrmModule; id: string }, form: OpenForm): TemplateResult {
    const isNew = form.kind === 'new';
    const draftKey = isNew ? newDraftKey(record.module, record.id) : editDraftKey(record.module, record.id, form.projectId);
    const requestKey = isNew ? RECORD_KEYS.create(record.module, record.id) : RECORD_KEYS.update(record.module, record.id, form.projectId);
    const draft = store.state.records.drafts[draftKey];
    const sourceKey = RECORD_KEYS.form(record.module, record.id);
    const title = isNew ? 'New Project' : `Edit “${form.projectName}”`;
    // One panel template for the pending and the filled form, so the heading (which gets focus
    // when the form opens) is the same node before and after the prefill arrives.
    const panel = (body: unknown) => html`<section class="form-panel" part="project-form" aria-labelledby="pf-title">
      <h3 id="pf-title" tabindex="-1">${title}</h3>
      ${body}
    </section>`;
    if (!draft) {
      const error = isNew ? store.request(sourceKey).error : null;
      return panel(html`
        ${error
          ? html`${isNotPermitted(error)
              ? html`<div class="notice warning" role="alert" part="error"><p>${error.message}</p></div>`
              : renderRequestError(error, error.kind === 'conflict' ? () => this.#reloadAccess(store, sourceKey) : () => void this.#openNew())}
            <div class="actions"><button type="button" @click=${this.#closeForm}>Cancel</button></div>`
          : renderLoading('Preparing the form…')}
      `);
    }
    const req = store.request(requestKey);
    const prefix = isNew ? 'pf-new' : 'pf-edit';
    const fieldIds = draft.fields.map((f) => f.id);
    const serverFieldsOnly = req.error?.kind === 'invalid-input'
      && Object.keys(req.error.fieldErrors).length > 0
      && Object.keys(req.error.fieldErrors).every((k) => fieldIds.includes(k));
    const asked = draft.asked.map((id) => draft.fields.find((f) => f.id === id)?.label).filter(Boolean);
    return panel(html`
      <form novalidate aria-labelledby="pf-title" @submit=${(e: Event) => { e.preventDefault(); void this.#submit(form); }}>
        ${isNew
          ? html`<p class="muted">Prefilled from this ${RECORD_NOUN[record.module]} through the field mapping. Fields marked * are required.</p>
            ${asked.length
              ? html`<p class="notice info" part="asked">The ${RECORD_NOUN[record.module]} could not fill ${asked.length === 1 ? 'this required field' : 'these required fields'}:
                  ${asked.join(', ')}. Enter ${asked.length === 1 ? 'it' : 'them'} below.</p>`
              : nothing}`
          : html`<p class="muted">Fields marked * are required.</p>`}
        <div class="fields">${renderProjectFields({
          idPrefix: prefix, draft, onInput: (id: string, v: DraftValue) => this.#input(store, draftKey, requestKey, id, v),
        })}</div>
        ${req.error && !serverFieldsOnly
          ? this.#renderSubmitError(req.error, req.error.kind === 'conflict' ? () => this.#reloadAccess(store, requestKey) : () => void this.#submit(form))
          : nothing}
        <div class="actions">
          <button type="submit" class="primary" aria-disabled=${req.pending ? 'true' : 'false'}>${isNew ? 'Create Project' : 'Save'}</button>
          <button type="button" @click=${this.#closeForm}>Cancel</button>
          ${req.pending ? html`<span class="muted" role="status">${isNew ? 'Creating…' : 'Saving…'}</span>` : nothing}
        </div>
      </form>
    `);
  }

  #renderSubmitError(error: StoreError, retry: () => void): TemplateResult {
    return html`${renderRequestError(error, retry)}<p class="muted">What you entered is kept.</p>`;
  }

  #renderDeleteDialog(store: IntegrationStore, record: { module: CrmModule; id: string }): TemplateResult {
    const p = this._deleting;
    const req = p ? store.request(RECORD_KEYS.remove(record.module, record.id, p.id)) : null;
    return html`<dialog id="prl-delete-dialog" part="dialog" aria-labelledby="prl-delete-title"
        aria-describedby="prl-delete-text" @close=${this.#onDialogClose}>
      ${p
        ? html`<h3 id="prl-delete-title">Delete the project “${p.name}”?</h3>
          <p id="prl-delete-text">The project is deleted in Zoho Projects with its tasks, for everyone in the portal. This cannot be undone.</p>
          ${req?.error
            ? renderRequestError(req.error, req.error.kind === 'conflict'
              ? () => { this.#dialog?.close(); this.#reloadAccess(store, RECORD_KEYS.remove(record.module, record.id, p.id)); }
              : () => void this.#confirmDelete())
            : nothing}
          <div class="actions">
            <button type="button" autofocus @click=${this.#cancelDelete}>Cancel</button>
            <button type="button" class="danger" aria-disabled=${req?.pending ? 'true' : 'false'} @click=${this.#confirmDelete}>Delete</button>
            ${req?.pending ? html`<span class="muted">Deleting…</span>` : nothing}
          </div>`
        : nothing}
    </dialog>`;
  }

  // ---- user intent ----

  /**
   * "Reload" after a 409 (the integration changed meanwhile, e.g. its key broke): reads the
   * access again rather than repeating the request. An open form keeps its draft.
   */
  #reloadAccess(store: IntegrationStore, requestKey: string): void {
    store.clearError(requestKey);
    void store.records.loadAccess();
  }

  readonly #openNew = async () => {
    const store = this.#data.store;
    const record = this.#record;
    if (!store || !record || store.request(RECORD_KEYS.form(record.module, record.id)).pending) return;
    this._form = { kind: 'new' };
    this.#focusAfter = 'pf-title';
    const result = await store.records.openNew(record.module, record.id);
    if (result.ok && this._form?.kind === 'new') {
      const n = result.value.asked.length;
      this.#announcer.announce(n
        ? `New Project form, prefilled from the ${RECORD_NOUN[record.module]}. ${plural(n, 'required field needs', 'required fields need')} your input.`
        : `New Project form, prefilled from the ${RECORD_NOUN[record.module]}.`);
    }
  };

  #openEdit(project: LinkedProject): void {
    const store = this.#data.store;
    const record = this.#record;
    if (!store || !record) return;
    store.records.openEdit(record.module, record.id, project);
    this._form = { kind: 'edit', projectId: project.id, projectName: project.name };
    this.#focusAfter = 'pf-title';
  }

  #input(store: IntegrationStore, draftKey: string, requestKey: string, fieldId: string, value: DraftValue): void {
    store.records.setValue(draftKey, fieldId, value);
    if (store.request(requestKey).error?.kind === 'invalid-input') store.clearError(requestKey);
  }

  readonly #closeForm = () => {
    const store = this.#data.store;
    const record = this.#record;
    const form = this._form;
    if (!store || !record || !form) return;
    if (form.kind === 'new') store.records.closeDraft(newDraftKey(record.module, record.id), RECORD_KEYS.create(record.module, record.id));
    else store.records.closeDraft(editDraftKey(record.module, record.id, form.projectId), RECORD_KEYS.update(record.module, record.id, form.projectId));
    this._form = null;
    this.#focusAfter = form.kind === 'new' ? 'prl-new' : `prl-edit-${form.projectId}`;
  };

  async #submit(form: OpenForm): Promise<void> {
    const store = this.#data.store;
    const record = this.#record;
    if (!store || !record) return;
    const isNew = form.kind === 'new';
    const requestKey = isNew ? RECORD_KEYS.create(record.module, record.id) : RECORD_KEYS.update(record.module, record.id, form.projectId);
    if (store.request(requestKey).pending) return;
    const result = isNew
      ? await store.records.create(record.module, record.id)
      : await store.records.saveEdit(record.module, record.id, form.projectId);
    if (result.ok) {
      const project = result.value;
      this._form = null;
      this.#focusAfter = `prl-link-${project.id}`;
      this.#announcer.announce(isNew ? `Project “${project.name}” created.` : `Project “${project.name}” saved.`);
      this.dispatchEvent(isNew
        ? new ZpProjectCreatedEvent(record.module, record.id, project)
        : new ZpProjectUpdatedEvent(record.module, record.id, project));
      return;
    }
    const draftKey = isNew ? newDraftKey(record.module, record.id) : editDraftKey(record.module, record.id, form.projectId);
    const draft: ProjectDraft | undefined = store.state.records.drafts[draftKey];
    const first = draft ? firstError(draft) : null;
    this.#announcer.announce(first ? 'Some fields need attention.' : `${isNew ? 'The project was not created' : 'The project was not saved'}. ${result.error.message}`);
    if (first) this.#focusAfter = controlId(isNew ? 'pf-new' : 'pf-edit', first);
    this.requestUpdate();
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('#prl-delete-dialog');
  }

  async #askDelete(project: LinkedProject): Promise<void> {
    const store = this.#data.store;
    const record = this.#record;
    if (!store || !record) return;
    store.clearError(RECORD_KEYS.remove(record.module, record.id, project.id));
    this._deleting = project;
    await this.updateComplete;
    this.#dialog?.showModal();
  }

  readonly #cancelDelete = () => this.#dialog?.close();

  readonly #onDialogClose = () => {
    const p = this._deleting;
    this._deleting = null;
    if (p && this.renderRoot.querySelector(`#prl-delete-${CSS.escape(p.id)}`)) this.#focusAfter = `prl-delete-${p.id}`;
    else this.#focusAfter = 'prl-title';
  };

  readonly #confirmDelete = async () => {
    const store = this.#data.store;
    const record = this.#record;
    const p = this._deleting;
    if (!store || !record || !p) return;
    if (store.request(RECORD_KEYS.remove(record.module, record.id, p.id)).pending) return;
    const result = await store.records.remove(record.module, record.id, p.id);
    if (!result.ok) return;
    this.#dialog?.close();
    this.#announcer.announce(`Project “${p.name}” deleted.`);
    this.dispatchEvent(new ZpProjectDeletedEvent(record.module, record.id, p));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'projects-related-list': ProjectsRelatedList;
  }
}
