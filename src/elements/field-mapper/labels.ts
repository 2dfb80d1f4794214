/** Words the user sees for field types and modules (presentation only). */
import type { CrmModule, FieldType } from '../../schemas/entities.js';

export const TYPE_LABELS: Readonly<Record<FieldType, string>> = {
  text: 'Single line',
  textarea: 'Multi-line',
  integer: 'Number',
  currency: 'Currency',
  decimal: 'Decimal',
  date: 'Date',
  datetime: 'Date/Time',
  picklist: 'Pick list',
  multiselect: 'Multi-select',
  lookup: 'Lookup',
  user: 'User',
  boolean: 'Checkbox',
  email: 'Email',
  phone: 'Phone',
  url: 'URL',
};

export const MODULE_LABELS: Readonly<Record<CrmModule, string>> = { deals: 'Deals', accounts: 'Accounts' };
