/** What is announced when the one-time automatic mapping is previewed or run (read at announce time). */
import { msg, str } from '@lit/localize';
import { formatNumber, plural } from '../../i18n/format.js';

interface Counts { mappedCount: number; unmappedCount: number }
/** A count's sentence in its two plural forms. */
type Forms = (count: string) => [one: string, other: string];

/** A heading sentence, the mapped and unmapped counts in their plural form, and an optional last sentence. */
function countsText(r: Counts, head: string, mapped: Forms, unmapped: Forms, tail?: string): string {
  const m = mapped(formatNumber(r.mappedCount));
  const u = unmapped(formatNumber(r.unmappedCount));
  return [head, plural(r.mappedCount, ...m), plural(r.unmappedCount, ...u), ...(tail ? [tail] : [])].join(' ');
}

/** "Preview ready: nothing has been saved. 12 clients would be mapped. 3 clients would stay unmapped." */
export const previewReadyText = (r: Counts): string => countsText(r,
  msg('Preview ready: nothing has been saved.', { id: 'clients.announce.preview' }),
  (n) => [msg(str`${n} client would be mapped.`, { id: 'clients.announce.would-map.one' }), msg(str`${n} clients would be mapped.`, { id: 'clients.announce.would-map.other' })],
  (n) => [msg(str`${n} client would stay unmapped.`, { id: 'clients.announce.would-stay.one' }), msg(str`${n} clients would stay unmapped.`, { id: 'clients.announce.would-stay.other' })]);

/** "Automatic mapping done. 12 clients were mapped. 3 clients were not mapped. The report was emailed …" */
export const mappingDoneText = (r: Counts): string => countsText(r,
  msg('Automatic mapping done.', { id: 'clients.announce.done' }),
  (n) => [msg(str`${n} client was mapped.`, { id: 'clients.announce.mapped.one' }), msg(str`${n} clients were mapped.`, { id: 'clients.announce.mapped.other' })],
  (n) => [msg(str`${n} client was not mapped.`, { id: 'clients.announce.not-mapped.one' }), msg(str`${n} clients were not mapped.`, { id: 'clients.announce.not-mapped.other' })],
  msg('The report was emailed to the administrators.', { id: 'clients.announce.emailed' }));
