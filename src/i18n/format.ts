/** Numbers, dates and lists in the active locale (Intl), so they follow `setLocale()`. */
import { getLocale } from './locale.js';
import { whenIdle } from '../idle.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>(key: string, make: (locale: string) => T): T {
  const locale = getLocale();
  const k = `${locale}|${key}`;
  let f = cache.get(k) as T | undefined;
  if (!f) cache.set(k, (f = make(locale)));
  return f;
}

export const formatNumber = (n: number): string =>
  cached('n', (l) => new Intl.NumberFormat(l)).format(n);

/** A money amount without a currency symbol (the CRM's currency is not in the data). */
export const formatAmount = (n: number): string =>
  cached('a', (l) => new Intl.NumberFormat(l, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(n);

export const formatPercent = (ratio: number): string =>
  cached('p', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(ratio);

/** A calendar date `YYYY-MM-DD`, shown as that day wherever the user is. */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return cached('d', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' })).format(date);
}

/** A point in time (ISO 8601 with a zone), in the user's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached('dt', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' })).format(date);
}

/** "a, b and c" / "a, b und c" / "a、b、c". */
export const formatList = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string =>
  cached(`l${type}`, (l) => new Intl.ListFormat(l, { type })).format(items);

/**
 * Picks the plural form for `n` by the active locale's rules (Japanese has one form).
 * Pass both forms as already localised texts: `plural(n, msg(str`${x} user`), msg(str`${x} users`))`.
 */
export const plural = <T>(n: number, one: T, other: T): T =>
  cached('pl', (l) => new Intl.PluralRules(l)).select(n) === 'one' ? one : other;

const prepared = new Set<string>();
/**
 * Creates the common formatters of the active locale ahead of use, in idle time: the first
 * `Intl` object of a kind costs milliseconds (its locale data loads), and that cost must not
 * land on the render that first shows a 10,000-row list.
 */
export function prepareFormats(): void {
  const locale = getLocale();
  if (prepared.has(locale)) return;
  prepared.add(locale);
  whenIdle(() => {
    formatNumber(1);
    formatPercent(1);
    plural(1, 0, 0);
    formatList(['']);
  });
}

