import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CrmAccountForImport, CrmUser, ImportContext } from '../../schemas/entities.js';
import type { ImportKind } from '../../store/slices/user-import.js';
import {
  batchSizeOf, checkSeats, defaultSelection, isImportableAccount, isImportableUser, newUsersNeeded, selectAll,
  setForSelected, toggle, userImportItems,
} from '../../rules/import-plan.js';
import { formatNumber, plural } from '../../i18n/format.js';
import { seatsRefusal } from './seats-text.js';
import { VirtualRows } from '../shared/virtual-rows.js';
import {
  byIdOf, indexInBackground, nearestImportable, newDraft, setQuery, shownAt, shownCount, shownImportableIds, type ReviewDraft,
} from './review-draft.js';
import { renderAccountReview, renderUserReview, type ReviewPart } from './review-table.js';
import { ROW_HEIGHT, type ImportParts } from './import-parts.js';

type AnyDraft = ReviewDraft<{ id: string }>;

const userFields = (u: CrmUser) => [u.name, u.email];
const accountFields = (a: CrmAccountForImport) => [a.name];

/**
 * The review step: the looked-up CRM users (or accounts) as a filterable, selectable list with
 * a role and project per user, then "Import Users Now" / "Import Clients Now". One draft per
 * kind, so switching between them keeps each one's filter and choices.
 */
export class ReviewController implements ReactiveController, ReviewPart {
  // About ten rows fit the list's default height; a few more render above and below.
  readonly rows: VirtualRows;
  bulkRole = '';
  bulkProject = '';
  #userDraft: ReviewDraft<CrmUser> | null = null;
  #accountDraft: ReviewDraft<CrmAccountForImport> | null = null;
  /** Why an import was refused before sending; a function, so it renders in the current language. */
  #refusal: Record<ImportKind, (() => string) | null> = { users: null, clients: null };
  #filterTimer: ReturnType<typeof setTimeout> | undefined;
  #scrolled = false;
  #seats: { selected: ReadonlySet<string>; source: unknown; needed: number } | null = null;

  constructor(private readonly parts: ImportParts, private readonly onImportStarted: () => void) {
    this.rows = new VirtualRows(parts.host, { rowHeight: ROW_HEIGHT, initialVisibleRows: 10, overscan: 4 });
    parts.host.addController(this);
  }

  get lookupEmail(): string {
    return this.parts.store()?.state.userImport.lookupEmail ?? '';
  }

  get refusal(): string | null {
    return this.#refusal[this.parts.kind()]?.() ?? null;
  }

  get users(): ReadonlyMap<string, CrmUser> {
    return this.#userDraft ? byIdOf(this.#userDraft) : new Map();
  }

  get accounts(): ReadonlyMap<string, CrmAccountForImport> {
    return this.#accountDraft ? byIdOf(this.#accountDraft) : new Map();
  }

