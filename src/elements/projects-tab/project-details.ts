/**
 * One project of the tab, opened: its name, a link out to Zoho Projects, the record it was
 * created from, and every field of the portal (standard and custom) with its value formatted
 * for the page's language; "Edit" and "Delete" as the profile permits.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FieldType, FieldValue, PortalProject, ProjectDetails } from '../../schemas/entities.js';
import { formatAmount, formatDate, formatDateTime, formatList, formatNumber } from '../../i18n/format.js';
import { safeExternalUrl } from '../../rules/record-access.js';
import { linkText, notLinkedText, progressText } from './tab-texts.js';

export interface DetailsActions {
  readonly canEdit: boolean;
  readonly canDelete: boolean;
  /** The edit form is open: "Edit" is not offered twice. */
  readonly editing: boolean;
  back(): void;
  edit(project: PortalProject): void;
  remove(project: PortalProject): void;
}

/** A field's value as the page's language writes it; "—" when empty. */
export function formatFieldValue(type: FieldType, value: FieldValue): TemplateResult | string {
  if (value === null || value === '' || (Array.isArray(value) && !value.length)) return '—';
  if (Array.isArray(value)) return formatList(value);
  if (typeof value === 'boolean') return value ? msg('Yes', { id: 'tab.value.yes' }) : msg('No', { id: 'tab.value.no' });
  if (typeof value === 'number') return type === 'currency' ? formatAmount(value) : formatNumber(value);
  switch (type) {
    case 'date': return formatDate(value);
    case 'datetime': return formatDateTime(value);
    case 'url': {
      const url = safeExternalUrl(value);
      return url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${value}</a>` : value;
    }
    case 'email': return html`<a href="mailto:${value}">${value}</a>`;
    default: return value;
  }
}

export function renderProjectDetails(details: ProjectDetails, actions: DetailsActions): TemplateResult {
  const p = details.project;
  const url = safeExternalUrl(p.url);
  return html`<article class="details" part="details" aria-labelledby="pt-details-title">
    <div class="details-head">
      <button type="button" id="pt-back" @click=${actions.back}>${msg('Back to projects', { id: 'tab.back' })}</button>
      <h3 id="pt-details-title" tabindex="-1">${p.name}</h3>
    </div>
    <p class="meta">
      ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer" part="project-link">${msg('Open in Zoho Projects', { id: 'tab.open-in-projects' })}</a>` : nothing}
      <span>${p.link ? linkText(p.link) : notLinkedText()}</span>
      <span>${msg('Progress', { id: 'tab.column.progress' })}: ${progressText(p.progress)}</span>
    </p>
    ${actions.editing || (!actions.canEdit && !actions.canDelete) ? nothing : html`<div class="actions">
      ${actions.canEdit ? html`<button type="button" id="pt-edit" @click=${() => actions.edit(p)}>${msg('Edit', { id: 'records.edit' })}</button>` : nothing}
      ${actions.canDelete ? html`<button type="button" id="pt-delete" class="danger" @click=${() => actions.remove(p)}>${msg('Delete', { id: 'records.delete' })}</button>` : nothing}
    </div>`}
    <dl class="fields" part="fields">
      ${details.fields.map((f) => html`<div class="field"><dt>${f.label}</dt><dd>${formatFieldValue(f.type, f.value)}</dd></div>`)}
    </dl>
  </article>`;
}
