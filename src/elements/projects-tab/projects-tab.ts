import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LinkedProject, PortalProject, RecordAccess } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { isNotPermitted } from '../../store/errors.js';
import type { RequestKey } from '../../store/store-core.js';
import { projectsTabStore } from '../../store/area-stores.js';
import { RECORD_KEYS } from '../../store/slices/records.js';
import { TAB_KEYS } from '../../store/slices/projects-tab.js';
import { projectActions, relatedListView, showsProjectsTab } from '../../rules/record-access.js';
import { ZpProjectCreatedEvent } from '../../events/zp-project-created.js';
import { ZpProjectUpdatedEvent } from '../../events/zp-project-updated.js';
import { ZpProjectDeletedEvent } from '../../events/zp-project-deleted.js';
import { ZpTabVisibilityEvent } from '../../events/zp-tab-visibility.js';
import { STATE, ZpElement } from '../shared/zp-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { virtualTableStyles } from '../shared/virtual-table.styles.js';
import { Announcer } from '../shared/announcer.js';
import { AfterUpdate } from '../shared/after-update.js';
import { renderLoading, renderNotConnected, renderNotPermitted } from '../shared/request-views.js';
import { ProjectFormPanel } from '../projects-related-list/project-form-panel.js';
import { DeleteProjectDialog } from '../projects-related-list/delete-project-dialog.js';
import { recordTarget } from '../projects-related-list/project-target.js';
import { projectFormStyles } from '../projects-related-list/project-form.styles.js';
import { loadingProjectsText, newProjectLabel, renderAccessNote, renderFailure } from '../projects-related-list/record-texts.js';
import { portalTarget } from './portal-target.js';
import { ProjectList } from './project-list.js';
import { renderProjectDetails } from './project-details.js';
import { NewProjectChooser, type LinkChoice } from './new-project-chooser.js';
import { tabTitle } from './tab-texts.js';
import { styles } from './projects-tab.styles.js';

/** `tab-visible`: "true" or "false" once the access is known, absent before. */
const visibility = {
  fromAttribute: (v: string | null) => (v === 'true' ? true : v === 'false' ? false : undefined),
  toAttribute: (v: boolean | undefined) => (v === undefined ? null : String(v)),
};

/**
 * The Projects tab of Zoho CRM: every project of the integrated portal. Search by name, filter
 * by status and owner, sort by name, status and dates; open a project to see every field of
 * the portal and a link out to Zoho Projects. "New Project" (linked to a Deal or Account and
 * prefilled through the field mapping, or linked to none), "Edit" and "Delete" as the signed-in
 * user's profile permits. The list renders only the rows in view, so 20,000 projects stay fast.
 *
 * Whether CRM should show the tab at all (the integration set up, Tab Visibility in the profile)
 * is in `tabVisible` / `tab-visible` and the `zp-tab-visibility` event; shown anyway, the element
 * says the user is not permitted. Without View it requests no projects.
 *
 * @tag projects-tab
 * @summary The Projects tab of Zoho CRM: every project of the portal, managed as the user's profile permits.
 * @attr locale - The language of every element on the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works too).
 * @fires zp-tab-visibility - Whether the tab should be shown, once known and whenever it changes. Detail: `{ visible }`.
 * @fires zp-project-created - "New Project" created a project. Detail: `{ module, recordId, project }` (`module`/`recordId` null when linked to no record).
 * @fires zp-project-updated - "Edit" saved a project. Detail: `{ module, recordId, project }`.
 * @fires zp-project-deleted - A project was deleted. Detail: `{ module, recordId, project: { id, name } }`.
 * @fires zp-error - A request failed (standalone only; inside a provider the provider reports it).
 * @csspart base - The element's frame.
 * @csspart header - Title and "New Project".
 * @csspart new-project - The "New Project" button.
 * @csspart toolbar - Search and filters.
 * @csspart count - "1,234 projects · 56 shown".
 * @csspart table - The list of projects.
 * @csspart empty - The note when no project is listed.
 * @csspart details - An opened project.
 * @csspart fields - The opened project's fields.
 * @csspart project-link - The link out to Zoho Projects.
 * @csspart new-project-chooser - What a new project is created from.
 * @csspart project-form - The "New Project" or "Edit" form.
 * @csspart dialog - The delete confirmation.
 * @csspart note - The short note when the integration is not set up.
 * @csspart not-permitted - The note when the user's profile may not see projects.
 * @csspart key-invalid - The message that the integration stopped working.
 * @csspart error - A failed request's message.
 * @cssproperty --zp-color-accent - Links, primary buttons.
 * @cssproperty --zp-color-danger - The broken-integration message and "Delete".
 * @cssproperty --zp-projects-list-height - Height of the list's scrolling area (default 30rem).
 * @cssproperty --zp-space - Spacing unit.
 */
