/**
 * The active language of this copy of the library (@lit/localize, runtime mode).
 *
 * @lit/localize keeps one active locale per copy, so the locale is page-wide: the latest of
 * `setLocale()`, a `locale` attribute on any element, or a change of `<html lang>` wins for
 * every element; before any of them, the page's `<html lang>` decides.
 * Translations load on demand, one module per language.
 *
 * Page-wide across copies too (two micro-frontends, each with its own bundle): a choice is
 * published on a page-wide channel every copy listens to (a window event, and a global
 * symbol-keyed slot a copy that starts later reads), so each copy switches its own elements.
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

/** The page-wide channel: the event every copy listens to, and the slot holding the latest choice. */
const CHANNEL = 'zoho-projects-widgets:locale';
const CHOSEN = Symbol.for('zoho-projects-widgets.locale');
/** This copy, so it does not apply its own announcement twice. */
const COPY = {};
type WithChoice = { [CHOSEN]?: Locale };

function localization(): ReturnType<typeof configureLocalization> {
  if (api) return api;
  api = configureLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: TARGET_LOCALES,
    loadLocale: (locale) => (locale === 'de' ? import('../locales/de/index.js') : import('../locales/ja/index.js')),
  });
  globalThis.addEventListener?.(CHANNEL, (event) => {
    const { locale, from } = (event as CustomEvent<{ locale: Locale; from: object }>).detail;
    if (from === COPY) return;
    explicit = true;
    applyOrWarn(locale);
  });
  return api;
}

/** Tells every copy on the page (this one included, by the caller) the language chosen. */
function publish(locale: Locale): void {
  (globalThis as WithChoice)[CHOSEN] = locale;
  globalThis.dispatchEvent?.(new CustomEvent(CHANNEL, { detail: { locale, from: COPY } }));
}

/**
 * The file a failed dynamic import names, for the host's console: Chromium and Firefox put its URL
 * in the message; for WebKit the single-file bundle appends it (rollup.config.mjs).
 */
function loadError(locale: Locale, cause: unknown): Error {
  const url = String((cause as Error | undefined)?.message ?? cause).match(/[^\s()'"]+\.js\b/)?.[0];
  return new Error(`zoho-projects-widgets: could not load ${url ?? `the '${locale}' translations`} (keep the locale files `
    + `beside the library); the elements stay in '${getLocale()}'.`, { cause });
}

/** For a language change nobody awaits (an attribute, `<html lang>`, another copy): a failure is a warning. */
function applyOrWarn(locale: Locale): void {
  apply(locale).catch((error: unknown) => console.warn((error as Error).message));
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
  } catch (cause) {
    // A translation module that cannot load (offline, a bundle copied without its locale files):
    // the elements stay in the language they have, and the host learns which file is missing.
    throw loadError(locale, cause);
  }
  prepareFormats();
}

/**
 * Sets the language of every element of the library on the page (of every copy). Accepts a
 * BCP 47 tag (`de`, `de-DE`, `ja-JP`); unsupported languages fall back to English. Resolves
 * when the translation is loaded and the elements re-render; rejects, naming the file, when
 * the translation cannot be loaded (the elements keep their language).
 */
export function setLocale(tag: string): Promise<void> {
  explicit = true;
  const locale = matchLocale(tag) ?? SOURCE_LOCALE;
  localization();
  publish(locale);
  return apply(locale);
}

let watchingLang = false;
/** The page's `<html lang>` decides until the host chooses, and again whenever it changes. */
function followDocumentLang(): void {
  if (watchingLang || typeof document === 'undefined') return;
  watchingLang = true;
  const follow = () => applyOrWarn(matchLocale(document.documentElement.lang) ?? SOURCE_LOCALE);
  // A copy that starts after another copy's choice follows that choice.
  const chosen = (globalThis as WithChoice)[CHOSEN];
  if (!explicit && chosen) {
    explicit = true;
    applyOrWarn(chosen);
  } else if (!explicit) follow();
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
    setLocale(locale).catch((error: unknown) => console.warn((error as Error).message));
  }

  hostUpdated(): void {
    const rendered = getLocale();
    if (this.host.getAttribute('lang') !== rendered) this.host.setAttribute('lang', rendered);
  }
}
