/**
 * The first step of the tab's "New Project": what the project is created from. A Deal or an
 * Account, chosen in a searchable picker (a combobox: type, arrows, Enter or a click), then the
 * record page's own form prefilled through the field mapping; or no record, then an empty form.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { CrmModule, RecordChoices } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { TAB_KEYS } from '../../store/slices/projects-tab.js';
import { buildSearchIndex, filterIndex } from '../../rules/import-plan.js';
import { formatNumber } from '../../i18n/format.js';
import type { AfterUpdate } from '../shared/after-update.js';
import { renderLoading } from '../shared/request-views.js';
import { cancelLabel, renderFailure } from '../projects-related-list/record-texts.js';

type Choice = RecordChoices['records'][number];
export type LinkKind = CrmModule | 'none';
/** What "Continue" starts: a form linked to a record, or (null) to none. */
export type LinkChoice = { module: CrmModule; id: string; name: string } | null;

/** Matches shown at once; the search narrows the rest down. */
const SHOWN = 50;

export class NewProjectChooser {
  isOpen = false;
  kind: LinkKind = 'deals';
  query = '';
  chosen: Choice | null = null;
  #active = -1;
  #missing = false;
  #index: { of: readonly Choice[]; keys: string[] } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => IntegrationStore | undefined,
    private readonly after: AfterUpdate,
    private readonly start: (choice: LinkChoice) => void,
  ) {}

  show(): void {
    this.isOpen = true;
    this.#missing = false;
    this.after.focus('#pt-new-title', { waitForTarget: true });
    this.#load();
    this.host.requestUpdate();
  }

  readonly close = (): void => {
    this.isOpen = false;
    this.after.focus('#pt-new', { waitForTarget: true });
    this.host.requestUpdate();
  };

  #load(): void {
    const store = this.store();
    if (!store || this.kind === 'none' || store.state.projectsTab.choices[this.kind]) return;
    void store.projectsTab.loadChoices(this.kind);
  }

  #setKind(kind: LinkKind): void {
    this.kind = kind;
    this.query = '';
    this.chosen = null;
    this.#active = -1;
    this.#missing = false;
    this.#load();
    this.host.requestUpdate();
  }

  #matches(choices: readonly Choice[]): number[] {
    if (this.#index?.of !== choices) this.#index = { of: choices, keys: buildSearchIndex(choices, (c) => [c.name]) };
    return filterIndex(this.#index.keys, this.query) ?? choices.map((_, i) => i);
  }

  #choose(choice: Choice): void {
    this.chosen = choice;
    this.query = choice.name;
    this.#active = -1;
    this.#missing = false;
    this.host.requestUpdate();
  }

  readonly #continue = (e: Event): void => {
    e.preventDefault();
    if (this.kind === 'none') {
      this.isOpen = false;
      this.start(null);
      return;
    }
    if (!this.chosen) {
      this.#missing = true;
      this.after.focus('#pt-record');
      this.host.requestUpdate();
      return;
    }
    this.isOpen = false;
    this.start({ module: this.kind, id: this.chosen.id, name: this.chosen.name });
  };

  #onKey(e: KeyboardEvent, shown: readonly Choice[]): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.#active = Math.max(0, Math.min(shown.length - 1, this.#active + step));
      this.host.requestUpdate();
    } else if (e.key === 'Enter' && this.#active >= 0 && shown[this.#active]) {
      e.preventDefault();
      this.#choose(shown[this.#active]!);
    }
  }

  render(): TemplateResult | typeof nothing {
    if (!this.isOpen) return nothing;
    const kinds: [LinkKind, string][] = [
      ['deals', msg('A Deal', { id: 'tab.new.deal' })],
      ['accounts', msg('An Account', { id: 'tab.new.account' })],
      ['none', msg('No record', { id: 'tab.new.none' })],
    ];
    return html`<section class="form-panel" part="new-project-chooser" aria-labelledby="pt-new-title">
      <h3 id="pt-new-title" tabindex="-1">${msg('New Project', { id: 'records.new-project' })}</h3>
      <form novalidate @submit=${this.#continue}>
        <fieldset class="kinds">
          <legend>${msg('Create the project from', { id: 'tab.new.from' })}</legend>
          ${kinds.map(([kind, label]) => html`<label><input type="radio" name="pt-kind" .value=${kind} .checked=${live(this.kind === kind)}
            @change=${() => this.#setKind(kind)}> ${label}</label>`)}
        </fieldset>
        ${this.kind === 'none'
          ? html`<p class="muted">${msg('The project is linked to no Deal or Account; you fill in its fields.', { id: 'tab.new.none-note' })}</p>`
          : this.#renderPicker(this.kind)}
        <div class="actions">
          <button type="submit" class="primary">${msg('Continue', { id: 'tab.new.continue' })}</button>
          <button type="button" @click=${this.close}>${cancelLabel()}</button>
        </div>
      </form>
    </section>`;
  }

  #renderPicker(module: CrmModule): TemplateResult {
    const store = this.store()!;
    const choices = store.state.projectsTab.choices[module];
    const req = store.request(TAB_KEYS.choices(module));
    if (!choices) {
      return req.error ? html`${renderFailure(req.error, module, () => this.#load())}` : renderLoading();
    }
    const matches = this.#matches(choices);
    const shown = matches.slice(0, SHOWN).map((i) => choices[i]!);
    const label = module === 'deals' ? msg('Deal', { id: 'tab.new.deal-label' }) : msg('Account', { id: 'tab.new.account-label' });
    const active = shown[this.#active];
    return html`<div class="picker">
      <label for="pt-record">${label} *</label>
      <input id="pt-record" type="text" role="combobox" autocomplete="off" aria-autocomplete="list" aria-controls="pt-record-list"
        aria-expanded="true" aria-required="true" aria-invalid=${this.#missing ? 'true' : 'false'} aria-describedby=${this.#missing ? 'pt-record-error' : nothing}
        aria-activedescendant=${active ? `pt-choice-${active.id}` : nothing} .value=${live(this.query)}
        @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; this.chosen = null; this.#active = -1; this.host.requestUpdate(); }}
        @keydown=${(e: KeyboardEvent) => this.#onKey(e, shown)}>
      ${this.#missing ? html`<p class="field-error" id="pt-record-error">${module === 'deals'
        ? msg('Choose a deal.', { id: 'tab.new.choose-deal' })
        : msg('Choose an account.', { id: 'tab.new.choose-account' })}</p>` : nothing}
      <ul id="pt-record-list" role="listbox" aria-label=${label} class="choices">
        ${shown.map((c, i) => html`<li role="option" id="pt-choice-${c.id}" aria-selected=${this.chosen?.id === c.id ? 'true' : 'false'}
          class=${i === this.#active ? 'active' : ''} @click=${() => this.#choose(c)}>${c.name}</li>`)}
      </ul>
      <p class="muted" role="status">${matches.length > SHOWN
        ? msg(str`${formatNumber(SHOWN)} of ${formatNumber(matches.length)} shown: type to narrow the list.`, { id: 'tab.new.more' })
        : matches.length ? nothing : msg('Nothing matches.', { id: 'tab.new.no-match' })}</p>
    </div>`;
  }
}
