import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Permission, PermissionSet } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { isNotPermitted } from '../../store/errors.js';
import { STATE, ZpElement } from '../shared/zp-element.js';
import { permissionsStore } from '../../store/area-stores.js';
import { changedProfileIds, type PermissionsState } from '../../store/slices/permissions.js';
import { PERMISSIONS, columnState, rowState, type ToggleState } from '../../rules/permission-rules.js';
import { ZpPermissionsSavedEvent } from '../../events/zp-permissions-saved.js';
import { baseStyles } from '../shared/base.styles.js';
import { Announcer } from '../shared/announcer.js';
import { DraftEditor } from '../shared/draft-editor.js';
import { renderLoading, renderNotConnected, renderNotPermitted } from '../shared/request-views.js';
import { errorText } from '../../i18n/error-text.js';
import { formatList, formatNumber, plural } from '../../i18n/format.js';
import { wordsOf } from '../../i18n/words.js';
import { styles } from './profile-perms.styles.js';

const LOAD = 'getPermissions';
const SAVE = 'savePermissions';

/** The name of a permission, in the active locale (call at render time). */
export const permissionLabel = wordsOf<Permission>({
  tabVisibility: () => msg('Tab Visibility', { id: 'perms.permission.tab-visibility' }),
  view: () => msg('View', { id: 'perms.permission.view' }),
  create: () => msg('Create', { id: 'perms.permission.create' }),
  edit: () => msg('Edit', { id: 'perms.permission.edit' }),
  delete: () => msg('Delete', { id: 'perms.permission.delete' }),
});

/** Grid columns: 0 profile name, 1 whole-row toggle, 2… one per permission. */
const FIRST_PERMISSION_COLUMN = 2;
const LAST_COLUMN = FIRST_PERMISSION_COLUMN + PERMISSIONS.length - 1;
const PAGE_ROWS = 10;

type Selected = readonly [PermissionsState, unknown, unknown];

interface Cell { r: number; c: number }

const users = (n: number) => plural(n,
  msg(str`${formatNumber(n)} user`, { id: 'perms.users.one' }),
  msg(str`${formatNumber(n)} users`, { id: 'perms.users.other' }));

/**
 * The permissions of every CRM profile on the Projects tab: one row per profile, one
 * checkbox per permission ("Tab Visibility", "View", "Create", "Edit", "Delete"), plus
 * whole-row and whole-column toggles that show a mixed state. Implications are kept
 * consistent (Create/Edit/Delete turn on View, View turns on Tab Visibility; clearing
 * View clears Create/Edit/Delete, clearing Tab Visibility clears all).
 *
 * Keyboard: the ARIA grid pattern. The grid is one Tab stop; arrow keys move between
 * checkboxes, Home/End go to the row's first/last, Ctrl+Home/Ctrl+End to the grid's
 * first/last, Page Up/Page Down move ten rows; Space changes the focused checkbox.
 *
 * @tag profile-perms
 * @summary Profile permissions for the Zoho Projects tab, with the "Employee" push result after saving.
 * @attr locale - The language of every element on the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works too).
 * @fires zp-permissions-saved - After "Save" saved; detail `{ pushedAsEmployee, alreadyExisting }`.
 * @fires zp-error - When a request fails (standalone only; inside the setup the container reports it).
 * @csspart base - The element's frame.
 * @csspart grid - The permissions grid.
 * @csspart save-button - The "Save" button.
 * @csspart result - The message with the pushed / already existing user counts.
 * @csspart error - A failed request's message.
 * @cssproperty --zp-color-accent - Accent colour (buttons, unsaved-change marker).
 * @cssproperty --zp-profile-perms-height - Maximum height of the scrolling grid (default 32rem).
 */
export class ProfilePerms extends ZpElement {
  static override styles = [baseStyles, styles];
  static override properties = { _active: STATE };

  /** The grid cell that holds the grid's Tab stop (roving tabindex). */
  declare _active: Cell;

