import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LinkedProject } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import type { RequestKey } from '../../store/store-core.js';
import { isNotPermitted } from '../../store/errors.js';
import { firstError, type ProjectDraft } from '../../rules/project-form.js';
import type { DraftValue } from '../../rules/value-conversion.js';
import type { Announcer } from '../shared/announcer.js';
import type { AfterUpdate } from '../shared/after-update.js';
import { renderLoading } from '../shared/request-views.js';
import { controlId, renderProjectFields } from './project-form.js';
import { askedText, cancelLabel, failureText, formOpenedText, newProjectLabel, renderFailure, renderSubmitError } from './record-texts.js';

import type { OpenForm, ProjectTarget } from './project-target.js';

export type { OpenForm, RecordRef } from './project-target.js';

/** What an element hosting the form gives it. */
export interface ProjectFormHost {
  readonly host: ReactiveControllerHost;
  store(): IntegrationStore | undefined;
  /** Where the form creates and saves (a record's projects, prefilled through the field mapping; or the portal's). */
  target(): ProjectTarget | null;
  readonly announcer: Announcer;
  readonly after: AfterUpdate;
  /** Where focus goes when the form closes without saving (a selector in the host's shadow root). */
  returnFocusTo(form: OpenForm): string;
  /** A project was created or saved: the host says so and fires its event. */
  saved(project: LinkedProject, isNew: boolean): void;
}

/**
 * The "New Project" / "Edit" form of a project, prefilled from a CRM record through the saved
 * field mapping (src/rules/project-form.ts) and kept as a draft in the store, so a failed save
 * loses nothing. Any element can host it: give it a `ProjectFormHost`, call `openNew()` /
 * `openEdit(project)`, and render `render()` where the form goes (nothing while closed).
 */
export class ProjectFormPanel {
  form: OpenForm | null = null;

  constructor(private readonly h: ProjectFormHost) {}

  /** Drops the open form without touching its draft (another record was shown). */
  reset(): void {
    this.form = null;
  }

  async openNew(): Promise<void> {
    const store = this.h.store();
    const target = this.h.target();
    const form: OpenForm = { kind: 'new' };
    if (!store || !target || target.keys(form).sourceKeys.some((k) => store.request(k).pending)) return;
    this.#show(form);
    const result = await target.openNew();
    if (result.ok && this.form?.kind === 'new') this.h.announcer.announce(formOpenedText(target.module, result.value.asked.length));
  }

  async openEdit(project: LinkedProject): Promise<void> {
    const target = this.h.target();
    if (!target) return;
    this.#show({ kind: 'edit', project });
    await target.openEdit(project);
    this.h.host.requestUpdate();
  }

