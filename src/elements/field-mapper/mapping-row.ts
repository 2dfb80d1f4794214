/** One row of the field mapping: a Projects field, its Deals and Accounts selects, their notes, and its suggestion. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { classMap } from 'lit/directives/class-map.js';
import type { CrmModule, ProjectsField } from '../../schemas/entities.js';
import type { StoreError } from '../../store/errors.js';
import { CRM_MODULES, type CellProblem } from '../../rules/field-compatibility.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import { formatList } from '../../i18n/format.js';
import { typeLabel } from './labels.js';
import type { Derived } from './mapping-view.js';

/** A field's label in the locale's quotation marks (“…”, „…“, 「…」). */
const quoted = (label: string) => msg(str`“${label}”`, { id: 'fields.quoted' });

/** What a row reads from and calls on the element (one object, made once). */
export interface RowContext {
  /** "Done" was pressed: required fields still empty are marked invalid. */
  attempted(): boolean;
  saveError(): StoreError | null | undefined;
  choose(e: Event): void;
  acceptOne(e: Event): void;
}

export function renderMappingRow(c: RowContext, d: Derived, f: ProjectsField, index: number, suggestion: Partial<Record<CrmModule, string>> | undefined): TemplateResult {
  const problems = d.check.problems.get(f.id);
  const required = problems?.deals?.kind === 'required' || problems?.accounts?.kind === 'required';
  const serverError = fieldErrorText(c.saveError(), f.id);
  const changed = d.changed.has(f.id);
  const rowNoteId = `fm-r${index}`;
  let rowNote: TemplateResult | typeof nothing = nothing;
  if (serverError) rowNote = html`<span class="note error-text" id=${rowNoteId}>${serverError}</span>`;
  else if (required) {
    const missing = CRM_MODULES.filter((m) => problems?.[m]?.kind === 'required');
    rowNote = html`<span class="note error-text" id=${rowNoteId}>${missing.length === 2
      ? msg('Required: choose a Deals and an Accounts field.', { id: 'fields.required.both' })
      : missing[0] === 'accounts'
        ? msg('Required: choose an Accounts field.', { id: 'fields.required.accounts' })
        : msg('Required: choose a Deals field.', { id: 'fields.required.deals' })}</span>`;
  }
  return html`<div role="row" part="row" class=${classMap({ row: true, changed, invalid: !!serverError || (required && c.attempted()) })}
      aria-rowindex=${index + 2} data-index=${index}>
    <div role="rowheader" class="field">
      <span class="label">${f.label}${f.required ? html`<span class="req" aria-hidden="true"> *</span><span class="visually-hidden">${msg(' (required)', { id: 'fields.required-mark' })}</span>` : nothing}</span>
      <span class="meta"><span class=${f.custom ? 'badge custom' : 'badge'}>${f.custom ? msg('Custom', { id: 'fields.custom' }) : msg('Standard', { id: 'fields.standard' })}</span>
        ${typeLabel(f.type)}${changed ? html` · <span class="unsaved-mark">${msg('Unsaved', { id: 'fields.unsaved-mark' })}</span>` : nothing}</span>
      ${rowNote}
    </div>
    ${CRM_MODULES.map((m) => renderCell(c, d, f, index, m, problems?.[m], suggestion?.[m], rowNote === nothing ? undefined : rowNoteId, !!serverError || (required && c.attempted() && problems?.[m]?.kind === 'required')))}
    <div role="cell" class="accept">
      ${suggestion?.deals || suggestion?.accounts
        ? html`<button type="button" class="small" data-field=${f.id} @click=${c.acceptOne}>${msg(html`Accept<span class="visually-hidden"> suggestion for ${f.label}</span>`, { id: 'fields.accept-one' })}</button>`
        : nothing}
    </div>
  </div>`;
}

function renderCell(
c: RowContext, d: Derived, f: ProjectsField, index: number, module: CrmModule, problem: CellProblem | undefined,
  suggested: string | undefined, rowNoteId: string | undefined, invalid: boolean,
): TemplateResult {
  const value = d.draft[f.id]?.[module] ?? null;
  const options = d.options.get(f.id)![module];
  const current = value ? d.crmById[module].get(value) : undefined;
  const offered = !value || options.some((o) => o.id === value);
  const noteId = `fm-r${index}-${module}`;
  let note: TemplateResult | typeof nothing = nothing;
  if (problem?.kind === 'duplicate') {
    const others = formatList(problem.otherProjectsFieldIds.map((id) => quoted(d.labelById.get(id) ?? id)));
    note = html`<span class="note warn-text" id=${noteId}>${msg(str`Also feeds ${others}`, { id: 'fields.also-feeds' })}</span>`;
  } else if (problem?.kind === 'incompatible') {
    note = html`<span class="note error-text" id=${noteId}>${msg(str`Not compatible with a ${typeLabel(f.type)} field`, { id: 'fields.incompatible' })}</span>`;
  } else if (problem?.kind === 'unknown') {
    note = html`<span class="note error-text" id=${noteId}>${msg('The saved field no longer exists', { id: 'fields.unknown' })}</span>`;
  } else if (suggested) {
    note = html`<span class="note suggestion" id=${noteId}>${msg(str`Suggested: ${d.crmById[module].get(suggested)?.label ?? suggested}`, { id: 'fields.suggested' })}</span>`;
  }
  const describedBy = [note === nothing ? '' : noteId, rowNoteId ?? ''].filter(Boolean).join(' ');
  return html`<div role="cell" class="cell">
    <select aria-label=${module === 'deals'
        ? msg(str`Deals field for ${f.label}`, { id: 'fields.select.deals' })
        : msg(str`Accounts field for ${f.label}`, { id: 'fields.select.accounts' })} data-field=${f.id} data-module=${module}
      aria-describedby=${describedBy || nothing} aria-invalid=${invalid || problem?.kind === 'incompatible' || problem?.kind === 'unknown' ? 'true' : nothing}
      @change=${c.choose}>
      <option value="" .selected=${live(!value)}>${msg('— Not mapped —', { id: 'fields.not-mapped' })}</option>
      ${options.map((o) => html`<option value=${o.id} .selected=${live(o.id === value)}>${msg(str`${o.label} (${typeLabel(o.type)})`, { id: 'fields.option' })}</option>`)}
      ${value && !offered
        ? html`<option value=${value} .selected=${live(true)}>${current
          ? msg(str`${current.label} (${typeLabel(current.type)}, not compatible)`, { id: 'fields.option.incompatible' })
          : msg(str`${value} (no longer exists)`, { id: 'fields.option.unknown' })}</option>`
        : nothing}
    </select>
    ${note}
  </div>`;
}
