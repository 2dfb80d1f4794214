/** Words the user sees for field types and modules (presentation only), in the active locale. */
import { msg } from '@lit/localize';
import type { CrmModule, FieldType } from '../../schemas/entities.js';

/** The name of a field type, as Zoho CRM shows it. Call at render time (it follows the locale). */
export function typeLabel(type: FieldType): string {
  switch (type) {
    case 'text': return msg('Single line', { id: 'fields.type.text' });
    case 'textarea': return msg('Multi-line', { id: 'fields.type.textarea' });
    case 'integer': return msg('Number', { id: 'fields.type.integer' });
    case 'currency': return msg('Currency', { id: 'fields.type.currency' });
    case 'decimal': return msg('Decimal', { id: 'fields.type.decimal' });
    case 'date': return msg('Date', { id: 'fields.type.date' });
    case 'datetime': return msg('Date/Time', { id: 'fields.type.datetime' });
    case 'picklist': return msg('Pick list', { id: 'fields.type.picklist' });
    case 'multiselect': return msg('Multi-select', { id: 'fields.type.multiselect' });
    case 'lookup': return msg('Lookup', { id: 'fields.type.lookup' });
    case 'user': return msg('User', { id: 'fields.type.user' });
    case 'boolean': return msg('Checkbox', { id: 'fields.type.boolean' });
    case 'email': return msg('Email', { id: 'fields.type.email' });
    case 'phone': return msg('Phone', { id: 'fields.type.phone' });
    case 'url': return msg('URL', { id: 'fields.type.url' });
    default: return type;
  }
}

/** The name of a CRM module ("Deals", "Accounts"). Call at render time (it follows the locale). */
export function moduleLabel(module: CrmModule): string {
  return module === 'deals' ? msg('Deals', { id: 'fields.module.deals' }) : msg('Accounts', { id: 'fields.module.accounts' });
}
