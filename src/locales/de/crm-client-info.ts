// de translations for the messages of the "crm-client-info" area (ids start with `info.`).
import type { TemplateMap } from '@lit/localize';
import { html, str } from '../template-tags.js';

export const templates: TemplateMap = {
  'info.title': 'Zoho CRM',
  'info.no-client-id': html`Geben Sie ${0} die ${1} eines Zoho Projects-Kunden.`,
  'info.loading': 'Die Zoho CRM-Informationen werden geladen …',
  'info.no-account': str`Der Kunde „${0}“ ist mit keinem Zoho CRM-Konto verknüpft.`,
  'info.not-permitted': 'Nur Portaladministratoren können die Zoho CRM-Informationen eines Kunden sehen.',
  'info.not-active': 'Dieses Portal ist nicht mit Zoho CRM integriert.',
  'info.not-set': 'Nicht angegeben',
  'info.opens-in-crm': ' (öffnet sich in Zoho CRM)',
  'info.linked': str`Der Kunde „${0}“ ist in Zoho CRM mit diesem Konto verknüpft.`,
  'info.account': 'Zoho CRM-Konto',
  'info.account-name': 'Kontoname',
  'info.account-owner': 'Kontoinhaber',
  'info.industry': 'Branche',
  'info.phone': 'Telefon',
  'info.website': 'Webseite',
  'info.billing-city': 'Rechnungsort',
  'info.annual-revenue': 'Jahresumsatz',
  'info.potentials': 'Offene Verkaufschancen',
  'info.potentials.one': str`${0} offene Verkaufschance`,
  'info.potentials.other': str`${0} offene Verkaufschancen`,
  'info.potential-name': 'Name der Verkaufschance',
  'info.stage': 'Phase',
  'info.amount': 'Betrag',
  'info.closing-date': 'Abschlussdatum',
  'info.owner': 'Inhaber',
  'info.no-potentials': 'Das Konto hat keine offenen Verkaufschancen.',
};