export class ProjectsTab extends ZpElement {
  static override styles = [baseStyles, virtualTableStyles, projectFormStyles, styles];
  static override properties = {
    tabVisible: { attribute: 'tab-visible', reflect: true, converter: visibility },
    _open: STATE,
  };

  /**
   * Read-only: whether CRM should show the tab (the integration set up, Tab Visibility in the
   * profile); undefined until the access is read.
   */
  declare tabVisible: boolean | undefined;
  /** The id of the project open, or null for the list. */
  declare _open: string | null;

  readonly #data = this.connectStore((s) => [s.records.access, s.records.drafts, s.projectsTab, s.requests] as const, {
    create: projectsTabStore,
    onStore: (store) => void store.records.loadAccess(),
  });
  readonly #announcer = new Announcer(this);
  readonly #after = new AfterUpdate(this);
  readonly #list = new ProjectList(this, this.#announcer, (p) => this.#openProject(p));
  /** The record "New Project" creates from; null: linked to none. */
  #link: LinkChoice = null;
  /** The project whose deletion is being confirmed (its link goes into the event: the store forgets it). */
  #deleting: PortalProject | null = null;
  readonly #chooser = new NewProjectChooser(this, () => this.#data.store, this.#after, (choice) => void this.#startNew(choice));
  readonly #form = new ProjectFormPanel({
    host: this,
    store: () => this.#data.store,
    target: () => {
      const store = this.#data.store;
      if (!store) return null;
      return this.#link ? recordTarget(store, this.#link) : portalTarget(store);
    },
    announcer: this.#announcer,
    after: this.#after,
    returnFocusTo: (form) => (form.kind === 'new' ? '#pt-new' : '#pt-edit'),
    saved: (project, isNew) => void this.#saved(project, isNew),
  });
  readonly #delete = new DeleteProjectDialog({
    host: this,
    store: () => this.#data.store,
    target: () => (this.#data.store ? portalTarget(this.#data.store) : null),
    announcer: this.#announcer,
    after: this.#after,
    returnFocusTo: () => (this._open ? '#pt-delete' : '#pt-search'),
    deleted: (p) => this.#deleted(p),
  });

  constructor() {
    super();
    this.tabVisible = undefined;
    this._open = null;
  }

  override willUpdate(_changed: PropertyValues<this>): void {
    const store = this.#data.store;
    const access = store?.state.records.access;
    if (!store || !access) return;
    const visible = showsProjectsTab(access);
    if (visible !== this.tabVisible) {
      this.tabVisible = visible;
      this.#after.dispatch(new ZpTabVisibilityEvent({ visible }));
    }
    // Starts loading within this update, so it renders "Loading projects…" at once.
    if (relatedListView(access) !== 'list') return;
    const tab = store.state.projectsTab;
    if (!tab.list && idle(store, TAB_KEYS.list)) void store.projectsTab.loadList();
    if (this._open && !tab.details[this._open] && idle(store, TAB_KEYS.details(this._open))) void store.projectsTab.loadDetails(this._open);
  }

  #openProject(p: PortalProject): void {
    this.#list.remember();
    this._open = p.id;
    this.#after.focus('#pt-details-title', { waitForTarget: true });
  }

  async #back(): Promise<void> {
    const id = this._open;
    this._open = null;
    this.#form.reset();
    await this.updateComplete;
    this.#after.focus(this.#list.restore(id, this.#data.store?.state.projectsTab.list ?? null), { waitForTarget: true });
    this.requestUpdate();
  }

  async #startNew(choice: LinkChoice): Promise<void> {
    this.#link = choice;
    await this.#form.openNew();
  }

  #edit(p: PortalProject): void {
    this.#link = null;
    void this.#form.openEdit(p);
  }

  async #saved(project: LinkedProject, isNew: boolean): Promise<void> {
    const store = this.#data.store!;
    const link = isNew && this.#link ? { module: this.#link.module, recordId: this.#link.id, name: this.#link.name } : null;
    if (link) store.projectsTab.addLinked(project, link);
    const listed = store.state.projectsTab.list?.projects.find((p) => p.id === project.id);
    const module = listed?.link?.module ?? null;
    const recordId = listed?.link?.recordId ?? null;
    this.#link = null;
    this.#announcer.announce(isNew
      ? msg(str`Project “${project.name}” created.`, { id: 'records.announce.created' })
      : msg(str`Project “${project.name}” saved.`, { id: 'records.announce.saved' }));
    this.dispatchEvent(isNew ? new ZpProjectCreatedEvent(module, recordId, project) : new ZpProjectUpdatedEvent(module, recordId, project));
    if (!isNew) {
      this.#after.focus('#pt-edit', { waitForTarget: true });
      return;
    }
    await this.updateComplete;
    const list = store.state.projectsTab.list;
    this.#after.focus((list && this.#list.reveal(project.id, list)) ?? '#pt-search', { waitForTarget: true });
    this.requestUpdate();
  }

  #deleted(p: LinkedProject): void {
    const link = this.#deleting?.id === p.id ? this.#deleting.link : null;
    this.#deleting = null;
    // Back to the list (the project is gone), where the search is: the dialog closing with the
    // details may not report it.
    this._open = null;
    this.#after.focus('#pt-search', { waitForTarget: true });
    this.dispatchEvent(new ZpProjectDeletedEvent(link?.module ?? null, link?.recordId ?? null, p));
  }

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected('projects-tab');
    const access = store.state.records.access;
    const canCreate = !!access && relatedListView(access) === 'list' && projectActions(access.permissions).create;
    const formOpen = !!this.#form.form || this.#chooser.isOpen;
    return html`<section part="base" aria-labelledby="pt-title">
      <header class="header" part="header">
        <h2 id="pt-title" tabindex="-1">${tabTitle()}</h2>
        ${canCreate && !formOpen && !this._open
          ? html`<button type="button" class="primary" id="pt-new" part="new-project" @click=${() => this.#chooser.show()}>${newProjectLabel()}</button>`
          : nothing}
      </header>
      ${this.#announcer.region()}
      ${this.#renderBody(store, access)}
    </section>`;
  }

  #renderBody(store: IntegrationStore, access: RecordAccess | null): TemplateResult {
    if (!access) {
      const error = store.request(RECORD_KEYS.access).error;
      if (isNotPermitted(error)) return renderNotPermitted();
      return error ? html`${renderFailure(error, null, () => void store.records.loadAccess())}` : renderLoading(loadingProjectsText());
    }
    const view = relatedListView(access);
    if (view !== 'list') return renderAccessNote(view, access);
    const list = store.state.projectsTab.list;
    if (!list) {
      const error = store.request(TAB_KEYS.list).error;
      if (isNotPermitted(error)) return renderNotPermitted();
      return error ? html`${renderFailure(error, null, () => void store.projectsTab.loadList())}` : renderLoading(loadingProjectsText());
    }
    const actions = projectActions(access.permissions);
    if (this._open) return this.#renderOpen(store, this._open, actions);
    return html`${this.#chooser.render()}${this.#form.render()}${this.#list.render(list)}`;
  }

  #renderOpen(store: IntegrationStore, id: string, actions: { edit: boolean; delete: boolean }): TemplateResult {
    const details = store.state.projectsTab.details[id];
    const back = html`<button type="button" id="pt-back" @click=${() => void this.#back()}>${msg('Back to projects', { id: 'tab.back' })}</button>`;
    if (!details) {
      const error = store.request(TAB_KEYS.details(id)).error;
      return html`${back}${error ? renderFailure(error, null, () => void store.projectsTab.loadDetails(id)) : renderLoading()}`;
    }
    return html`${renderProjectDetails(details, {
      canEdit: actions.edit, canDelete: actions.delete, editing: !!this.#form.form,
      back: () => void this.#back(), edit: (p) => this.#edit(p), remove: (p) => {
        this.#deleting = p;
        void this.#delete.ask(p);
      },
    })}${this.#form.render()}${this.#delete.render()}`;
  }
}

const idle = (store: IntegrationStore, key: RequestKey): boolean => !store.request(key).pending && !store.request(key).error;

declare global {
  interface HTMLElementTagNameMap {
    'projects-tab': ProjectsTab;
  }
}
