/** The review step: every CRM user (or account) with selection, filter, bulk choices and the seat count. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CrmAccountForImport, CrmUser, ImportContext } from '../../schemas/entities.js';
import { availableSeats, choiceFor } from '../../rules/import-plan.js';
import type { VirtualRows } from '../shared/virtual-rows.js';
import { shownAt, shownCount, type ReviewDraft } from './review-draft.js';
import { renderVirtualTable, type TableColumn } from './virtual-table.js';
import { n } from './format.js';

export interface ReviewHandlers {
  onFilter: (e: Event) => void;
  onSelectAll: () => void;
  onSelectNone: () => void;
  onTableChange: (e: Event) => void;
  onTableKeydown: (e: KeyboardEvent) => void;
  onTableScroll: (e: Event) => void;
  onImport: () => void;
  onChangeTicket: () => void;
}

export interface UserReviewView extends ReviewHandlers {
  draft: ReviewDraft<CrmUser>;
  context: ImportContext;
  lookupEmail: string;
  rows: VirtualRows;
  /** Selected users that would take a new seat. */
  needed: number;
  /** Why the import was refused before sending (seats, nothing selected). */
  refusal: string | null;
  bulkRole: string;
  bulkProject: string;
  onBulkRole: (e: Event) => void;
  onBulkProject: (e: Event) => void;
  onApplyBulk: () => void;
}

export interface AccountReviewView extends ReviewHandlers {
  draft: ReviewDraft<CrmAccountForImport>;
  lookupEmail: string;
  rows: VirtualRows;
  refusal: string | null;
}


const USER_COLUMNS: readonly TableColumn[] = [
  { header: 'Select', className: 'c-select', hiddenHeader: true },
  { header: 'Name', className: 'c-name' },
  { header: 'Email address', className: 'c-email' },
  { header: 'CRM profile', className: 'c-profile' },
  { header: 'User Role', className: 'c-role' },
  { header: 'Working Project', className: 'c-project' },
];

const ACCOUNT_COLUMNS: readonly TableColumn[] = [
  { header: 'Select', className: 'c-select', hiddenHeader: true },
  { header: 'CRM account (client)', className: 'c-name' },
  { header: 'Contacts (client users)', className: 'c-contacts' },
];

function renderHead(title: string, lookupEmail: string, onChangeTicket: () => void, what: string): TemplateResult {
  return html`<div class="step-head">
    <h3 id="review-title" tabindex="-1">${title}</h3>
    <p class="muted">${what} of the CRM account <strong class="email">${lookupEmail}</strong>.</p>
    <button type="button" class="link" part="change-ticket" @click=${onChangeTicket}>Change the ZSC Ticket</button>
  </div>`;
}

function renderToolbar(v: ReviewHandlers & { draft: ReviewDraft<{ id: string }> }, noun: string, placeholder: string): TemplateResult {
  const total = v.draft.source.length;
  const shown = shownCount(v.draft);
  return html`<div class="toolbar" part="toolbar">
    <div class="filter">
      <label for="filter">Filter</label>
      <input id="filter" type="search" autocomplete="off" spellcheck="false" placeholder=${placeholder}
        .value=${v.draft.query} aria-describedby="list-count" @input=${v.onFilter}>
    </div>
    <div class="select-buttons">
      <button type="button" @click=${v.onSelectAll}>Select all</button>
      <button type="button" @click=${v.onSelectNone}>Select none</button>
    </div>
    <p id="list-count" class="muted count">Showing ${n(shown)} of ${n(total)} ${noun} · ${n(v.draft.selected.size)} selected</p>
  </div>`;
}

function renderRefusal(refusal: string | null): TemplateResult | typeof nothing {
  return refusal ? html`<div class="notice error" role="alert" part="refusal"><p>${refusal}</p></div>` : nothing;
}

