import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { IntegrationStore } from '../../store/integration-store.js';
import type { RequestKey } from '../../store/store-core.js';
import type { StoreError } from '../../store/errors.js';
import type { Result } from '../../store/result.js';
import { errorText } from '../../i18n/error-text.js';
import type { Announcer } from './announcer.js';
import { renderRequestError } from './request-views.js';

/** The store actions of a draft document (src/store/slices/draft-document.ts) the editor uses. */
export interface DraftActions {
  load(): Promise<Result<unknown>>;
  discard(): void;
}

/** What the element says; each function is called at render time, in the page's language. */
export interface DraftEditorWords {
  /** "Associate a portal first." (HTML: the step to go to is in bold). */
  noPortal(): TemplateResult;
  /** After "Reload" of a 409: the latest document is read and the user's changes are kept. */
  reloaded(): string;
  /** Under a 409: what "Reload" does. */
  conflictKept(): string;
  /** Under any other failed save: that nothing is lost. */
  kept(error: StoreError): string;
}

export interface DraftEditorOptions {
  store(): IntegrationStore | undefined;
  actions(store: IntegrationStore): DraftActions;
  saveKey: RequestKey;
  announcer: Announcer;
  /** The save button (focus goes back to it after "Discard changes"). */
  saveButton: string;
  /** "Retry" of a failed save. */
  save(): void;
  words: DraftEditorWords;
}

/**
 * The editing around a draft document (field mapping, permissions): "Discard changes", the load
 * failure with "Retry", and a failed save: a 409 (changed elsewhere) offers "Reload", which reads
 * the latest document keeping the user's changes; anything else "Retry", saying nothing is lost.
 */
export class DraftEditor {
  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }, private readonly o: DraftEditorOptions) {}

  readonly discard = (): void => {
    const store = this.o.store();
    if (!store) return;
    this.o.actions(store).discard();
    this.o.announcer.announce(msg('Changes discarded.', { id: 'shared.changes-discarded' }));
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(this.o.saveButton)?.focus());
  };

  readonly reload = (): void => {
    const store = this.o.store();
    if (store) void this.o.actions(store).load();
  };

  readonly reloadAfterConflict = async (): Promise<void> => {
    const store = this.o.store();
    if (!store) return;
    const result = await this.o.actions(store).load();
    if (result.ok) {
      store.clearError(this.o.saveKey);
      this.o.announcer.announce(this.o.words.reloaded());
    }
  };

  renderLoadError(error: StoreError): TemplateResult {
    if (error.code === 'no-portal') {
      return html`<div class="notice warning" role="alert" part="error">
        <p>${this.o.words.noPortal()}</p>
        <div class="actions"><button type="button" @click=${this.reload}>${msg('Retry', { id: 'shared.retry' })}</button></div>
      </div>`;
    }
    return renderRequestError(error, this.reload) as TemplateResult;
  }

  renderSaveError(error: StoreError): TemplateResult {
    if (error.kind === 'conflict') {
      return html`<div class="notice error" role="alert" part="error">
        <p>${errorText(error)}</p>
        <p>${this.o.words.conflictKept()}</p>
        <div class="actions"><button type="button" @click=${this.reloadAfterConflict}>${msg('Reload', { id: 'shared.reload' })}</button></div>
      </div>`;
    }
    return html`${renderRequestError(error, this.o.save)}
      <p class="muted">${this.o.words.kept(error)}</p>`;
  }
}
