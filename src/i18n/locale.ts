/**
 * The active language of this copy of the library (@lit/localize, runtime mode).
 *
 * @lit/localize keeps one active locale per copy, so the locale is page-wide: the latest of
 * `setLocale()`, a `locale` attribute on any element, or a change of `<html lang>` wins for
 * every element; before any of them, the page's `<html lang>` decides.
 * Translations load on demand, one module per language.
 */
import { configureLocalization } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { prepareFormats } from './format.js';

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['de', 'ja'] as const;
export type Locale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];
export const LOCALES: readonly Locale[] = [SOURCE_LOCALE, ...TARGET_LOCALES];

let api: ReturnType<typeof configureLocalization> | undefined;
let explicit = false;

function localization(): ReturnType<typeof configureLocalization> {
  api ??= configureLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: TARGET_LOCALES,
    loadLocale: (locale) => (locale === 'de' ? import('../locales/de/index.js') : import('../locales/ja/index.js')),
  });
  return api;
}

/** The supported locale for a BCP 47 tag (`de-AT` → `de`), or undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === base);
}

/** The locale the elements render in now (the source locale while a translation loads). */
export function getLocale(): Locale {
  return (api?.getLocale() as Locale | undefined) ?? SOURCE_LOCALE;
}

async function apply(locale: Locale): Promise<void> {
  const { getLocale: current, setLocale: load } = localization();
  if (current() === locale) return;
  try {
    await load(locale);
    prepareFormats();
  } catch {
    // A translation module that cannot load (offline, blocked chunk): the elements stay in
    // the language they have; nothing to report to the user, who can still read them.
  }
}

/**
 * Sets the language of every element of this library copy on the page. Accepts a BCP 47
 * tag (`de`, `de-DE`, `ja-JP`); unsupported languages fall back to English. Resolves when
 * the translation is loaded and the elements re-render.
 */
export function setLocale(tag: string): Promise<void> {
  explicit = true;
  return apply(matchLocale(tag) ?? SOURCE_LOCALE);
}

let watchingLang = false;
/** The page's `<html lang>` decides until the host chooses, and again whenever it changes. */
function followDocumentLang(): void {
  if (watchingLang || typeof document === 'undefined') return;
  watchingLang = true;
  const follow = () => void apply(matchLocale(document.documentElement.lang) ?? SOURCE_LOCALE);
  if (!explicit) follow();
  new MutationObserver(follow).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Renders the host in the active locale and re-renders it when the locale changes; a
 * non-empty `locale` property (the `locale` attribute) on the host sets the page's locale.
 * The host carries `lang` of the language it renders in, so a screen reader reads German as
 * German on an English page.
 */
export class LocaleController implements ReactiveController {
  #seen: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { locale?: string | undefined }) {
    host.addController(this);
    updateWhenLocaleChanges(host);
  }

  hostConnected(): void {
    localization();
    followDocumentLang();
    prepareFormats();
  }

  hostUpdate(): void {
    const locale = this.host.locale;
    if (!locale || locale === this.#seen) return;
    this.#seen = locale;
    void setLocale(locale);
  }

  hostUpdated(): void {
    const rendered = getLocale();
    if (this.host.getAttribute('lang') !== rendered) this.host.setAttribute('lang', rendered);
  }
}
