/** How record pages show dates and amounts (the host's language; dates as the data has them, no time-zone shift). */

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
let dateFormat: Intl.DateTimeFormat | undefined;
let numberFormat: Intl.NumberFormat | undefined;

/** `2026-05-18` → "May 18, 2026" (in the page's language); text that is not a date is shown as it is. */
export function formatDate(value: string): string {
  const m = DATE.exec(value);
  if (!m) return value;
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
  return dateFormat.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** `48500.5` → "48,500.50" (in the page's language). */
export function formatAmount(value: number): string {
  numberFormat ??= new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return numberFormat.format(value);
}

/** An ISO timestamp → date and time in the page's language. */
export function formatTimestamp(value: string): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
