/**
 * What the user reads about a failed request, in the active locale. The store keeps an
 * English `message` for the host's logs (`zp-error`); the elements show this instead:
 * the widget's own text for every error code of the REST contract, then for the error's
 * kind; the server's own words only for a code the widget does not know.
 */
import { msg } from '@lit/localize';
import type { StoreError, StoreErrorKind } from '../store/errors.js';
import type { ErrorCode } from '../schemas/error-codes.js';
import { wordsFor, type Words } from './words.js';

const KIND_WORDS: Words<StoreErrorKind> = {
  network: () => msg('Could not reach the server. Check your connection and try again.', { id: 'shared.error.network' }),
  timeout: () => msg('The server took too long to answer. Try again.', { id: 'shared.error.timeout' }),
  aborted: () => msg('The request was cancelled.', { id: 'shared.error.aborted' }),
  'unexpected-response': () => msg('The server sent an unexpected response. Try again; if it keeps happening, contact your administrator.', { id: 'shared.error.unexpected' }),
  unauthorized: () => msg('You are not permitted to do this: your session may have ended.', { id: 'shared.error.unauthorized' }),
  forbidden: () => msg('You are not permitted to do this.', { id: 'shared.error.forbidden' }),
  'not-found': () => msg('What you asked for no longer exists.', { id: 'shared.error.not-found' }),
  conflict: () => msg('This was changed elsewhere in the meantime. Your changes are kept: reload to see the latest, then apply them again.', { id: 'shared.error.conflict' }),
  'invalid-input': () => msg('Some of the input was not accepted.', { id: 'shared.error.invalid-input' }),
  unsupported: () => msg('This page’s backend does not offer this operation.', { id: 'shared.error.unsupported' }),
  server: () => msg('The server could not complete the request. Try again.', { id: 'shared.error.server' }),
};

/** Codes worded by the error's kind (their status) rather than by the code. */
type WordedByKind = 'unauthenticated' | 'invalid-input' | 'unavailable' | 'bad-json' | 'idempotency-key-reused';

const CODE_WORDS: Words<Exclude<ErrorCode, WordedByKind>> = {
  'admin-required': () => msg('Administrator privileges are required.', { id: 'shared.code.admin-required' }),
  'permission-denied': () => msg('Your profile does not permit this.', { id: 'shared.code.permission-denied' }),
  'portal-admin-required': () => msg('Only portal administrators can do this.', { id: 'shared.code.portal-admin-required' }),
  'trial-expired': () => msg('Your trial has ended. Upgrade to a paid edition to use the integration.', { id: 'shared.code.trial-expired' }),
  'trial-not-started': () => msg('Start the free trial first.', { id: 'shared.code.trial-not-started' }),
  'not-free-edition': () => msg('Only the Free Edition has a trial.', { id: 'shared.code.not-free-edition' }),
  'client-not-found': () => msg('This client no longer exists.', { id: 'shared.code.client-not-found' }),
  'project-not-found': () => msg('This project no longer exists.', { id: 'shared.code.project-not-found' }),
  'record-not-found': () => msg('This record no longer exists.', { id: 'shared.code.record-not-found' }),
  'user-not-found': () => msg('The signed-in Zoho Projects user no longer exists.', { id: 'shared.code.user-not-found' }),
  'account-already-mapped': () => msg('This account is already mapped to another client.', { id: 'shared.code.account-already-mapped' }),
  'client-mapping-done': () => msg('Automatic mapping has already been done.', { id: 'shared.code.client-mapping-done' }),
  'client-mapping-unavailable': () => msg('Client account mapping is not available now.', { id: 'shared.code.client-mapping-unavailable' }),
  'key-exists': () => msg('A ZSC key exists already: use “Regenerate” to replace it.', { id: 'shared.code.key-exists' }),
  'key-invalid': () => msg('The Zoho CRM integration has stopped working: an administrator must update the ZSC key.', { id: 'shared.code.key-invalid' }),
  'no-key': () => msg('There is no ZSC key yet: use “Generate Now”.', { id: 'shared.code.no-key' }),
  'no-portal': () => msg('Associate a portal first.', { id: 'shared.code.no-portal' }),
  'not-active': () => msg('The Zoho CRM ↔ Zoho Projects integration is not active.', { id: 'shared.code.not-active' }),
  'not-configuring': () => msg('The integration is not being configured. Reload to see its state.', { id: 'shared.code.not-configuring' }),
  'portal-already-associated': () => msg('A portal is already associated. Only one portal can be configured.', { id: 'shared.code.portal-already-associated' }),
  'session-expired': () => msg('The import session has expired. Enter the email address and ZSC key again.', { id: 'shared.code.session-expired' }),
  'version-conflict': () => msg('Someone else saved this in the meantime. Reload to see their changes.', { id: 'shared.code.version-conflict' }),
  'account-not-found': () => msg('Choose one of the listed accounts.', { id: 'shared.code.account-not-found' }),
  'credentials-mismatch': () => msg('The email address and ZSC key do not match.', { id: 'shared.code.credentials-mismatch' }),
  'inconsistent-permissions': () => msg('Some permissions are inconsistent: every permission needs View.', { id: 'shared.code.inconsistent-permissions' }),
  'invalid-mapping': () => msg('Some fields are not mapped correctly.', { id: 'shared.code.invalid-mapping' }),
  'invalid-project': () => msg('Some fields need attention.', { id: 'shared.code.invalid-project' }),
  'portal-name-taken': () => msg('This portal name is already taken. Choose another.', { id: 'shared.code.portal-name-taken' }),
  'portal-not-found': () => msg('Choose one of the listed portals.', { id: 'shared.code.portal-not-found' }),
  'unknown-profile': () => msg('This profile no longer exists.', { id: 'shared.code.unknown-profile' }),
};

/** The widget's text for an error code of the contract, or undefined for a code worded by its kind or unknown. */
export const codeText = (code: string | undefined): string | undefined => wordsFor(CODE_WORDS, code);

/** The sentence for a failed request. */
export function errorText(error: StoreError): string {
  return codeText(error.code) ?? error.serverText ?? KIND_WORDS[error.kind]();
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