  #show(form: OpenForm): void {
    this.form = form;
    this.h.after.focus('#pf-title', { waitForTarget: true });
    this.h.host.requestUpdate();
  }

  readonly close = (): void => {
    const store = this.h.store();
    const target = this.h.target();
    const form = this.form;
    if (!store || !target || !form) return;
    const { draftKey, requestKey } = target.keys(form);
    store.records.closeDraft(draftKey, requestKey);
    this.form = null;
    this.h.after.focus(this.h.returnFocusTo(form), { waitForTarget: true });
    this.h.host.requestUpdate();
  };

  async #submit(form: OpenForm): Promise<void> {
    const store = this.h.store();
    const target = this.h.target();
    if (!store || !target) return;
    const isNew = form.kind === 'new';
    const { draftKey, requestKey } = target.keys(form);
    if (store.request(requestKey).pending) return;
    const result = await target.submit(form);
    if (result.ok) {
      this.form = null;
      this.h.saved(result.value, isNew);
      this.h.host.requestUpdate();
      return;
    }
    const draft: ProjectDraft | undefined = store.state.records.drafts[draftKey];
    const first = draft ? firstError(draft) : null;
    const reason = failureText(result.error, target.module);
    this.h.announcer.announce(first
      ? msg('Some fields need attention.', { id: 'records.announce.check-fields' })
      : isNew
        ? msg(str`The project was not created. ${reason}`, { id: 'records.announce.not-created' })
        : msg(str`The project was not saved. ${reason}`, { id: 'records.announce.not-saved' }));
    if (first) this.h.after.focus(`#${CSS.escape(controlId(isNew ? 'pf-new' : 'pf-edit', first))}`, { waitForTarget: true });
    this.h.host.requestUpdate();
  }

  /**
   * "Reload" after a 409 (the integration changed meanwhile, e.g. its key broke): reads the
   * access again rather than repeating the request. The draft is kept.
   */
  #reloadAccess(store: IntegrationStore, requestKey: RequestKey): void {
    store.clearError(requestKey);
    void store.records.loadAccess();
  }

  render(): TemplateResult | typeof nothing {
    const store = this.h.store();
    const target = this.h.target();
    const form = this.form;
    if (!store || !target || !form) return nothing;
    const module = target.module;
    const isNew = form.kind === 'new';
    const { draftKey, requestKey, sourceKeys } = target.keys(form);
    const draft = store.state.records.drafts[draftKey];
    const title = isNew ? newProjectLabel() : msg(str`Edit “${form.project.name}”`, { id: 'records.edit-title' });
    // One panel template for the pending and the filled form, so the heading (which gets focus
    // when the form opens) is the same node before and after the prefill arrives.
    const panel = (body: unknown) => html`<section class="form-panel" part="project-form" aria-labelledby="pf-title">
      <h3 id="pf-title" tabindex="-1">${title}</h3>
      ${body}
    </section>`;
    if (!draft) {
      const failedKey = sourceKeys.find((k) => store.request(k).error);
      const error = failedKey ? store.request(failedKey).error : null;
      const retry = () => void (form.kind === 'new' ? this.openNew() : this.openEdit(form.project));
      return panel(error && failedKey
        ? html`${isNotPermitted(error)
            ? html`<div class="notice warning" role="alert" part="error"><p>${failureText(error, module)}</p></div>`
            : renderFailure(error, module, error.kind === 'conflict' ? () => this.#reloadAccess(store, failedKey) : retry)}
          <div class="actions"><button type="button" @click=${this.close}>${cancelLabel()}</button></div>`
        : renderLoading(msg('Preparing the form…', { id: 'records.preparing-form' })));
    }
    const req = store.request(requestKey);
    const fieldIds = draft.fields.map((f) => f.id);
    const serverFieldsOnly = req.error?.kind === 'invalid-input'
      && Object.keys(req.error.fieldErrors).length > 0
      && Object.keys(req.error.fieldErrors).every((k) => fieldIds.includes(k));
    const asked = draft.asked.map((id) => draft.fields.find((f) => f.id === id)?.label).filter((l): l is string => !!l);
    const requiredNote = msg('Fields marked * are required.', { id: 'records.form.required-note' });
    const onInput = (id: string, value: DraftValue) => {
      store.records.setValue(draftKey, id, value);
      if (store.request(requestKey).error?.kind === 'invalid-input') store.clearError(requestKey);
    };
    return panel(html`
      <form novalidate aria-labelledby="pf-title" @submit=${(e: Event) => { e.preventDefault(); void this.#submit(form); }}>
        ${isNew && module
          ? html`<p class="muted">${module === 'deals'
              ? msg('Prefilled from this deal through the field mapping.', { id: 'records.form.prefilled.deal' })
              : msg('Prefilled from this account through the field mapping.', { id: 'records.form.prefilled.account' })} ${requiredNote}</p>
            ${asked.length ? html`<p class="notice info" part="asked">${askedText(module, asked)}</p>` : nothing}`
          : html`<p class="muted">${requiredNote}</p>`}
        <div class="fields">${renderProjectFields({ idPrefix: isNew ? 'pf-new' : 'pf-edit', draft, onInput })}</div>
        ${req.error && !serverFieldsOnly
          ? renderSubmitError(req.error, module, req.error.kind === 'conflict' ? () => this.#reloadAccess(store, requestKey) : () => void this.#submit(form))
          : nothing}
        <div class="actions">
          <button type="submit" class="primary" aria-disabled=${req.pending ? 'true' : 'false'}>${isNew
            ? msg('Create Project', { id: 'records.create' })
            : msg('Save', { id: 'records.save' })}</button>
          <button type="button" @click=${this.close}>${cancelLabel()}</button>
          ${req.pending ? html`<span class="muted" role="status">${isNew
            ? msg('Creating…', { id: 'records.creating' })
            : msg('Saving…', { id: 'records.saving' })}</span>` : nothing}
        </div>
      </form>
    `);
  }
}
