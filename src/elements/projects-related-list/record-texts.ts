/** What a record page says: its failures in its own words, and the sentences built from counts. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CrmModule, RecordAccess } from '../../schemas/entities.js';
import type { RelatedListView } from '../../rules/record-access.js';
import type { StoreError } from '../../store/errors.js';
import { errorText } from '../../i18n/error-text.js';
import { formatList, formatNumber, plural } from '../../i18n/format.js';
import { renderRequestError } from '../shared/request-views.js';

const notPermittedTo = (operation: string): string | undefined => {
  switch (operation) {
    case 'listRecordProjects':
    case 'listPortalProjects':
    case 'getPortalProject': return msg('Your profile does not permit you to view projects.', { id: 'records.error.denied.view' });
    case 'getProjectForm':
    case 'listRecordChoices':
    case 'getPortalProjectForm':
    case 'createPortalProject':
    case 'createRecordProject': return msg('Your profile does not permit you to create projects.', { id: 'records.error.denied.create' });
    case 'updatePortalProject':
    case 'updateRecordProject': return msg('Your profile does not permit you to edit projects.', { id: 'records.error.denied.edit' });
    case 'deletePortalProject':
    case 'deleteRecordProject': return msg('Your profile does not permit you to delete projects.', { id: 'records.error.denied.delete' });
    default: return undefined;
  }
};

/**
 * What a failed request means on a record page, where the generic sentence of its code says
 * less: the integration not set up, its key broken, the record gone, an action the profile
 * does not permit. Undefined for the rest (`errorText()` words those).
 */
function recordErrorText(error: StoreError, module: CrmModule | null): string | undefined {
  switch (error.code) {
    case 'not-active': return msg('Zoho Projects is not set up for this CRM account.', { id: 'records.not-active' });
    case 'key-invalid':
      return msg('The Zoho Projects integration has stopped working: an administrator must update the ZSC key.', { id: 'records.error.key-invalid' });
    case 'record-not-found':
      return !module ? undefined : module === 'deals'
        ? msg('This deal no longer exists.', { id: 'records.error.deal-not-found' })
        : msg('This account no longer exists.', { id: 'records.error.account-not-found' });
    case 'permission-denied': return notPermittedTo(error.operation);
    default: return undefined;
  }
}

export const failureText = (error: StoreError, module: CrmModule | null): string => recordErrorText(error, module) ?? errorText(error);

/** A failed request, as `renderRequestError()` shows it, with the record page's own sentence where it has one. */
export function renderFailure(error: StoreError | null | undefined, module: CrmModule | null, onRetry?: () => void): TemplateResult | typeof nothing {
  return renderRequestError(error, onRetry, error ? recordErrorText(error, module) : undefined);
}

/** A failed save: why, with "Retry", and that nothing typed is lost. */
export function renderSubmitError(error: StoreError, module: CrmModule | null, retry: () => void): TemplateResult {
  return html`${renderFailure(error, module, retry)}<p class="muted">${msg('What you entered is kept.', { id: 'records.form.kept' })}</p>`;
}

export const newProjectLabel = () => msg('New Project', { id: 'records.new-project' });
export const cancelLabel = () => msg('Cancel', { id: 'records.cancel' });
export const loadingProjectsText = () => msg('Loading projects…', { id: 'records.loading' });

/** The required fields the record could not fill ("Cost Center" or "Cost Center and Reference"). */
export function askedText(module: CrmModule, asked: readonly string[]): string {
  const fields = formatList(asked);
  return module === 'deals'
    ? plural(asked.length,
      msg(str`The deal could not fill this required field: ${fields}. Enter it below.`, { id: 'records.form.asked.deal.one' }),
      msg(str`The deal could not fill these required fields: ${fields}. Enter them below.`, { id: 'records.form.asked.deal.other' }))
    : plural(asked.length,
      msg(str`The account could not fill this required field: ${fields}. Enter it below.`, { id: 'records.form.asked.account.one' }),
      msg(str`The account could not fill these required fields: ${fields}. Enter them below.`, { id: 'records.form.asked.account.other' }));
}

/** Said when "New Project" opens: prefilled from the record, and how many fields it could not fill. */
export function formOpenedText(module: CrmModule | null, asked: number): string {
  const opened = !module ? msg('New Project form.', { id: 'records.announce.form.portal' }) : module === 'deals'
    ? msg('New Project form, prefilled from the deal.', { id: 'records.announce.form.deal' })
    : msg('New Project form, prefilled from the account.', { id: 'records.announce.form.account' });
  return asked
    ? `${opened} ${plural(asked,
      msg(str`${formatNumber(asked)} required field needs your input.`, { id: 'records.announce.asked.one' }),
      msg(str`${formatNumber(asked)} required fields need your input.`, { id: 'records.announce.asked.other' }))}`
    : opened;
}

/** What a record page or the Projects tab shows instead of projects: not set up, not permitted, or the key broken. */
export function renderAccessNote(view: Exclude<RelatedListView, 'list'>, access: RecordAccess): TemplateResult {
  switch (view) {
    case 'not-active':
      return html`<p class="muted" part="note">${msg('Zoho Projects is not set up for this CRM account.', { id: 'records.not-active' })}</p>`;
    case 'not-permitted':
      return html`<div class="notice warning" part="not-permitted">
        <p>${access.profileName
          ? msg(str`Your profile (“${access.profileName}”) does not permit you to see Zoho Projects.`, { id: 'records.not-permitted.profile' })
          : msg('Your profile does not permit you to see Zoho Projects.', { id: 'records.not-permitted' })}
          ${msg('Ask your administrator for access.', { id: 'records.ask-admin' })}</p>
      </div>`;
    case 'key-invalid':
      return html`<div class="notice error" role="alert" part="key-invalid">
        <p><strong>${msg('The Zoho Projects integration has stopped working.', { id: 'records.key-invalid.title' })}</strong>
          ${msg('An administrator must update the ZSC key in the Zoho Projects integration settings.', { id: 'records.key-invalid.text' })}</p>
      </div>`;
  }
}
