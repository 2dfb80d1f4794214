import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CrmModule, LinkedProject, RecordAccess, RecordProjects } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import type { RequestKey } from '../../store/store-core.js';
import { isNotPermitted, type StoreError } from '../../store/errors.js';
import { ZpElement } from '../shared/zp-element.js';
import { recordsStore } from '../../store/area-stores.js';
import {
  RECORD_KEYS, editDraftKey, newDraftKey, recordKey,
} from '../../store/slices/records.js';
import { firstError, type ProjectDraft } from '../../rules/project-form.js';
import { projectActions, relatedListView, safeExternalUrl } from '../../rules/record-access.js';
import type { DraftValue } from '../../rules/value-conversion.js';
import { ZpProjectCreatedEvent } from '../../events/zp-project-created.js';
import { ZpProjectUpdatedEvent } from '../../events/zp-project-updated.js';
import { ZpProjectDeletedEvent } from '../../events/zp-project-deleted.js';
import { baseStyles } from '../shared/base.styles.js';
import { Announcer } from '../shared/announcer.js';
import {
  renderLoading, renderNotConnected, renderNotPermitted, renderRequestError,
} from '../shared/request-views.js';
import { controlId, renderProjectFields } from './project-form.js';
import { formatDate, formatList, formatNumber, plural } from '../../i18n/format.js';
import { errorText } from '../../i18n/error-text.js';
import { styles } from './projects-related-list.styles.js';

/** The form open below the list. */
type OpenForm = { kind: 'new' } | { kind: 'edit'; projectId: string; projectName: string };

const isModule = (m: unknown): m is CrmModule => m === 'deals' || m === 'accounts';

const notPermittedTo = (operation: string): string | undefined => {
  switch (operation) {
    case 'listRecordProjects': return msg('Your profile does not permit you to view projects.', { id: 'records.error.denied.view' });
    case 'getProjectForm':
    case 'createRecordProject': return msg('Your profile does not permit you to create projects.', { id: 'records.error.denied.create' });
    case 'updateRecordProject': return msg('Your profile does not permit you to edit projects.', { id: 'records.error.denied.edit' });
    case 'deleteRecordProject': return msg('Your profile does not permit you to delete projects.', { id: 'records.error.denied.delete' });
    default: return undefined;
  }
};

/**
 * What a failed request means on a record page, where the generic sentence of its code says
 * less: the integration not set up, its key broken, the record gone, an action the profile
 * does not permit. Undefined for the rest (`errorText()` words those).
 */
function recordErrorText(error: StoreError, module: CrmModule): string | undefined {
  switch (error.code) {
    case 'not-active': return msg('Zoho Projects is not set up for this CRM account.', { id: 'records.not-active' });
    case 'key-invalid':
      return msg('The Zoho Projects integration has stopped working: an administrator must update the ZSC key.', { id: 'records.error.key-invalid' });
    case 'record-not-found':
      return module === 'deals'
        ? msg('This deal no longer exists.', { id: 'records.error.deal-not-found' })
        : msg('This account no longer exists.', { id: 'records.error.account-not-found' });
    case 'permission-denied': return notPermittedTo(error.operation);
    default: return undefined;
  }
}

const failureText = (error: StoreError, module: CrmModule): string => recordErrorText(error, module) ?? errorText(error);

/** A failed request, as `renderRequestError()` shows it, with the record page's own sentence where it has one. */
function renderFailure(error: StoreError | null | undefined, module: CrmModule, onRetry?: () => void): TemplateResult | typeof nothing {
  return renderRequestError(error, onRetry, error ? recordErrorText(error, module) : undefined);
}

