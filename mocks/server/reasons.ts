/**
 * The fake server's own per-record reasons (a user or account it refuses), in the language the
 * request asks for with `Accept-Language`, as a real server would word them.
 */
import { matchLocale, SOURCE_LOCALE, type Locale } from '../../src/i18n/locale.js';

export type FakeLanguage = Locale;

/** The request's language, as the widget matches a tag (`de-AT` → `de`); English otherwise. */
export const languageOf = (request: Request): FakeLanguage =>
  matchLocale(request.headers.get('Accept-Language')) ?? SOURCE_LOCALE;

const REASONS = {
  'user-gone': {
    en: 'This CRM user no longer exists.',
    de: 'Diesen CRM-Benutzer gibt es nicht mehr.',
    ja: 'このCRMユーザーは存在しません。',
  },
  'no-email': {
    en: 'The CRM user has no email address.',
    de: 'Der CRM-Benutzer hat keine E-Mail-Adresse.',
    ja: 'このCRMユーザーにはメールアドレスがありません。',
  },
  'role-gone': {
    en: 'The chosen role does not exist in this portal.',
    de: 'Die gewählte Rolle gibt es in diesem Portal nicht.',
    ja: '選択した役割はこのポータルに存在しません。',
  },
  'project-gone': {
    en: 'The chosen project does not exist in this portal.',
    de: 'Das gewählte Projekt gibt es in diesem Portal nicht.',
    ja: '選択したプロジェクトはこのポータルに存在しません。',
  },
  'no-seats': {
    en: 'No seats left in this portal.',
    de: 'In diesem Portal sind keine Plätze mehr frei.',
    ja: 'このポータルには空きシートがありません。',
  },
  'account-gone': {
    en: 'This CRM account no longer exists.',
    de: 'Dieses CRM-Konto gibt es nicht mehr.',
    ja: 'このCRM取引先は存在しません。',
  },
} as const satisfies Record<string, Record<FakeLanguage, string>>;

export const reason = (key: keyof typeof REASONS, lang: FakeLanguage): string => REASONS[key][lang];