  /** Lists changed under the drafts (an import closed, marking users): keep the filter and choices. */
  hostUpdate(): void {
    const s = this.parts.store()?.state.userImport;
    if (!s) return;
    if (s.users && this.#userDraft?.source !== s.users) {
      this.#userDraft = newDraft(s.users, userFields, isImportableUser, this.#userDraft);
      indexInBackground(this.#userDraft);
    }
    if (s.accounts && this.#accountDraft?.source !== s.accounts) {
      this.#accountDraft = newDraft(s.accounts, accountFields, isImportableAccount, this.#accountDraft);
      indexInBackground(this.#accountDraft);
    }
    if (!s.users) this.#userDraft = null;
    if (!s.accounts) this.#accountDraft = null;
  }

  hostDisconnected(): void {
    clearTimeout(this.#filterTimer);
  }

  render(context: ImportContext): TemplateResult | typeof nothing {
    if (this.parts.kind() === 'users') return this.#userDraft ? renderUserReview(this, this.#userDraft, context) : nothing;
    return this.#accountDraft ? renderAccountReview(this, this.#accountDraft) : nothing;
  }

  /** Another ticket: the lists and every choice made in them go. */
  reset(): void {
    this.#userDraft = null;
    this.#accountDraft = null;
    this.#refusal = { users: null, clients: null };
    this.bulkRole = '';
    this.bulkProject = '';
  }

  /** Back to the top of the list (a new filter, another mode); touches layout only when it was scrolled. */
  resetScroll(): void {
    this.rows.reset(this.#scrolled ? this.parts.host.renderRoot.querySelector<HTMLElement>('.review .vbody') : null);
    this.#scrolled = false;
  }

  /** Back from the results: what can still be imported (the failed ones) is selected, as after a lookup. */
  reselect(): void {
    const s = this.parts.store()?.state.userImport;
    if (!s) return;
    if (this.parts.kind() === 'users' && this.#userDraft && s.users) this.#userDraft.selected = defaultSelection(s.users, isImportableUser);
    if (this.parts.kind() === 'clients' && this.#accountDraft && s.accounts) this.#accountDraft.selected = defaultSelection(s.accounts, isImportableAccount);
    this.resetScroll();
  }

  neededSeats(draft: ReviewDraft<CrmUser>): number {
    const m = this.#seats;
    if (m && m.selected === draft.selected && m.source === draft.source) return m.needed;
    const byId = byIdOf(draft);
    const needed = newUsersNeeded(draft.selected, (id) => byId.get(id)?.inPortal ?? true);
    this.#seats = { selected: draft.selected, source: draft.source, needed };
    return needed;
  }

  #draft(): AnyDraft | null {
    return this.parts.kind() === 'users' ? this.#userDraft : this.#accountDraft;
  }

  #update(): void {
    this.parts.host.requestUpdate();
  }

  readonly onChangeTicket = (): void => this.parts.changeTicket();

  readonly onTableScroll = (e: Event): void => {
    this.#scrolled = (e.currentTarget as HTMLElement).scrollTop > 0;
  };

  readonly onFilter = (e: Event): void => {
    const draft = this.#draft();
    if (!draft) return;
    setQuery(draft, (e.target as HTMLInputElement).value);
    this.resetScroll();
    this.#update();
    clearTimeout(this.#filterTimer);
    this.#filterTimer = setTimeout(() => {
      const d = this.#draft();
      if (!d || !d.query.trim()) return;
      const count = shownCount(d);
      this.parts.announcer.announce(plural(count,
        msg(str`${formatNumber(count)} match.`, { id: 'import.announce.matches.one' }),
        msg(str`${formatNumber(count)} matches.`, { id: 'import.announce.matches.other' })));
    }, 600);
  };

  #setSelected(selected: ReadonlySet<string>): void {
    const draft = this.#draft();
    if (!draft) return;
    draft.selected = selected;
    this.#refusal[this.parts.kind()] = null;
    this.#update();
  }

  readonly onSelectAll = (): void => {
    const draft = this.#draft();
    if (draft) this.#setSelected(selectAll(draft.selected, shownImportableIds(draft)));
  };

  readonly onSelectNone = (): void => this.#setSelected(new Set());

  readonly onTableChange = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    const id = target.dataset['id'];
    const draft = this.#draft();
    if (!id || !draft) return;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      this.#setSelected(toggle(draft.selected, id, target.checked));
      return;
    }
    const context = this.parts.store()?.state.userImport.context;
    if (!context || this.parts.kind() !== 'users') return;
    const patch = target.dataset['field'] === 'role' ? { roleId: target.value } : { projectId: target.value || null };
    draft.choices = setForSelected(draft.choices, [id], patch, context.defaultRoleId);
    this.#update();
  };

