/** The projects linked to a record: name (a link to Zoho Projects), status, owner, dates, and the permitted actions. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CrmModule, LinkedProject, RecordProjects } from '../../schemas/entities.js';
import { safeExternalUrl } from '../../rules/record-access.js';
import { formatDate, formatNumber, plural } from '../../i18n/format.js';

/** The actions the profile permits, and what they do. */
export interface RowActions {
  canEdit: boolean;
  canDelete: boolean;
  deleting(project: LinkedProject): boolean;
  edit(project: LinkedProject): void;
  delete(project: LinkedProject): void;
}

function caption(module: CrmModule, list: RecordProjects): string {
  const n = list.projects.length;
  const count = formatNumber(n);
  const name = list.record.name;
  return module === 'deals'
    ? plural(n, msg(str`${count} project linked to the deal “${name}”`, { id: 'records.caption.deal.one' }),
      msg(str`${count} projects linked to the deal “${name}”`, { id: 'records.caption.deal.other' }))
    : plural(n, msg(str`${count} project linked to the account “${name}”`, { id: 'records.caption.account.one' }),
      msg(str`${count} projects linked to the account “${name}”`, { id: 'records.caption.account.other' }));
}

export function renderProjectTable(module: CrmModule, list: RecordProjects, actions: RowActions): TemplateResult {
  const withActions = actions.canEdit || actions.canDelete;
  return html`<div class="table-wrap">
    <table part="table">
      <caption>${caption(module, list)}</caption>
      <thead><tr>
        <th scope="col">${msg('Project Name', { id: 'records.field.project-name' })}</th>
        <th scope="col">${msg('Status', { id: 'records.field.status' })}</th>
        <th scope="col">${msg('Owner', { id: 'records.owner' })}</th>
        <th scope="col">${msg('Start Date', { id: 'records.field.start-date' })}</th>
        <th scope="col">${msg('End Date', { id: 'records.field.end-date' })}</th>
        ${withActions ? html`<th scope="col"><span class="visually-hidden">${msg('Actions', { id: 'records.actions' })}</span></th>` : nothing}
      </tr></thead>
      <tbody>${list.projects.map((p) => renderRow(p, actions, withActions))}</tbody>
    </table>
  </div>`;
}

const date = (d: string | null) => (d
  ? html`<time datetime=${d}>${formatDate(d)}</time>`
  : html`<span class="muted">${msg('Not set', { id: 'records.not-set' })}</span>`);

function renderRow(p: LinkedProject, actions: RowActions, withActions: boolean): TemplateResult {
  const url = safeExternalUrl(p.url);
  return html`<tr data-project-id=${p.id}>
    <th scope="row" class="name">${url
      ? html`<a id="prl-link-${p.id}" href=${url} target="_blank" rel="noopener noreferrer">${p.name}<span class="visually-hidden">${msg(' (opens in Zoho Projects)', { id: 'records.opens-in-projects' })}</span></a>`
      : html`<span id="prl-link-${p.id}" tabindex="-1">${p.name}</span>`}</th>
    <td><span class="status">${p.status}</span></td>
    <td>${p.owner}</td>
    <td>${date(p.startDate)}</td>
    <td>${date(p.endDate)}</td>
    ${withActions
      ? html`<td class="row-actions">
          ${actions.canEdit ? html`<button type="button" class="link" id="prl-edit-${p.id}"
            aria-label=${msg(str`Edit ${p.name}`, { id: 'records.edit-project' })}
            @click=${() => actions.edit(p)}>${msg('Edit', { id: 'records.edit' })}</button>` : nothing}
          ${actions.canDelete ? html`<button type="button" class="link danger-link" id="prl-delete-${p.id}"
            aria-label=${msg(str`Delete ${p.name}`, { id: 'records.delete-project' })}
            aria-disabled=${actions.deleting(p) ? 'true' : 'false'} @click=${() => actions.delete(p)}>${msg('Delete', { id: 'records.delete' })}</button>` : nothing}
        </td>`
      : nothing}
  </tr>`;
}
