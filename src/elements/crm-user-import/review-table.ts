/** The review step: every CRM user (or account) with selection, filter, bulk choices and the seat count. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { CrmAccountForImport, CrmUser, ImportContext } from '../../schemas/entities.js';
import { availableSeats, choiceFor } from '../../rules/import-plan.js';
import type { VirtualRows } from '../shared/virtual-rows.js';
import { shownAt, shownCount, type ReviewDraft } from './review-draft.js';
import { renderVirtualTable, type TableColumn } from '../shared/virtual-table.js';
import { formatNumber, plural } from '../../i18n/format.js';

/** What the review views read and call: the review controller (review.ts). */
export interface ReviewPart {
  readonly rows: VirtualRows;
  /** The CRM account the lists were looked up with. */
  readonly lookupEmail: string;
  /** Why an import was refused before sending, in the current language. */
  readonly refusal: string | null;
  readonly bulkRole: string;
  readonly bulkProject: string;
  /** New portal users the selection needs seats for. */
  neededSeats(draft: ReviewDraft<CrmUser>): number;
  onFilter(e: Event): void;
  onSelectAll(): void;
  onSelectNone(): void;
  onTableChange(e: Event): void;
  onTableKeydown(e: KeyboardEvent): void;
  onTableScroll(e: Event): void;
  onImport(): void;
  onChangeTicket(): void;
  onBulkRole(e: Event): void;
  onBulkProject(e: Event): void;
  onApplyBulk(): void;
}

const userColumns = (): readonly TableColumn[] => [
  { header: msg('Select', { id: 'import.col.select' }), className: 'c-select', hiddenHeader: true },
  { header: msg('Name', { id: 'import.col.name' }), className: 'c-name' },
  { header: msg('Email address', { id: 'import.email' }), className: 'c-email' },
  { header: msg('CRM profile', { id: 'import.col.profile' }), className: 'c-profile' },
  { header: msg('User Role', { id: 'import.user-role' }), className: 'c-role' },
  { header: msg('Working Project', { id: 'import.working-project' }), className: 'c-project' },
];

const accountColumns = (): readonly TableColumn[] => [
  { header: msg('Select', { id: 'import.col.select' }), className: 'c-select', hiddenHeader: true },
  { header: msg('CRM account (client)', { id: 'import.col.account' }), className: 'c-name' },
  { header: msg('Contacts (client users)', { id: 'import.col.contacts' }), className: 'c-contacts' },
];

function renderHead(title: string, source: TemplateResult, onChangeTicket: () => void): TemplateResult {
  return html`<div class="step-head">
    <h3 id="review-title" tabindex="-1">${title}</h3>
    <p class="muted">${source}</p>
    <button type="button" class="link" part="change-ticket" @click=${onChangeTicket}>${msg('Change the ZSC Ticket', { id: 'import.change-ticket' })}</button>
  </div>`;
}

const selectLabel = (name: string) => msg(str`Select ${name}`, { id: 'import.select-one' });

const emailOf = (lookupEmail: string) => html`<strong class="email">${lookupEmail}</strong>`;

/** "Showing 24 of 25 CRM users · 1 selected". */
function countText(kind: 'users' | 'accounts', shown: number, total: number, selected: number): string {
  const s = formatNumber(shown);
  const t = formatNumber(total);
  const showing = kind === 'users'
    ? plural(total,
      msg(str`Showing ${s} of ${t} CRM user`, { id: 'import.count.users.one' }),
      msg(str`Showing ${s} of ${t} CRM users`, { id: 'import.count.users.other' }))
    : plural(total,
      msg(str`Showing ${s} of ${t} CRM account`, { id: 'import.count.accounts.one' }),
      msg(str`Showing ${s} of ${t} CRM accounts`, { id: 'import.count.accounts.other' }));
  return `${showing} · ${msg(str`${formatNumber(selected)} selected`, { id: 'import.count.selected' })}`;
}

function renderToolbar(v: ReviewPart, draft: ReviewDraft<{ id: string }>, kind: 'users' | 'accounts', placeholder: string): TemplateResult {
  const total = draft.source.length;
  const shown = shownCount(draft);
  return html`<div class="toolbar" part="toolbar">
    <div class="filter">
      <label for="filter">${msg('Filter', { id: 'import.filter' })}</label>
      <input id="filter" type="search" autocomplete="off" spellcheck="false" placeholder=${placeholder}
        .value=${draft.query} aria-describedby="list-count" @input=${v.onFilter}>
    </div>
    <div class="select-buttons">
      <button type="button" @click=${v.onSelectAll}>${msg('Select all', { id: 'import.select-all' })}</button>
      <button type="button" @click=${v.onSelectNone}>${msg('Select none', { id: 'import.select-none' })}</button>
    </div>
    <p id="list-count" class="muted count">${countText(kind, shown, total, draft.selected.size)}</p>
  </div>`;
}