  /** Up/Down arrows (and Home/End) move between the rows' checkboxes, scrolling the list as needed. */
  readonly onTableKeydown = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
    const draft = this.#draft();
    if (!draft) return;
    const count = shownCount(draft);
    const pos = Number(target.dataset['pos']);
    // Rows that cannot be selected have a disabled checkbox: the arrows skip them.
    const next = e.key === 'Home' ? nearestImportable(draft, 0, 1)
      : e.key === 'End' ? nearestImportable(draft, count - 1, -1)
        : nearestImportable(draft, pos + (e.key === 'ArrowDown' ? 1 : -1), e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next === pos) return;
    e.preventDefault();
    this.rows.scrollToRow(e.currentTarget as HTMLElement, next);
    this.parts.after.focus(`input[type=checkbox][data-id="${CSS.escape(shownAt(draft, next).id)}"]`);
    this.#update();
  };

  readonly onBulkRole = (e: Event): void => {
    this.bulkRole = (e.target as HTMLSelectElement).value;
    this.#update();
  };

  readonly onBulkProject = (e: Event): void => {
    this.bulkProject = (e.target as HTMLSelectElement).value;
    this.#update();
  };

  readonly onApplyBulk = (): void => {
    const draft = this.#userDraft;
    const context = this.parts.store()?.state.userImport.context;
    if (!draft || !context) return;
    if (!draft.selected.size) return this.#refuse('users', () => msg('Select the users to set a role or project for first.', { id: 'import.refusal.bulk-selection' }));
    if (!this.bulkRole && !this.bulkProject) {
      return this.#refuse('users', () => msg('Choose a User Role or a Working Project to set for the selected users.', { id: 'import.refusal.bulk-choice' }));
    }
    const patch: { roleId?: string; projectId?: string | null } = {};
    if (this.bulkRole) patch.roleId = this.bulkRole;
    if (this.bulkProject) patch.projectId = this.bulkProject === 'none' ? null : this.bulkProject;
    // Users already in the portal keep their role: nothing to set for them.
    const byId = byIdOf(draft);
    const targets = [...draft.selected].filter((id) => byId.get(id)?.inPortal === false);
    draft.choices = setForSelected(draft.choices, targets, patch, context.defaultRoleId);
    this.#refusal.users = null;
    // Back to "keep": the next "Apply to selected" sets only what is chosen then.
    this.bulkRole = '';
    this.bulkProject = '';
    this.parts.announcer.announce(bulkText(context, patch, targets.length));
    this.#update();
  };

  readonly onImport = (): void => {
    const store = this.parts.store();
    const s = store?.state.userImport;
    if (!store || !s?.context) return;
    const kind = this.parts.kind();
    const options = { batchSize: batchSizeOf(this.parts.batchSize()) };
    if (kind === 'users') {
      const draft = this.#userDraft;
      if (!draft || !s.users) return;
      if (!draft.selected.size) return this.#refuse('users', () => msg('Select at least one user to import.', { id: 'import.refusal.no-users' }));
      const seats = checkSeats(s.context.seats, this.neededSeats(draft));
      if (!seats.ok) return this.#refuse('users', () => seatsRefusal(seats.needed, seats.available));
      this.onImportStarted();
      void store.userImport.importUsers(userImportItems(s.users, draft.selected, draft.choices, s.context.defaultRoleId), options);
    } else {
      const draft = this.#accountDraft;
      if (!draft || !s.accounts) return;
      if (!draft.selected.size) return this.#refuse('clients', () => msg('Select at least one CRM account to import.', { id: 'import.refusal.no-accounts' }));
      this.onImportStarted();
      void store.userImport.importClients(s.accounts.filter((a) => draft.selected.has(a.id)).map((a) => ({ accountId: a.id })), options);
    }
    this.#refusal[kind] = null;
  };

  #refuse(kind: ImportKind, reason: () => string): void {
    this.#refusal[kind] = reason;
    this.#update();
  }
}

/** "User Role Manager set for 3 selected users." */
function bulkText(context: ImportContext, patch: { roleId?: string; projectId?: string | null }, count: number): string {
  const n = formatNumber(count);
  const role = patch.roleId ? context.roles.find((r) => r.id === patch.roleId)?.name ?? '' : undefined;
  const project = patch.projectId === undefined ? undefined
    : patch.projectId ? context.projects.find((p) => p.id === patch.projectId)?.name ?? '' : msg('none', { id: 'import.announce.no-project' });
  if (role !== undefined && project !== undefined) {
    return plural(count,
      msg(str`User Role ${role} and Working Project ${project} set for ${n} selected user.`, { id: 'import.announce.bulk-both.one' }),
      msg(str`User Role ${role} and Working Project ${project} set for ${n} selected users.`, { id: 'import.announce.bulk-both.other' }));
  }
  if (role !== undefined) {
    return plural(count,
      msg(str`User Role ${role} set for ${n} selected user.`, { id: 'import.announce.bulk-role.one' }),
      msg(str`User Role ${role} set for ${n} selected users.`, { id: 'import.announce.bulk-role.other' }));
  }
  return plural(count,
    msg(str`Working Project ${project ?? ''} set for ${n} selected user.`, { id: 'import.announce.bulk-project.one' }),
    msg(str`Working Project ${project ?? ''} set for ${n} selected users.`, { id: 'import.announce.bulk-project.other' }));
}
