/** Words of the custom mapping: the client filter's choices and the list counts (read at render time). */
import { msg, str } from '@lit/localize';
import { formatNumber, plural } from '../../i18n/format.js';
import type { ClientShow } from './client-filters.js';
import { wordsOf } from '../../i18n/words.js';

export const showLabel = wordsOf<ClientShow>({
  all: () => msg('All', { id: 'clients.custom.show.all' }),
  unmapped: () => msg('Not mapped', { id: 'clients.custom.show.unmapped' }),
  mapped: () => msg('Mapped', { id: 'clients.custom.show.mapped' }),
});

/** "12 clients" / "3 of 12 clients". */
export function clientCountText(shown: number, total: number): string {
  const t = formatNumber(total);
  if (shown === total) {
    return plural(total, msg(str`${t} client`, { id: 'clients.custom.client-count.one' }), msg(str`${t} clients`, { id: 'clients.custom.client-count.other' }));
  }
  const s = formatNumber(shown);
  return plural(total, msg(str`${s} of ${t} client`, { id: 'clients.custom.client-count-filtered.one' }),
    msg(str`${s} of ${t} clients`, { id: 'clients.custom.client-count-filtered.other' }));
}

/** "40 accounts." / "3 of 40 accounts." */
export function accountCountText(shown: number, total: number): string {
  const t = formatNumber(total);
  if (shown === total) {
    return plural(total, msg(str`${t} account.`, { id: 'clients.custom.account-count.one' }), msg(str`${t} accounts.`, { id: 'clients.custom.account-count.other' }));
  }
  const s = formatNumber(shown);
  return plural(total, msg(str`${s} of ${t} account.`, { id: 'clients.custom.account-count-filtered.one' }),
    msg(str`${s} of ${t} accounts.`, { id: 'clients.custom.account-count-filtered.other' }));
}