  readonly #data = this.connectStore<Selected>((s) => [s.permissions, s.requests[LOAD], s.requests[SAVE]] as const,
    { create: permissionsStore, onStore: (store) => void store.permissions.load() },
  );
  readonly #announcer = new Announcer(this);
  readonly #editor = new DraftEditor(this, {
    store: () => this.#data.store, actions: (store) => store.permissions, saveKey: SAVE, announcer: this.#announcer,
    saveButton: '[part="save-button"]', save: () => void this.#save(),
    words: {
      noPortal: () => msg(html`<strong>Associate a portal first.</strong> Permissions can be set once a Zoho Projects portal is associated
          with this CRM account (step “Portal configuration”).`, { id: 'perms.no-portal' }),
      reloaded: () => msg('Reloaded the latest permissions; your changes are kept. Press “Save” to save them.', { id: 'perms.announce.reloaded' }),
      conflictKept: () => msg(`Your changes are kept on this page. “Reload” fetches the latest permissions and keeps the profiles you changed;
          then press “Save” again.`, { id: 'perms.conflict-kept' }),
      kept: () => msg('Your changes are kept on this page.', { id: 'perms.kept' }),
    },
  });

  constructor() {
    super();
    this._active = { r: 0, c: FIRST_PERMISSION_COLUMN };
  }

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected('profile-perms');
    const state = store.state.permissions;
    const loadError = store.request(LOAD).error;
    if (isNotPermitted(loadError)) return html`<section part="base">${this.#heading()}${renderNotPermitted()}</section>`;
    return html`<section part="base" aria-labelledby="pp-title">
      ${this.#heading()}
      ${this.#announcer.region()}
      ${loadError ? this.#editor.renderLoadError(loadError) : nothing}
      ${state.doc && state.draft ? this.#renderBody(store, state) : loadError ? nothing : renderLoading(msg('Loading profiles…', { id: 'perms.loading' }))}
    </section>`;
  }

  #heading(): TemplateResult {
    return html`<h2 id="pp-title">${msg('Permissions for CRM users', { id: 'perms.title' })}</h2>
      <p class="muted intro">${msg(`Choose what the users of each CRM profile can do in the Projects tab. When you save, users of
        profiles that can view projects are added to Zoho Projects as “Employee”; users already there keep their role.`, { id: 'perms.intro' })}</p>`;
  }

  #renderBody(store: IntegrationStore, state: PermissionsState): TemplateResult {
    const doc = state.doc!;
    const draft = state.draft!;
    const profiles = doc.profiles.filter((p) => draft[p.profileId]);
    const sets = profiles.map((p) => draft[p.profileId]!);
    const changed = new Set(changedProfileIds(state));
    const saving = store.request(SAVE).pending;
    const saveError = store.request(SAVE).error;
    const active = this.#clamp(this._active, profiles.length);
    const unsaved = changed.size;
    return html`
      <p class="muted help" id="pp-help">${msg('In the grid, use the arrow keys to move between checkboxes and Space to change one.', { id: 'perms.help' })}</p>
      <div class="grid-wrap">
        <table role="grid" part="grid" aria-labelledby="pp-title" aria-describedby="pp-help"
          aria-rowcount=${profiles.length + 1} @keydown=${this.#onKeydown} @focusin=${this.#onFocusin} @change=${this.#onChange}>
          <thead>
            <tr aria-rowindex="1">
              <th scope="col" class="profile">${msg('Profile', { id: 'perms.column.profile' })}</th>
              <th scope="col" class="all">${msg('All', { id: 'perms.column.all' })}</th>
              ${PERMISSIONS.map((p, i) => html`<th scope="col">
                <span class="col-label">${permissionLabel(p)}</span>
                ${this.#checkbox(columnState(sets, p), msg(str`${permissionLabel(p)} – all profiles`, { id: 'perms.label.column' }), { r: 0, c: FIRST_PERMISSION_COLUMN + i }, active, { column: p })}
              </th>`)}
            </tr>
          </thead>
          <tbody>
            ${profiles.map((p, index) => {
              const set = draft[p.profileId]!;
              const r = index + 1;
              return html`<tr aria-rowindex=${r + 1} class=${classMap({ changed: changed.has(p.profileId) })}>
                <th scope="row" class="profile">
                  <span class="name">${p.profileName}</span>
                  <span class="meta">${users(p.userCount)}${changed.has(p.profileId) ? html` · <span class="unsaved-mark">${msg('Unsaved', { id: 'perms.unsaved-mark' })}</span>` : nothing}</span>
                </th>
                <td class="all">${this.#checkbox(rowState(set), msg(str`All permissions – ${p.profileName}`, { id: 'perms.label.row' }), { r, c: 1 }, active, { row: p.profileId })}</td>
                ${PERMISSIONS.map((perm, i) => html`<td>${this.#checkbox(
                  set[perm] ? 'on' : 'off', msg(str`${permissionLabel(perm)} – ${p.profileName}`, { id: 'perms.label.cell' }),
                  { r, c: FIRST_PERMISSION_COLUMN + i }, active, { profile: p.profileId, permission: perm },
                )}</td>`)}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${saveError ? this.#editor.renderSaveError(saveError) : nothing}
      ${state.lastSave && !changed.size && !saveError ? this.#renderResult(state.lastSave) : nothing}
      <div class="actions">
        <button type="button" class="primary" part="save-button" aria-disabled=${saving ? 'true' : 'false'} @click=${this.#save}>${msg('Save', { id: 'perms.save' })}</button>
        ${unsaved ? html`<button type="button" @click=${this.#editor.discard}>${msg('Discard changes', { id: 'perms.discard' })}</button>` : nothing}
        <span class=${classMap({ 'save-state': true, unsaved: unsaved > 0 })}>${saving
          ? msg('Saving…', { id: 'perms.saving' })
          : unsaved
            ? plural(unsaved, msg(str`${formatNumber(unsaved)} profile with unsaved changes`, { id: 'perms.unsaved.one' }),
              msg(str`${formatNumber(unsaved)} profiles with unsaved changes`, { id: 'perms.unsaved.other' }))
            : msg('No unsaved changes', { id: 'perms.no-unsaved' })}</span>
      </div>`;
  }

  #checkbox(
    state: ToggleState, label: string, cell: Cell, active: Cell,
    data: { column?: Permission; row?: string; profile?: string; permission?: Permission },
  ): TemplateResult {
    return html`<input type="checkbox" aria-label=${label}
      tabindex=${cell.r === active.r && cell.c === active.c ? '0' : '-1'}
      data-r=${cell.r} data-c=${cell.c}
      data-column=${data.column ?? nothing} data-row=${data.row ?? nothing}
      data-profile=${data.profile ?? nothing} data-permission=${data.permission ?? nothing}
      .checked=${live(state === 'on')} .indeterminate=${live(state === 'mixed')}>`;
  }

  #renderResult(result: { pushedAsEmployee: number; alreadyExisting: number }): TemplateResult {
    return html`<div class="notice success" part="result">
      <p>${this.#resultText(result)}</p>
    </div>`;
  }

  /** "Permissions saved." with how many users were pushed into Zoho Projects and how many were there already. */
  #resultText({ pushedAsEmployee, alreadyExisting }: { pushedAsEmployee: number; alreadyExisting: number }): string {
    const pushed = plural(pushedAsEmployee,
      msg(str`${formatNumber(pushedAsEmployee)} CRM user was pushed into Zoho Projects as “Employee”.`, { id: 'perms.pushed.one' }),
      msg(str`${formatNumber(pushedAsEmployee)} CRM users were pushed into Zoho Projects as “Employee”.`, { id: 'perms.pushed.other' }));
    const existing = plural(alreadyExisting,
      msg(str`${formatNumber(alreadyExisting)} already existed there and kept their role.`, { id: 'perms.existing.one' }),
      msg(str`${formatNumber(alreadyExisting)} already existed there and kept their role.`, { id: 'perms.existing.other' }));
    return msg(str`Permissions saved. ${pushed} ${existing}`, { id: 'perms.saved' });
  }

  #clamp(cell: Cell, rows: number): Cell {
    return { r: Math.min(Math.max(cell.r, 0), rows), c: Math.min(Math.max(cell.c, cell.r === 0 ? FIRST_PERMISSION_COLUMN : 1), LAST_COLUMN) };
  }

  #cellElement(cell: Cell): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`input[data-r="${cell.r}"][data-c="${cell.c}"]`);
  }

  #onFocusin(e: FocusEvent): void {
    const t = e.target as HTMLElement;
    if (t.dataset['r'] === undefined) return;
    const cell = { r: Number(t.dataset['r']), c: Number(t.dataset['c']) };
    if (cell.r !== this._active.r || cell.c !== this._active.c) this._active = cell;
  }

  #onKeydown(e: KeyboardEvent): void {
    const t = e.target as HTMLElement;
    if (t.dataset['r'] === undefined) return;
    const rows = this.#data.store?.state.permissions.doc?.profiles.length ?? 0;
    const from = { r: Number(t.dataset['r']), c: Number(t.dataset['c']) };
    let to: Cell | null = null;
    switch (e.key) {
      case 'ArrowUp': to = { r: from.r - 1, c: from.c }; break;
      case 'ArrowDown': to = { r: from.r + 1, c: from.c }; break;
      case 'ArrowLeft': to = { r: from.r, c: from.c - 1 }; break;
      case 'ArrowRight': to = { r: from.r, c: from.c + 1 }; break;
      case 'PageUp': to = { r: Math.max(from.r - PAGE_ROWS, 0), c: from.c }; break;
      case 'PageDown': to = { r: Math.min(from.r + PAGE_ROWS, rows), c: from.c }; break;
      case 'Home': to = e.ctrlKey ? { r: 0, c: FIRST_PERMISSION_COLUMN } : { r: from.r, c: from.r === 0 ? FIRST_PERMISSION_COLUMN : 1 }; break;
      case 'End': to = e.ctrlKey ? { r: rows, c: LAST_COLUMN } : { r: from.r, c: LAST_COLUMN }; break;
      default: return;
    }
    e.preventDefault();
    // The header row has no checkbox in the first columns: moving up there lands on the nearest one.
    const target = this.#cellElement(to) ?? (to.r === 0 && to.r !== from.r ? this.#cellElement({ r: 0, c: FIRST_PERMISSION_COLUMN }) : null);
    if (!target) return;
    target.focus();
  }

  #onChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    const store = this.#data.store;
    if (!store) return;
    const { column, row, profile, permission } = input.dataset;
    if (column) {
      store.permissions.toggleColumn(column as Permission);
      this.#announceColumn(column as Permission);
    } else if (row) {
      store.permissions.toggleRow(row);
      const set = store.state.permissions.draft?.[row];
      const name = store.state.permissions.doc?.profiles.find((p) => p.profileId === row)?.profileName ?? '';
      this.#announcer.announce(set && rowState(set) === 'on'
        ? msg(str`All permissions on for ${name}.`, { id: 'perms.announce.row-on' })
        : msg(str`All permissions off for ${name}.`, { id: 'perms.announce.row-off' }));
    } else if (profile && permission) {
      const before = store.state.permissions.draft?.[profile];
      store.permissions.set(profile, permission as Permission, input.checked);
      const after = store.state.permissions.draft?.[profile];
      if (before && after) this.#announceImplied(before, after, permission as Permission);
    }
  }

  /** Says what else changed with a checkbox, since only the focused one is read out. */
  #announceImplied(before: PermissionSet, after: PermissionSet, changed: Permission): void {
    const others = PERMISSIONS.filter((p) => p !== changed && before[p] !== after[p]);
    if (!others.length) return;
    const names = formatList(others.map((p) => permissionLabel(p)));
    this.#announcer.announce(after[others[0]!]
      ? msg(str`${names} turned on too.`, { id: 'perms.announce.implied-on' })
      : msg(str`${names} turned off too.`, { id: 'perms.announce.implied-off' }));
  }

  #announceColumn(permission: Permission): void {
    const draft = this.#data.store?.state.permissions.draft ?? {};
    const state = columnState(Object.values(draft), permission);
    this.#announcer.announce(state === 'on'
      ? msg(str`${permissionLabel(permission)} on for all profiles.`, { id: 'perms.announce.column-on' })
      : msg(str`${permissionLabel(permission)} off for all profiles.`, { id: 'perms.announce.column-off' }));
  }

  async #save(): Promise<void> {
    const store = this.#data.store;
    if (!store?.state.permissions.doc || store.request(SAVE).pending) return;
    // The event goes out before the status refresh: inside the setup, that refresh moves the
    // flow on and may remove this element, and a removed element's event reaches no one.
    const result = await store.permissions.saveDraft({
      onSaved: ({ pushedAsEmployee, alreadyExisting }) =>
        this.dispatchEvent(new ZpPermissionsSavedEvent({ pushedAsEmployee, alreadyExisting })),
    });
    if (result.ok) {
      const { pushedAsEmployee, alreadyExisting } = result.value;
      this.#announcer.announce(this.#resultText({ pushedAsEmployee, alreadyExisting }));
    } else {
      this.#announcer.announce(msg(str`Permissions not saved. ${errorText(result.error)}`, { id: 'perms.announce.not-saved' }));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-perms': ProfilePerms;
  }
}
