/**
 * What the user reads about a failed request, in the active locale. The store keeps an
 * English `message` for the host's logs (`zp-error`); the elements show this instead:
 * the widget's own text for every error code of the REST contract, then for the error's
 * kind; the server's own words only for a code the widget does not know.
 */
import { msg } from '@lit/localize';
import type { StoreError, StoreErrorKind } from '../store/errors.js';

function kindText(kind: StoreErrorKind): string {
  switch (kind) {
    case 'network': return msg('Could not reach the server. Check your connection and try again.', { id: 'shared.error.network' });
    case 'timeout': return msg('The server took too long to answer. Try again.', { id: 'shared.error.timeout' });
    case 'aborted': return msg('The request was cancelled.', { id: 'shared.error.aborted' });
    case 'unexpected-response':
      return msg('The server sent an unexpected response. Try again; if it keeps happening, contact your administrator.', { id: 'shared.error.unexpected' });
    case 'unauthorized': return msg('You are not permitted to do this: your session may have ended.', { id: 'shared.error.unauthorized' });
    case 'forbidden': return msg('You are not permitted to do this.', { id: 'shared.error.forbidden' });
    case 'not-found': return msg('What you asked for no longer exists.', { id: 'shared.error.not-found' });
    case 'conflict':
      return msg('This was changed elsewhere in the meantime. Your changes are kept: reload to see the latest, then apply them again.', { id: 'shared.error.conflict' });
    case 'invalid-input': return msg('Some of the input was not accepted.', { id: 'shared.error.invalid-input' });
    case 'unsupported': return msg('This page’s backend does not offer this operation.', { id: 'shared.error.unsupported' });
    default: return msg('The server could not complete the request. Try again.', { id: 'shared.error.server' });
  }
}

/** The widget's text for an error code of the contract, or undefined for an unknown code. */
export function codeText(code: string | undefined): string | undefined {
  switch (code) {
    case 'admin-required': return msg('Administrator privileges are required.', { id: 'shared.code.admin-required' });
    case 'permission-denied': return msg('Your profile does not permit this.', { id: 'shared.code.permission-denied' });
    case 'portal-admin-required': return msg('Only portal administrators can do this.', { id: 'shared.code.portal-admin-required' });
    case 'trial-expired': return msg('Your trial has ended. Upgrade to a paid edition to use the integration.', { id: 'shared.code.trial-expired' });
    case 'trial-not-started': return msg('Start the free trial first.', { id: 'shared.code.trial-not-started' });
    case 'not-free-edition': return msg('Only the Free Edition has a trial.', { id: 'shared.code.not-free-edition' });
    case 'client-not-found': return msg('This client no longer exists.', { id: 'shared.code.client-not-found' });
    case 'project-not-found': return msg('This project no longer exists.', { id: 'shared.code.project-not-found' });
    case 'record-not-found': return msg('This record no longer exists.', { id: 'shared.code.record-not-found' });
    case 'user-not-found': return msg('The signed-in Zoho Projects user no longer exists.', { id: 'shared.code.user-not-found' });
    case 'account-already-mapped': return msg('This account is already mapped to another client.', { id: 'shared.code.account-already-mapped' });
    case 'client-mapping-done': return msg('Automatic mapping has already been done.', { id: 'shared.code.client-mapping-done' });
    case 'client-mapping-unavailable': return msg('Client account mapping is not available now.', { id: 'shared.code.client-mapping-unavailable' });
    case 'key-exists': return msg('A ZSC key exists already: use “Regenerate” to replace it.', { id: 'shared.code.key-exists' });
    case 'key-invalid':
      return msg('The Zoho CRM integration has stopped working: an administrator must update the ZSC key.', { id: 'shared.code.key-invalid' });
    case 'no-key': return msg('There is no ZSC key yet: use “Generate Now”.', { id: 'shared.code.no-key' });
    case 'no-portal': return msg('Associate a portal first.', { id: 'shared.code.no-portal' });
    case 'not-active': return msg('The Zoho CRM ↔ Zoho Projects integration is not active.', { id: 'shared.code.not-active' });
    case 'not-configuring': return msg('The integration is not being configured. Reload to see its state.', { id: 'shared.code.not-configuring' });
    case 'portal-already-associated':
      return msg('A portal is already associated. Only one portal can be configured.', { id: 'shared.code.portal-already-associated' });
    case 'session-expired':
      return msg('The import session has expired. Enter the email address and ZSC key again.', { id: 'shared.code.session-expired' });
    case 'version-conflict': return msg('Someone else saved this in the meantime. Reload to see their changes.', { id: 'shared.code.version-conflict' });
    case 'account-not-found': return msg('Choose one of the listed accounts.', { id: 'shared.code.account-not-found' });
    case 'credentials-mismatch': return msg('The email address and ZSC key do not match.', { id: 'shared.code.credentials-mismatch' });
    case 'inconsistent-permissions': return msg('Some permissions are inconsistent: every permission needs View.', { id: 'shared.code.inconsistent-permissions' });
    case 'invalid-mapping': return msg('Some fields are not mapped correctly.', { id: 'shared.code.invalid-mapping' });
    case 'invalid-project': return msg('Some fields need attention.', { id: 'shared.code.invalid-project' });
    case 'portal-name-taken': return msg('This portal name is already taken. Choose another.', { id: 'shared.code.portal-name-taken' });
    case 'portal-not-found': return msg('Choose one of the listed portals.', { id: 'shared.code.portal-not-found' });
    case 'unknown-profile': return msg('This profile no longer exists.', { id: 'shared.code.unknown-profile' });
    default: return undefined;
  }
}

/** The sentence for a failed request. */
export function errorText(error: StoreError): string {
  return codeText(error.code) ?? error.serverText ?? kindText(error.kind);
}

/** The message at one input field, or undefined when the server named none for it. */
export function fieldErrorText(
  error: Pick<StoreError, 'code' | 'fieldErrors'> | null | undefined, field: string,
): string | undefined {
  const server = error?.fieldErrors[field];
  if (server === undefined) return undefined;
  return (FIELD_CODES.has(error!.code ?? '') ? codeText(error!.code) : undefined) ?? server;
}

/** Codes whose message is also the message at the field (others carry per-field detail). */
const FIELD_CODES = new Set(['credentials-mismatch', 'portal-name-taken', 'portal-not-found', 'account-not-found']);
