import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AssociatedPortal, IntegrationStatus } from '../../schemas/entities.js';
import { renderRequestError } from '../shared/request-views.js';
import { busy, retryOrReload, type FormHost, type StoreGetter } from './form-support.js';

/**
 * "Deactivate Zoho Projects": the section with its button, and the modal dialog that says what
 * deactivating does before it is confirmed. Focus goes back to the button when the dialog closes.
 * A part without lifecycle (the dialog element keeps its own open state), so not a controller.
 */
export class DeactivateDialog {
  constructor(
    private readonly host: FormHost,
    private readonly store: StoreGetter,
    private readonly on: { opened(): void; deactivated(portal: AssociatedPortal | null): void },
  ) {}

  get #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('#deactivate-dialog');
  }

  readonly #open = (): void => {
    this.on.opened();
    this.store()?.clearError('deactivate');
    this.#dialog?.showModal();
  };

  readonly #cancel = (): void => this.#dialog?.close();

  readonly #onClose = (): void => {
    // Back to the button that opened it (when it is still there).
    (this.host.renderRoot.querySelector('#deactivate-open') as HTMLElement | null)?.focus();
  };

  readonly #confirm = async (): Promise<void> => {
    const store = this.store();
    if (!store || store.request('deactivate').pending) return;
    const portal = store.state.setup.status?.portal ?? null;
    const result = await store.setup.deactivate();
    if (!result.ok) return;
    this.#dialog?.close();
    this.on.deactivated(portal);
  };

  renderSection(): TemplateResult {
    return html`<section class="deactivate" part="deactivate" aria-labelledby="deactivate-heading">
      <h3 id="deactivate-heading">${msg('Deactivate', { id: 'setup.deactivate.heading' })}</h3>
      <p class="muted">${msg('Removes the Projects tab from Zoho CRM and disassociates the portal and its projects.', { id: 'setup.deactivate.intro' })}</p>
      <button type="button" class="danger" id="deactivate-open" @click=${this.#open}>${msg('Deactivate Zoho Projects', { id: 'setup.deactivate.open' })}</button>
    </section>`;
  }

  renderDialog(status: IntegrationStatus): TemplateResult | typeof nothing {
    const store = this.store();
    if (!store || !status.portal) return nothing;
    const req = store.request('deactivate');
    return html`<dialog id="deactivate-dialog" part="dialog" aria-labelledby="deactivate-title"
        aria-describedby="deactivate-consequences" @close=${this.#onClose}>
      <h3 id="deactivate-title">${msg('Deactivate Zoho Projects?', { id: 'setup.dialog.title' })}</h3>
      <div id="deactivate-consequences">
        <p>${msg('If you deactivate the integration:', { id: 'setup.dialog.if' })}</p>
        <ul>
          <li>${msg('The Projects tab is removed from Zoho CRM.', { id: 'setup.dialog.tab' })}</li>
          <li>${msg(str`The portal “${status.portal.name}” and its projects are disassociated from Zoho CRM.`, { id: 'setup.dialog.portal' })}</li>
          <li>${msg('Users keep working in Zoho Projects as before.', { id: 'setup.dialog.users' })}</li>
        </ul>
      </div>
      ${renderRequestError(req.error, retryOrReload(req.error, () => void this.#confirm(), store))}
      <div class="actions">
        <button type="button" autofocus @click=${this.#cancel}>${msg('Cancel', { id: 'setup.cancel' })}</button>
        <button type="button" class="danger" aria-disabled=${busy(req.pending)} @click=${this.#confirm}>${msg('Deactivate', { id: 'setup.dialog.confirm' })}</button>
        ${req.pending ? html`<span class="muted">${msg('Deactivating…', { id: 'setup.deactivating' })}</span>` : nothing}
      </div>
    </dialog>`;
  }
}
