import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CrmModule, LinkedProject, RecordAccess } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { isNotPermitted } from '../../store/errors.js';
import { recordsStore } from '../../store/area-stores.js';
import { RECORD_KEYS, recordKey } from '../../store/slices/records.js';
import { projectActions, relatedListView } from '../../rules/record-access.js';
import { ZpProjectCreatedEvent } from '../../events/zp-project-created.js';
import { ZpProjectUpdatedEvent } from '../../events/zp-project-updated.js';
import { ZpProjectDeletedEvent } from '../../events/zp-project-deleted.js';
import { ZpElement } from '../shared/zp-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { Announcer } from '../shared/announcer.js';
import { AfterUpdate } from '../shared/after-update.js';
import { renderLoading, renderNotConnected, renderNotPermitted } from '../shared/request-views.js';
import { ProjectFormPanel } from './project-form-panel.js';
import { recordTarget, type RecordRef } from './project-target.js';
import { DeleteProjectDialog } from './delete-project-dialog.js';
import { renderProjectTable } from './project-table.js';
import { loadingProjectsText, newProjectLabel, renderAccessNote, renderFailure } from './record-texts.js';
import { projectFormStyles } from './project-form.styles.js';
import { styles } from './projects-related-list.styles.js';

const isModule = (m: unknown): m is CrmModule => m === 'deals' || m === 'accounts';

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
  static override styles = [baseStyles, projectFormStyles, styles];
  static override properties = {
    module: { reflect: true },
    recordId: { attribute: 'record-id', reflect: true },
  };

  /** `deals` or `accounts`: the module of the record page. */
  declare module: CrmModule | string;
  /** The id of the Deal or Account. */
  declare recordId: string | undefined;

  readonly #data = this.connectStore((s) => [s.records, s.requests] as const, {
    create: recordsStore,
    onStore: (store) => void store.records.loadAccess(),
  });
  readonly #announcer = new Announcer(this);
  readonly #after = new AfterUpdate(this);
  readonly #parts = {
    host: this,
    store: () => this.#data.store,
    target: () => {
      const store = this.#data.store;
      const record = this.#record;
      return store && record ? recordTarget(store, record) : null;
    },
    announcer: this.#announcer,
    after: this.#after,
  };
  readonly #form = new ProjectFormPanel({
    ...this.#parts,
    returnFocusTo: (form) => (form.kind === 'new' ? '#prl-new' : `#prl-edit-${CSS.escape(form.project.id)}`),
    saved: (project, isNew) => this.#saved(project, isNew),
  });
  readonly #delete = new DeleteProjectDialog({
    ...this.#parts,
    returnFocusTo: (p) => {
      const button = `#prl-delete-${CSS.escape(p.id)}`;
      return this.renderRoot.querySelector(button) ? button : '#prl-title';
    },
    deleted: (p) => {
      const record = this.#record!;
      this.dispatchEvent(new ZpProjectDeletedEvent(record.module, record.id, p));
    },
  });

  constructor() {
    super();
    this.module = 'deals';
    this.recordId = undefined;
  }

  get #record(): RecordRef | null {
    return isModule(this.module) && this.recordId ? { module: this.module, id: this.recordId } : null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('module') || changed.has('recordId')) {
      this.#form.reset();
      this.#delete.reset();
    }
    // Starts loading within this update, so it renders "Loading projects…" at once.
    this.#loadWhenNeeded();
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
    void this.#loadProjects(store, record);
  }

  async #loadProjects(store: IntegrationStore, record: RecordRef): Promise<void> {
    const result = await store.records.loadProjects(record.module, record.id);
    // The integration changed since the access was read (e.g. its key was regenerated): read it again.
    if (!result.ok && (result.error.code === 'key-invalid' || result.error.code === 'not-active')) {
      store.clearError(RECORD_KEYS.list(record.module, record.id));
      await store.records.loadAccess();
    }
  }

  #saved(project: LinkedProject, isNew: boolean): void {
    const record = this.#record!;
    this.#after.focus(`#prl-link-${CSS.escape(project.id)}`, { waitForTarget: true });
    this.#announcer.announce(isNew
      ? msg(str`Project “${project.name}” created.`, { id: 'records.announce.created' })
      : msg(str`Project “${project.name}” saved.`, { id: 'records.announce.saved' }));
    this.dispatchEvent(isNew
      ? new ZpProjectCreatedEvent(record.module, record.id, project)
      : new ZpProjectUpdatedEvent(record.module, record.id, project));
  }

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected('projects-related-list');
    const record = this.#record;
    const access = store.state.records.access;
    const canCreate = !!access && relatedListView(access) === 'list' && projectActions(access.permissions).create;
    return html`<section part="base" aria-labelledby="prl-title">
      <header class="header" part="header">
        <h2 id="prl-title" tabindex="-1">Zoho Projects</h2>
        ${canCreate && record && !this.#form.form
          ? html`<button type="button" class="primary" id="prl-new" part="new-project"
              aria-disabled=${store.request(RECORD_KEYS.form(record.module, record.id)).pending ? 'true' : 'false'}
              @click=${() => void this.#form.openNew()}>${newProjectLabel()}</button>`
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

  #renderBody(store: IntegrationStore, record: RecordRef, access: RecordAccess | null): TemplateResult {
    const accessError = store.request(RECORD_KEYS.access).error;
    if (!access) {
      if (isNotPermitted(accessError)) return renderNotPermitted();
      if (accessError) return html`${renderFailure(accessError, record.module, () => void store.records.loadAccess())}`;
      return renderLoading(loadingProjectsText());
    }
    const view = relatedListView(access);
    return view === 'list' ? this.#renderList(store, record, access) : renderAccessNote(view, access);
  }

  #renderList(store: IntegrationStore, record: RecordRef, access: RecordAccess): TemplateResult {
    const listError = store.request(RECORD_KEYS.list(record.module, record.id)).error;
    const list = store.state.records.lists[recordKey(record.module, record.id)];
    if (!list) {
      if (isNotPermitted(listError)) return renderNotPermitted();
      if (listError) return html`${renderFailure(listError, record.module, () => void this.#loadProjects(store, record))}`;
      return renderLoading(loadingProjectsText());
    }
    const actions = projectActions(access.permissions);
    return html`
      ${list.projects.length
        ? renderProjectTable(record.module, list, {
          canEdit: actions.edit,
          canDelete: actions.delete,
          deleting: (p) => this.#delete.isDeleting(p),
          edit: (p) => void this.#form.openEdit(p),
          delete: (p) => void this.#delete.ask(p),
        })
        : html`<p class="muted empty">${record.module === 'deals'
          ? msg('No projects are linked to this deal yet.', { id: 'records.empty.deal' })
          : msg('No projects are linked to this account yet.', { id: 'records.empty.account' })}</p>`}
      ${this.#form.render()}
      ${this.#delete.render()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'projects-related-list': ProjectsRelatedList;
  }
}
