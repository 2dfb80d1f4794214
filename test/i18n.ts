/**
 * Locale test helpers: switch the page's language, and find English left in what an
 * element shows. "What it shows" is every text node and every user-facing attribute
 * (aria-label, placeholder, title, alt, …) through all shadow roots, minus the fake
 * server's data (names, field labels and picklist values stay as the CRM has them).
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '../src/i18n/locale.js';
import { until } from './helpers.js';
import { root } from './dom.js';
import type { FakeServer } from '../mocks/browser.js';

export async function useLocale(locale: 'en' | 'de' | 'ja'): Promise<void> {
  await setLocale(locale);
}

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt'];
const SKIP = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'CODE']);

/**
 * Every piece of text a user can see or hear in `el`, one entry per text node or attribute.
 * `nested: false` leaves out the shadow roots of other custom elements inside `el`.
 */
export function shownTexts(el: Element, { nested = true } = {}): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node.textContent!.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      return;
    }
    if (node instanceof Element) {
      if (SKIP.has(node.tagName)) return;
      for (const a of ATTRIBUTES) {
        const v = node.getAttribute(a);
        if (v?.trim()) out.push(v.trim());
      }
      if (node instanceof HTMLInputElement && (node.type === 'button' || node.type === 'submit') && node.value) out.push(node.value);
      if (node.shadowRoot && (nested || node === el || !node.localName.includes('-'))) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return out;
}

/** Every string in the fake server's data (names, emails, labels, picklist values). */
export function dataStrings(server: FakeServer, extra: readonly string[] = []): string[] {
  const out = new Set<string>(extra);
  const seen = new Set<unknown>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.trim().length > 1) out.add(v.trim());
      return;
    }
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) { visit(k); visit(x); }
    else if (v instanceof Set) for (const x of v) visit(x);
    else for (const x of Object.values(v)) visit(x);
  };
  visit(server.db);
  // Longest first, so "Deal Name" goes before "Deal".
  return [...out].sort((a, b) => b.length - a.length);
}

/** Product names and technical tokens that are the same in every language. */
const KEEP = /\b(Zoho CRM|Zoho Projects|Zoho|CRM|ZSC|CSV|ID|URL|API|https?|OK|E-Mail|e-mail|Standard)\b/g;
/** Words that are English and not German (so a German text that contains one is untranslated). */
const ENGLISH = new Set(`the and of your you with for this that these those from not are is has have can cannot
  please select selected save saved saving retry cancel loading search users user clients client accounts account mapped
  mapping map field fields enable enabled disable disabled next back done error failed update updated key show hide none
  page yes no by on or to be it its which what when where who how any every each there their them they we our
  permission permissions role roles imported importing add remove choose enter edit view create delete continue
  finish close open opens already more less than then only new other another one two three here now keep kept
  changes changed go get`.split(/\s+/));

function stripData(text: string, data: readonly string[]): string {
  let t = text;
  for (const d of data) if (t.includes(d)) t = t.split(d).join(' ');
  return t.replace(KEEP, ' ');
}

/**
 * The texts of `el` that still read as English in `locale`, after removing the fake server's
 * data. Japanese: any Latin word of two letters or more. German: any word of an English
 * word list that is not also German.
 */
export function englishLeft(el: Element, locale: 'de' | 'ja', data: readonly string[], options: { nested?: boolean } = {}): string[] {
  return shownTexts(el, options).filter((raw) => {
    const t = stripData(raw, data);
    const words = t.match(/[A-Za-zÀ-ÿ'’]+/g) ?? [];
    if (locale === 'ja') return words.some((w) => /[A-Za-z]{2,}/.test(w) && !/^[A-Z]$/.test(w));
    return words.some((w) => ENGLISH.has(w.toLowerCase()));
  });
}

/**
 * The two states a setup area shows before its data, "no portal yet" (with Retry) and "not
 * permitted", leave no English. `mount` mounts the element on a fake-server scenario.
 */
export async function expectGuardStatesTranslated(
  locale: 'de' | 'ja', mount: (scenario: string) => Promise<{ el: Element; data: readonly string[] }>,
): Promise<void> {
  const fresh = await mount('fresh');
  await until(() => root(fresh.el).querySelector('[role="alert"]'), 3000, 'no portal');
  expect(root(fresh.el).querySelector('[part="error"] .actions button'), 'Retry').to.exist;
  expect(englishLeft(fresh.el, locale, fresh.data)).to.deep.equal([]);

  const denied = await mount('non-admin');
  await until(() => root(denied.el).querySelector('[part="not-permitted"]'), 3000, 'not permitted');
  expect(englishLeft(denied.el, locale, denied.data)).to.deep.equal([]);
}
