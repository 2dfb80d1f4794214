/** Words the user sees for field types and modules (presentation only), in the active locale. */
import { msg } from '@lit/localize';
import type { CrmModule, FieldType } from '../../schemas/entities.js';
import { wordsOf } from '../../i18n/words.js';

/** The name of a field type, as Zoho CRM shows it. Call at render time (it follows the locale). */
export const typeLabel = wordsOf<FieldType>({
  text: () => msg('Single line', { id: 'fields.type.text' }),
  textarea: () => msg('Multi-line', { id: 'fields.type.textarea' }),
  integer: () => msg('Number', { id: 'fields.type.integer' }),
  currency: () => msg('Currency', { id: 'fields.type.currency' }),
  decimal: () => msg('Decimal', { id: 'fields.type.decimal' }),
  date: () => msg('Date', { id: 'fields.type.date' }),
  datetime: () => msg('Date/Time', { id: 'fields.type.datetime' }),
  picklist: () => msg('Pick list', { id: 'fields.type.picklist' }),
  multiselect: () => msg('Multi-select', { id: 'fields.type.multiselect' }),
  lookup: () => msg('Lookup', { id: 'fields.type.lookup' }),
  user: () => msg('User', { id: 'fields.type.user' }),
  boolean: () => msg('Checkbox', { id: 'fields.type.boolean' }),
  email: () => msg('Email', { id: 'fields.type.email' }),
  phone: () => msg('Phone', { id: 'fields.type.phone' }),
  url: () => msg('URL', { id: 'fields.type.url' }),
});

/** The name of a CRM module ("Deals", "Accounts"). Call at render time (it follows the locale). */
export function moduleLabel(module: CrmModule): string {
  return module === 'deals' ? msg('Deals', { id: 'fields.module.deals' }) : msg('Accounts', { id: 'fields.module.accounts' });
}
