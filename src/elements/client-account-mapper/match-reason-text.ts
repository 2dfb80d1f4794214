/**
 * Why an account was suggested for a client, as the admin reads it: the words for a
 * `MatchReason` of `rules/name-match.ts` (the rule gives the reason as data, this file words it),
 * written in the active locale each time it is read.
 */
import { msg, str } from '@lit/localize';
import { formatList, plural } from '../../i18n/format.js';
import { wordsOf } from '../../i18n/words.js';
import type { MatchReason, NameAspect } from '../../rules/name-match.js';

/** What an aspect is called in "Same name apart from …". */
const aspectText = wordsOf<Exclude<NameAspect, 'legal-suffix'>>({
  case: () => msg('letter case', { id: 'clients.match.aspect.case' }),
  accents: () => msg('accents', { id: 'clients.match.aspect.accents' }),
  punctuation: () => msg('punctuation', { id: 'clients.match.aspect.punctuation' }),
  ampersand: () => msg('“&” written as “and”', { id: 'clients.match.aspect.ampersand' }),
});

/** A word quoted from a name, with the locale's quotation marks. */
const quoted = (word: string) => msg(str`“${word}”`, { id: 'clients.match.quoted' });

function legalSuffixText(suffixes: readonly string[]): string {
  if (!suffixes.length) return msg('the legal suffix', { id: 'clients.match.aspect.legal-suffix' });
  const words = suffixes.map(quoted).join(' ');
  return plural(suffixes.length,
    msg(str`the legal suffix ${words}`, { id: 'clients.match.aspect.legal-suffix-named.one' }),
    msg(str`the legal suffixes ${words}`, { id: 'clients.match.aspect.legal-suffix-named.other' }));
}

/** One sentence for the admin: "Exact name match.", "Same name apart from accents.", "Shares the word “Globex”." */
export function matchReasonText(reason: MatchReason): string {
  switch (reason.kind) {
    case 'exact':
      return reason.differences.includes('case')
        ? msg('Same name, apart from letter case.', { id: 'clients.match.case-only' })
        : msg('Exact name match.', { id: 'clients.match.exact' });
    case 'normalised': {
      const parts = reason.differences.map((d) => (d === 'legal-suffix' ? legalSuffixText(reason.suffixes) : aspectText(d)));
      return msg(str`Same name apart from ${formatList(parts)}.`, { id: 'clients.match.normalised' });
    }
    case 'words': {
      const list = formatList(reason.sharedWords.map(quoted));
      return plural(reason.sharedWords.length,
        msg(str`Shares the word ${list}.`, { id: 'clients.match.words.one' }),
        msg(str`Shares the words ${list}.`, { id: 'clients.match.words.other' }));
    }
  }
}