function renderRefusal(refusal: string | null): TemplateResult | typeof nothing {
  return refusal ? html`<div class="notice error" role="alert" part="refusal"><p>${refusal}</p></div>` : nothing;
}

function seatsText(available: number, context: ImportContext): TemplateResult {
  const a = html`<strong>${formatNumber(available)}</strong>`;
  const total = formatNumber(context.seats.total);
  const used = formatNumber(context.seats.used);
  return msg(html`Available seats: ${a} of ${total} (${used} in use). Users already in the portal take no new seat.`, { id: 'import.seats' });
}

function selectionText(selected: number, needed: number, available: number, over: boolean): string {
  const s = formatNumber(selected);
  const n = formatNumber(needed);
  const a = formatNumber(available);
  if (over) {
    return plural(needed,
      msg(str`${s} selected; ${n} new user needs a seat, only ${a} available.`, { id: 'import.selection.over.one' }),
      msg(str`${s} selected; ${n} new users need seats, only ${a} available.`, { id: 'import.selection.over.other' }));
  }
  return plural(needed,
    msg(str`${s} selected; ${n} new user needs a seat.`, { id: 'import.selection.one' }),
    msg(str`${s} selected; ${n} new users need seats.`, { id: 'import.selection.other' }));
}

export function renderUserReview(v: ReviewPart, draft: ReviewDraft<CrmUser>, context: ImportContext): TemplateResult {
  const available = availableSeats(context.seats);
  const needed = v.neededSeats(draft);
  const over = needed > available;
  const noProject = msg('No project', { id: 'import.no-project' });
  return html`<div class="review" part="review">
    ${renderHead(msg('Portal Users', { id: 'import.mode.users' }),
      msg(html`CRM users of the CRM account ${emailOf(v.lookupEmail)}.`, { id: 'import.review.source.users' }), v.onChangeTicket)}
    <p class="seats" part="seats" id="seats">${seatsText(available, context)}</p>
    ${renderToolbar(v, draft, 'users', msg('Name or email', { id: 'import.filter.placeholder.users' }))}
    <fieldset class="bulk" part="bulk">
      <legend>${msg('For all selected users', { id: 'import.bulk.legend' })}</legend>
      <label>${msg('User Role', { id: 'import.user-role' })}
        <select id="bulk-role" @change=${v.onBulkRole}>
          <option value="" .selected=${live(v.bulkRole === '')}>${msg("Keep each user's role", { id: 'import.bulk.keep-role' })}</option>
          ${context.roles.map((r) => html`<option value=${r.id} .selected=${live(v.bulkRole === r.id)}>${r.name}</option>`)}
        </select>
      </label>
      <label>${msg('Working Project', { id: 'import.working-project' })}
        <select id="bulk-project" @change=${v.onBulkProject}>
          <option value="" .selected=${live(v.bulkProject === '')}>${msg("Keep each user's project", { id: 'import.bulk.keep-project' })}</option>
          <option value="none" .selected=${live(v.bulkProject === 'none')}>${noProject}</option>
          ${context.projects.map((p) => html`<option value=${p.id} .selected=${live(v.bulkProject === p.id)}>${p.name}</option>`)}
        </select>
      </label>
      <button type="button" @click=${v.onApplyBulk}>${msg('Apply to selected', { id: 'import.bulk.apply' })}</button>
    </fieldset>
    ${shownCount(draft)
      ? renderReviewTable(v, draft, { id: 'user-table', label: msg('CRM users', { id: 'import.table.users' }), layout: 'users-grid', columns: userColumns() }, (pos) => {
          const u = shownAt(draft, pos);
          const c = choiceFor(draft.choices, u.id, context.defaultRoleId);
          return html`<div role="cell" class="cell c-select"><input type="checkbox" data-pos=${pos} data-id=${u.id}
              .checked=${draft.selected.has(u.id)} ?disabled=${!draft.importable(u)} aria-label=${selectLabel(u.name)}></div>
            <div role="cell" class="cell c-name"><span class="text">${u.name}</span></div>
            <div role="cell" class="cell c-email"><span class="text">${u.email || html`<span class="muted">${msg('No email address', { id: 'import.no-email' })}</span>`}</span></div>
            <div role="cell" class="cell c-profile"><span class="text">${u.profile}<span class="muted"> · ${u.role}</span></span></div>
            ${u.inPortal
              ? html`<div role="cell" class="cell c-kept" aria-colspan="2"><span class="badge" part="badge">${msg('Already a portal user', { id: 'import.badge.user' })}</span>
                  <span class="muted text">${msg('role kept', { id: 'import.role-kept' })}</span></div>`
              : html`<div role="cell" class="cell c-role"><select data-id=${u.id} data-field="role" aria-label=${msg(str`User Role for ${u.name}`, { id: 'import.role-for' })}>
                  ${context.roles.map((r) => html`<option value=${r.id} .selected=${live(r.id === c.roleId)}>${r.name}</option>`)}
                </select></div>
                <div role="cell" class="cell c-project"><select data-id=${u.id} data-field="project" aria-label=${msg(str`Working Project for ${u.name}`, { id: 'import.project-for' })}>
                  <option value="" .selected=${live(c.projectId === null)}>${noProject}</option>
                  ${context.projects.map((p) => html`<option value=${p.id} .selected=${live(p.id === c.projectId)}>${p.name}</option>`)}
                </select></div>`}`;
        })
      : renderEmpty(draft.query, 'users')}
    <div class="actions import-actions">
      <button type="button" class="primary" part="import" @click=${v.onImport}
        aria-describedby="selection-summary">${msg('Import Users Now', { id: 'import.import-now' })}</button>
      <span id="selection-summary" class=${over ? 'over' : 'muted'}>${selectionText(draft.selected.size, needed, available, over)}</span>
    </div>
    ${renderRefusal(v.refusal)}
  </div>`;
}