const newProject = () => msg('New Project', { id: 'records.new-project' });
const cancel = () => msg('Cancel', { id: 'records.cancel' });
const loadingProjects = () => msg('Loading projects…', { id: 'records.loading' });

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
 * @attr locale - The language of every element on the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works too).
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
export class ProjectsRelatedList extends ZpElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    module: { reflect: true },
    recordId: { attribute: 'record-id', reflect: true },
    _form: { state: true },
    _deleting: { state: true },
  };

  /** `deals` or `accounts`: the module of the record page. */
  declare module: CrmModule | string;
  /** The id of the Deal or Account. */
  declare recordId: string | undefined;
  declare _form: OpenForm | null;
  /** The project whose deletion is being confirmed. */
  declare _deleting: LinkedProject | null;

  readonly #data = this.connectStore((s) => [s.records, s.requests] as const, {
    create: recordsStore,
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
              @click=${this.#openNew}>${newProject()}</button>`
          : nothing}
      </header>
      ${this.#announcer.region()}
      ${record ? this.#renderBody(store, record, access) : this.#renderMisconfigured()}
    </section>`;
  }

  /** Markup and attribute names stay as written: they are code, the same in every language. */
  #renderMisconfigured(): TemplateResult {
    const code = (s: string) => html`<code>${s}</code>`;
    return html`<div class="notice warning" part="error">
      <p>${msg(html`Give ${code('<projects-related-list>')} a ${code('module')} (${code('deals')} or ${code('accounts')}) and the
        ${code('record-id')} of the record.`, { id: 'records.misconfigured' })}</p>
    </div>`;
  }

  #renderBody(store: IntegrationStore, record: { module: CrmModule; id: string }, access: RecordAccess | null): TemplateResult {
    const accessError = store.request(RECORD_KEYS.access).error;
    if (!access) {
      if (isNotPermitted(accessError)) return renderNotPermitted();
      if (accessError) return html`${renderFailure(accessError, record.module, () => void store.records.loadAccess())}`;
      return renderLoading(loadingProjects());
    }
    switch (relatedListView(access)) {
      case 'not-active':
        return html`<p class="muted" part="note">${msg('Zoho Projects is not set up for this CRM account.', { id: 'records.not-active' })}</p>`;
      case 'not-permitted':
        return html`<div class="notice warning" part="not-permitted">
          <p>${access.profileName
            ? msg(str`Your profile (“${access.profileName}”) does not permit you to see Zoho Projects.`, { id: 'records.not-permitted.profile' })
            : msg('Your profile does not permit you to see Zoho Projects.', { id: 'records.not-permitted' })}
            ${msg('Ask your administrator for access.', { id: 'records.ask-admin' })}</p>
        </div>`;
      case 'key-invalid':
        return html`<div class="notice error" role="alert" part="key-invalid">
          <p><strong>${msg('The Zoho Projects integration has stopped working.', { id: 'records.key-invalid.title' })}</strong>
            ${msg('An administrator must update the ZSC key in the Zoho Projects integration settings.', { id: 'records.key-invalid.text' })}</p>
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
      if (listError) return html`${renderFailure(listError, record.module, () => void this.#loadProjects(store, record.module, record.id))}`;
      return renderLoading(loadingProjects());
    }
    const actions = projectActions(access.permissions);
    return html`
      ${list.projects.length
        ? this.#renderTable(store, record, list, actions.edit, actions.delete)
        : html`<p class="muted empty">${record.module === 'deals'
          ? msg('No projects are linked to this deal yet.', { id: 'records.empty.deal' })
          : msg('No projects are linked to this account yet.', { id: 'records.empty.account' })}</p>`}
      ${this._form ? this.#renderForm(store, record, this._form) : nothing}
      ${this.#renderDeleteDialog(store, record)}`;
  }

  #renderTable(
    store: IntegrationStore, record: { module: CrmModule; id: string }, list: RecordProjects, canEdit: boolean, canDelete: boolean,
  ): TemplateResult {
    const withActions = canEdit || canDelete;
    const n = list.projects.length;
    const count = formatNumber(n);
    const name = list.record.name;
    const caption = record.module === 'deals'
      ? plural(n, msg(str`${count} project linked to the deal “${name}”`, { id: 'records.caption.deal.one' }),
        msg(str`${count} projects linked to the deal “${name}”`, { id: 'records.caption.deal.other' }))
      : plural(n, msg(str`${count} project linked to the account “${name}”`, { id: 'records.caption.account.one' }),
        msg(str`${count} projects linked to the account “${name}”`, { id: 'records.caption.account.other' }));
    return html`<div class="table-wrap">
      <table part="table">
        <caption>${caption}</caption>
        <thead><tr>
          <th scope="col">${msg('Project Name', { id: 'records.field.project-name' })}</th>
          <th scope="col">${msg('Status', { id: 'records.field.status' })}</th>
          <th scope="col">${msg('Owner', { id: 'records.owner' })}</th>
          <th scope="col">${msg('Start Date', { id: 'records.field.start-date' })}</th>
          <th scope="col">${msg('End Date', { id: 'records.field.end-date' })}</th>
          ${withActions ? html`<th scope="col"><span class="visually-hidden">${msg('Actions', { id: 'records.actions' })}</span></th>` : nothing}
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
    const date = (d: string | null) => (d
      ? html`<time datetime=${d}>${formatDate(d)}</time>`
      : html`<span class="muted">${msg('Not set', { id: 'records.not-set' })}</span>`);
    const removing = store.request(RECORD_KEYS.remove(record.module, record.id, p.id)).pending;
    return html`<tr data-project-id=${p.id}>
      <th scope="row" class="name">${url
        ? html`<a id="prl-link-${p.id}" href=${url} target="_blank" rel="noopener noreferrer">${p.name}<span class="visually-hidden">${msg(' (opens in Zoho Projects)', { id: 'records.opens-in-projects' })}</span></a>`
        : html`<span id="prl-link-${p.id}" tabindex="-1">${p.name}</span>`}</th>
      <td><span class="status">${p.status}</span></td>
      <td>${p.owner}</td>
      <td>${date(p.startDate)}</td>
      <td>${date(p.endDate)}</td>
      ${withActions
        ? html`<td class="row-actions">
            ${canEdit ? html`<button type="button" class="link" id="prl-edit-${p.id}"
              aria-label=${msg(str`Edit ${p.name}`, { id: 'records.edit-project' })}
              @click=${() => this.#openEdit(p)}>${msg('Edit', { id: 'records.edit' })}</button>` : nothing}
            ${canDelete ? html`<button type="button" class="link danger-link" id="prl-delete-${p.id}"
              aria-label=${msg(str`Delete ${p.name}`, { id: 'records.delete-project' })}
              aria-disabled=${removing ? 'true' : 'false'} @click=${() => this.#askDelete(p)}>${msg('Delete', { id: 'records.delete' })}</button>` : nothing}
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
    const title = isNew ? newProject() : msg(str`Edit “${form.projectName}”`, { id: 'records.edit-title' });
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
              ? html`<div class="notice warning" role="alert" part="error"><p>${failureText(error, record.module)}</p></div>`
              : renderFailure(error, record.module, error.kind === 'conflict' ? () => this.#reloadAccess(store, sourceKey) : () => void this.#openNew())}
            <div class="actions"><button type="button" @click=${this.#closeForm}>${cancel()}</button></div>`
          : renderLoading(msg('Preparing the form…', { id: 'records.preparing-form' }))}
      `);
    }
    const req = store.request(requestKey);
    const prefix = isNew ? 'pf-new' : 'pf-edit';
    const fieldIds = draft.fields.map((f) => f.id);
    const serverFieldsOnly = req.error?.kind === 'invalid-input'
      && Object.keys(req.error.fieldErrors).length > 0
      && Object.keys(req.error.fieldErrors).every((k) => fieldIds.includes(k));
    const asked = draft.asked.map((id) => draft.fields.find((f) => f.id === id)?.label).filter((l): l is string => !!l);
    const requiredNote = msg('Fields marked * are required.', { id: 'records.form.required-note' });
    return panel(html`
      <form novalidate aria-labelledby="pf-title" @submit=${(e: Event) => { e.preventDefault(); void this.#submit(form); }}>
        ${isNew
          ? html`<p class="muted">${record.module === 'deals'
              ? msg('Prefilled from this deal through the field mapping.', { id: 'records.form.prefilled.deal' })
              : msg('Prefilled from this account through the field mapping.', { id: 'records.form.prefilled.account' })} ${requiredNote}</p>
            ${asked.length ? html`<p class="notice info" part="asked">${this.#askedText(record.module, asked)}</p>` : nothing}`
          : html`<p class="muted">${requiredNote}</p>`}
        <div class="fields">${renderProjectFields({
          idPrefix: prefix, draft, onInput: (id: string, v: DraftValue) => this.#input(store, draftKey, requestKey, id, v),
        })}</div>
        ${req.error && !serverFieldsOnly
          ? this.#renderSubmitError(req.error, record.module, req.error.kind === 'conflict' ? () => this.#reloadAccess(store, requestKey) : () => void this.#submit(form))
          : nothing}
        <div class="actions">
          <button type="submit" class="primary" aria-disabled=${req.pending ? 'true' : 'false'}>${isNew
            ? msg('Create Project', { id: 'records.create' })
            : msg('Save', { id: 'records.save' })}</button>
          <button type="button" @click=${this.#closeForm}>${cancel()}</button>
          ${req.pending ? html`<span class="muted" role="status">${isNew
            ? msg('Creating…', { id: 'records.creating' })
            : msg('Saving…', { id: 'records.saving' })}</span>` : nothing}
        </div>
      </form>
    `);
  }

  /** The required fields the record could not fill ("Cost Center" or "Cost Center and Reference"). */
  #askedText(module: CrmModule, asked: readonly string[]): string {
    const fields = formatList(asked);
    return module === 'deals'
      ? plural(asked.length,
        msg(str`The deal could not fill this required field: ${fields}. Enter it below.`, { id: 'records.form.asked.deal.one' }),
        msg(str`The deal could not fill these required fields: ${fields}. Enter them below.`, { id: 'records.form.asked.deal.other' }))
      : plural(asked.length,
        msg(str`The account could not fill this required field: ${fields}. Enter it below.`, { id: 'records.form.asked.account.one' }),
        msg(str`The account could not fill these required fields: ${fields}. Enter them below.`, { id: 'records.form.asked.account.other' }));
  }

  #renderSubmitError(error: StoreError, module: CrmModule, retry: () => void): TemplateResult {
    return html`${renderFailure(error, module, retry)}<p class="muted">${msg('What you entered is kept.', { id: 'records.form.kept' })}</p>`;
  }

  #renderDeleteDialog(store: IntegrationStore, record: { module: CrmModule; id: string }): TemplateResult {
    const p = this._deleting;
    const req = p ? store.request(RECORD_KEYS.remove(record.module, record.id, p.id)) : null;
    return html`<dialog id="prl-delete-dialog" part="dialog" aria-labelledby="prl-delete-title"
        aria-describedby="prl-delete-text" @close=${this.#onDialogClose}>
      ${p
        ? html`<h3 id="prl-delete-title">${msg(str`Delete the project “${p.name}”?`, { id: 'records.delete.title' })}</h3>
          <p id="prl-delete-text">${msg('The project is deleted in Zoho Projects with its tasks, for everyone in the portal. This cannot be undone.', { id: 'records.delete.text' })}</p>
          ${req?.error
            ? renderFailure(req.error, record.module, req.error.kind === 'conflict'
              ? () => { this.#dialog?.close(); this.#reloadAccess(store, RECORD_KEYS.remove(record.module, record.id, p.id)); }
              : () => void this.#confirmDelete())
            : nothing}
          <div class="actions">
            <button type="button" autofocus @click=${this.#cancelDelete}>${cancel()}</button>
            <button type="button" class="danger" aria-disabled=${req?.pending ? 'true' : 'false'} @click=${this.#confirmDelete}>${msg('Delete', { id: 'records.delete' })}</button>
            ${req?.pending ? html`<span class="muted">${msg('Deleting…', { id: 'records.deleting' })}</span>` : nothing}
          </div>`
        : nothing}
    </dialog>`;
  }

  // ---- user intent ----

  /**
   * "Reload" after a 409 (the integration changed meanwhile, e.g. its key broke): reads the
   * access again rather than repeating the request. An open form keeps its draft.
   */
  #reloadAccess(store: IntegrationStore, requestKey: RequestKey): void {
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
      const opened = record.module === 'deals'
        ? msg('New Project form, prefilled from the deal.', { id: 'records.announce.form.deal' })
        : msg('New Project form, prefilled from the account.', { id: 'records.announce.form.account' });
      this.#announcer.announce(n
        ? `${opened} ${plural(n,
          msg(str`${formatNumber(n)} required field needs your input.`, { id: 'records.announce.asked.one' }),
          msg(str`${formatNumber(n)} required fields need your input.`, { id: 'records.announce.asked.other' }))}`
        : opened);
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

  #input(store: IntegrationStore, draftKey: string, requestKey: RequestKey, fieldId: string, value: DraftValue): void {
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
      this.#announcer.announce(isNew
        ? msg(str`Project “${project.name}” created.`, { id: 'records.announce.created' })
        : msg(str`Project “${project.name}” saved.`, { id: 'records.announce.saved' }));
      this.dispatchEvent(isNew
        ? new ZpProjectCreatedEvent(record.module, record.id, project)
        : new ZpProjectUpdatedEvent(record.module, record.id, project));
      return;
    }
    const draftKey = isNew ? newDraftKey(record.module, record.id) : editDraftKey(record.module, record.id, form.projectId);
    const draft: ProjectDraft | undefined = store.state.records.drafts[draftKey];
    const first = draft ? firstError(draft) : null;
    const reason = failureText(result.error, record.module);
    this.#announcer.announce(first
      ? msg('Some fields need attention.', { id: 'records.announce.check-fields' })
      : isNew
        ? msg(str`The project was not created. ${reason}`, { id: 'records.announce.not-created' })
        : msg(str`The project was not saved. ${reason}`, { id: 'records.announce.not-saved' }));
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
    this.#announcer.announce(msg(str`Project “${p.name}” deleted.`, { id: 'records.announce.deleted' }));
    this.dispatchEvent(new ZpProjectDeletedEvent(record.module, record.id, p));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'projects-related-list': ProjectsRelatedList;
  }
}
