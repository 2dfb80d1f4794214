import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LinkedProject } from '../../schemas/entities.js';
import { cancelLabel, renderFailure } from './record-texts.js';
import type { ProjectFormHost } from './project-form-panel.js';

/** What an element hosting the delete confirmation gives it (the form's host, plus where focus returns). */
export interface DeleteDialogHost extends Pick<ProjectFormHost, 'store' | 'target' | 'announcer' | 'after'> {
  readonly host: ProjectFormHost['host'] & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** Where focus goes when the dialog closes (a selector), given the project it was about. */
  returnFocusTo(project: LinkedProject): string;
  deleted(project: LinkedProject): void;
}

/**
 * "Delete" of a project: a modal dialog that names the project and says what deleting does
 * (deleted in Zoho Projects for everyone) before it is confirmed; a failure stays in the dialog.
 */
export class DeleteProjectDialog {
  /** The project whose deletion is being confirmed. */
  project: LinkedProject | null = null;

  constructor(private readonly h: DeleteDialogHost) {}

  get #dialog(): HTMLDialogElement | null {
    return this.h.host.renderRoot.querySelector('#prl-delete-dialog');
  }

  #key(p: LinkedProject) {
    return this.h.target()!.removeKey(p.id);
  }

  reset(): void {
    this.project = null;
  }

  isDeleting(p: LinkedProject): boolean {
    return !!this.h.target() && !!this.h.store()?.request(this.#key(p)).pending;
  }

  async ask(project: LinkedProject): Promise<void> {
    const store = this.h.store();
    if (!store || !this.h.target()) return;
    store.clearError(this.#key(project));
    this.project = project;
    this.h.host.requestUpdate();
    await this.h.host.updateComplete;
    this.#dialog?.showModal();
  }

  readonly #cancel = (): void => this.#dialog?.close();

  readonly #onClose = (): void => {
    const p = this.project;
    this.project = null;
    if (p) this.h.after.focus(this.h.returnFocusTo(p), { waitForTarget: true });
    this.h.host.requestUpdate();
  };

  readonly #confirm = async (): Promise<void> => {
    const store = this.h.store();
    const target = this.h.target();
    const p = this.project;
    if (!store || !target || !p || store.request(this.#key(p)).pending) return;
    const result = await target.remove(p.id);
    if (!result.ok) return;
    this.#dialog?.close();
    this.h.announcer.announce(msg(str`Project “${p.name}” deleted.`, { id: 'records.announce.deleted' }));
    this.h.deleted(p);
  };

  render(): TemplateResult {
    const p = this.project;
    const store = this.h.store();
    const target = this.h.target();
    const req = p && store && target ? store.request(this.#key(p)) : null;
    return html`<dialog id="prl-delete-dialog" part="dialog" aria-labelledby="prl-delete-title"
        aria-describedby="prl-delete-text" @close=${this.#onClose}>
      ${p && target
        ? html`<h3 id="prl-delete-title">${msg(str`Delete the project “${p.name}”?`, { id: 'records.delete.title' })}</h3>
          <p id="prl-delete-text">${msg('The project is deleted in Zoho Projects with its tasks, for everyone in the portal. This cannot be undone.', { id: 'records.delete.text' })}</p>
          ${req?.error
            ? renderFailure(req.error, target.module, req.error.kind === 'conflict'
              ? () => { this.#dialog?.close(); store!.clearError(this.#key(p)); void store!.records.loadAccess(); }
              : () => void this.#confirm())
            : nothing}
          <div class="actions">
            <button type="button" autofocus @click=${this.#cancel}>${cancelLabel()}</button>
            <button type="button" class="danger" aria-disabled=${req?.pending ? 'true' : 'false'} @click=${this.#confirm}>${msg('Delete', { id: 'records.delete' })}</button>
            ${req?.pending ? html`<span class="muted">${msg('Deleting…', { id: 'records.deleting' })}</span>` : nothing}
          </div>`
        : nothing}
    </dialog>`;
  }
}