export function renderUserReview(v: UserReviewView): TemplateResult {
  const { context, draft } = v;
  const available = availableSeats(context.seats);
  const over = v.needed > available;
  return html`<div class="review" part="review">
    ${renderHead('Portal Users', v.lookupEmail, v.onChangeTicket, 'CRM users')}
    <p class="seats" part="seats" id="seats">Available seats: <strong>${n(available)}</strong> of ${n(context.seats.total)}
      (${n(context.seats.used)} in use). Users already in the portal take no new seat.</p>
    ${renderToolbar(v, 'CRM users', 'Name or email')}
    <fieldset class="bulk" part="bulk">
      <legend>For all selected users</legend>
      <label>User Role
        <select id="bulk-role" @change=${v.onBulkRole}>
          <option value="" .selected=${live(v.bulkRole === '')}>Keep each user's role</option>
          ${context.roles.map((r) => html`<option value=${r.id} .selected=${live(v.bulkRole === r.id)}>${r.name}</option>`)}
        </select>
      </label>
      <label>Working Project
        <select id="bulk-project" @change=${v.onBulkProject}>
          <option value="" .selected=${live(v.bulkProject === '')}>Keep each user's project</option>
          <option value="none" .selected=${live(v.bulkProject === 'none')}>No project</option>
          ${context.projects.map((p) => html`<option value=${p.id} .selected=${live(v.bulkProject === p.id)}>${p.name}</option>`)}
        </select>
      </label>
      <button type="button" @click=${v.onApplyBulk}>Apply to selected</button>
    </fieldset>
    ${shownCount(draft)
      ? renderVirtualTable({
        id: 'user-table',
        label: 'CRM users',
        part: 'table',
        layout: 'users-grid',
        columns: USER_COLUMNS,
        rows: v.rows,
        count: shownCount(draft),
        keyAt: (pos) => shownAt(draft, pos).id,
        onChange: v.onTableChange,
        onKeydown: v.onTableKeydown,
        onScroll: v.onTableScroll,
        cells: (pos) => {
          const u = shownAt(draft, pos);
          const c = choiceFor(draft.choices, u.id, context.defaultRoleId);
          return html`<div role="cell" class="cell c-select"><input type="checkbox" data-pos=${pos} data-id=${u.id}
              .checked=${draft.selected.has(u.id)} aria-label=${`Select ${u.name}`}></div>
            <div role="cell" class="cell c-name"><span class="text">${u.name}</span></div>
            <div role="cell" class="cell c-email"><span class="text">${u.email || html`<span class="muted">No email address</span>`}</span></div>
            <div role="cell" class="cell c-profile"><span class="text">${u.profile}<span class="muted"> · ${u.role}</span></span></div>
            ${u.inPortal
              ? html`<div role="cell" class="cell c-kept" aria-colspan="2"><span class="badge" part="badge">Already a portal user</span>
                  <span class="muted text">role kept</span></div>`
              : html`<div role="cell" class="cell c-role"><select data-id=${u.id} data-field="role" aria-label=${`User Role for ${u.name}`}>
                  ${context.roles.map((r) => html`<option value=${r.id} .selected=${live(r.id === c.roleId)}>${r.name}</option>`)}
                </select></div>
                <div role="cell" class="cell c-project"><select data-id=${u.id} data-field="project" aria-label=${`Working Project for ${u.name}`}>
                  <option value="" .selected=${live(c.projectId === null)}>No project</option>
                  ${context.projects.map((p) => html`<option value=${p.id} .selected=${live(p.id === c.projectId)}>${p.name}</option>`)}
                </select></div>`}`;
        },
      })
      : renderEmpty(draft.query, 'CRM user', 'users')}
    <div class="actions import-actions">
      <button type="button" class="primary" part="import" @click=${v.onImport}
        aria-describedby="selection-summary">Import Users Now</button>
      <span id="selection-summary" class=${over ? 'over' : 'muted'}>${n(draft.selected.size)} selected;
        ${n(v.needed)} new ${v.needed === 1 ? 'user needs a seat' : 'users need seats'}${over ? `, only ${n(available)} available` : ''}.</span>
    </div>
    ${renderRefusal(v.refusal)}
  </div>`;
}

/** An empty list: nothing matches the filter, or the CRM account has nothing to import at all. */
function renderEmpty(query: string, noun: string, plural: string): TemplateResult {
  return html`<p class="empty muted" part="empty">${query.trim()
    ? `No ${noun} matches “${query}”.`
    : `The CRM account has no ${plural} to import.`}</p>`;
}

export function renderAccountReview(v: AccountReviewView): TemplateResult {
  const { draft } = v;
  return html`<div class="review" part="review">
    ${renderHead('Client Users', v.lookupEmail, v.onChangeTicket, 'CRM accounts')}
    <p class="muted">Each selected CRM account becomes a client of the portal, and its contacts become client users.</p>
    ${renderToolbar(v, 'CRM accounts', 'Account name')}
    ${shownCount(draft)
      ? renderVirtualTable({
        id: 'account-table',
        label: 'CRM accounts',
        part: 'table',
        layout: 'accounts-grid',
        columns: ACCOUNT_COLUMNS,
        rows: v.rows,
        count: shownCount(draft),
        keyAt: (pos) => shownAt(draft, pos).id,
        onChange: v.onTableChange,
        onKeydown: v.onTableKeydown,
        onScroll: v.onTableScroll,
        cells: (pos) => {
          const a = shownAt(draft, pos);
          return html`<div role="cell" class="cell c-select"><input type="checkbox" data-pos=${pos} data-id=${a.id}
              .checked=${draft.selected.has(a.id)} aria-label=${`Select ${a.name}`}></div>
            <div role="cell" class="cell c-name"><span class="text">${a.name}</span>${a.alreadyClient
              ? html`<span class="badge" part="badge">Already a client</span>` : nothing}</div>
            <div role="cell" class="cell c-contacts">${n(a.contactCount)} ${a.contactCount === 1 ? 'contact' : 'contacts'}</div>`;
        },
      })
      : renderEmpty(draft.query, 'CRM account', 'accounts')}
    <div class="actions import-actions">
      <button type="button" class="primary" part="import" @click=${v.onImport}
        aria-describedby="selection-summary">Import Users Now</button>
      <span id="selection-summary" class="muted">${n(draft.selected.size)} ${draft.selected.size === 1 ? 'account' : 'accounts'} selected.</span>
    </div>
    ${renderRefusal(v.refusal)}
  </div>`;
}