/** A review list: the shown records of a draft, keyed by id, with the review's handlers. */
function renderReviewTable<T extends { readonly id: string }>(
  v: ReviewPart, draft: ReviewDraft<T>, table: { id: string; label: string; layout: string; columns: readonly TableColumn[] }, cells: (pos: number) => TemplateResult,
): TemplateResult {
  return renderVirtualTable({
    ...table,
    part: 'table',
    rows: v.rows,
    count: shownCount(draft),
    keyAt: (pos) => shownAt(draft, pos).id,
    onChange: (e) => v.onTableChange(e),
    onKeydown: (e) => v.onTableKeydown(e),
    onScroll: (e) => v.onTableScroll(e),
    cells,
  });
}

/** An empty list: nothing matches the filter, or the CRM account has nothing to import at all. */
function renderEmpty(query: string, kind: 'users' | 'accounts'): TemplateResult {
  const text = query.trim()
    ? kind === 'users'
      ? msg(str`No CRM user matches “${query}”.`, { id: 'import.empty.filter.users' })
      : msg(str`No CRM account matches “${query}”.`, { id: 'import.empty.filter.accounts' })
    : kind === 'users'
      ? msg('The CRM account has no users to import.', { id: 'import.empty.users' })
      : msg('The CRM account has no accounts to import.', { id: 'import.empty.accounts' });
  return html`<p class="empty muted" part="empty">${text}</p>`;
}

export function renderAccountReview(v: ReviewPart, draft: ReviewDraft<CrmAccountForImport>): TemplateResult {
  const selected = draft.selected.size;
  return html`<div class="review" part="review">
    ${renderHead(msg('Client Users', { id: 'import.mode.clients' }),
      msg(html`CRM accounts of the CRM account ${emailOf(v.lookupEmail)}.`, { id: 'import.review.source.accounts' }), v.onChangeTicket)}
    <p class="muted">${msg('Each selected CRM account becomes a client of the portal, and its contacts become client users.', { id: 'import.review.accounts-note' })}</p>
    ${renderToolbar(v, draft, 'accounts', msg('Account name', { id: 'import.filter.placeholder.accounts' }))}
    ${shownCount(draft)
      ? renderReviewTable(v, draft, { id: 'account-table', label: msg('CRM accounts', { id: 'import.table.accounts' }), layout: 'accounts-grid', columns: accountColumns() }, (pos) => {
          const a = shownAt(draft, pos);
          const contacts = formatNumber(a.contactCount);
          return html`<div role="cell" class="cell c-select"><input type="checkbox" data-pos=${pos} data-id=${a.id}
              .checked=${draft.selected.has(a.id)} ?disabled=${!draft.importable(a)} aria-label=${selectLabel(a.name)}></div>
            <div role="cell" class="cell c-name"><span class="text">${a.name}</span>${a.alreadyClient
              ? html`<span class="badge" part="badge">${msg('Already a client', { id: 'import.result.existing-client' })}</span>` : nothing}</div>
            <div role="cell" class="cell c-contacts">${plural(a.contactCount,
              msg(str`${contacts} contact`, { id: 'import.contacts.one' }),
              msg(str`${contacts} contacts`, { id: 'import.contacts.other' }))}</div>`;
        })
      : renderEmpty(draft.query, 'accounts')}
    <div class="actions import-actions">
      <button type="button" class="primary" part="import" @click=${v.onImport}
        aria-describedby="selection-summary">${msg('Import Clients Now', { id: 'import.import-clients-now' })}</button>
      <span id="selection-summary" class="muted">${plural(selected,
        msg(str`${formatNumber(selected)} account selected.`, { id: 'import.selection.accounts.one' }),
        msg(str`${formatNumber(selected)} accounts selected.`, { id: 'import.selection.accounts.other' }))}</span>
    </div>
    ${renderRefusal(v.refusal)}
  </div>`;
}
