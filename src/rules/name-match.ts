/**
 * Name matching between Projects clients and CRM accounts: normalisation, an account
 * index built once, and ranked suggestions each with the reason it was suggested.
 * Pure: no DOM, no store. Used by `<client-account-mapper>` for suggestions and search.
 *
 * Normalisation (each aspect can be switched off, which is how a suggestion's reason is
 * found: an aspect "differs" when the names stop being equal without it):
 * - case: lower-cased;
 * - accents: Unicode NFKD, combining marks removed ("Crème" → "creme");
 * - punctuation: dots and apostrophes removed inside words ("S.A." → "sa"), any other
 *   non-letter/digit character separates words;
 * - ampersand: "&" is the word "and";
 * - legal suffixes: trailing Inc, Ltd, LLC, GmbH, S.A., Pvt Ltd, … are dropped.
 * Spacing is always normalised (trimmed, runs collapsed).
 *
 * A reason is data (its kind, what differs, the shared words); the element words it
 * (`client-account-mapper/match-reason-text.ts`), so the rule needs no locale.
 */

export type NameAspect = 'case' | 'accents' | 'punctuation' | 'ampersand' | 'legal-suffix';

export const NAME_ASPECTS: readonly NameAspect[] = ['case', 'accents', 'punctuation', 'ampersand', 'legal-suffix'];

/** Legal-form words dropped from the end of a name (compared without punctuation, lower case). */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc',
  'gmbh', 'mbh', 'ag', 'kg', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'oy', 'ab', 'pty', 'pvt',
  'co', 'company', 'kk',
]);
/** Only a legal-form word when followed by one that was dropped ("Private Limited"). */
const SUFFIX_PREFIXES = new Set(['private', 'pvt', 'pte']);
const CONNECTORS = new Set(['and', '&']);

const SUFFIX_DISPLAY: Readonly<Record<string, string>> = {
  inc: 'Inc', incorporated: 'Incorporated', corp: 'Corp', corporation: 'Corporation', ltd: 'Ltd',
  limited: 'Limited', llc: 'LLC', llp: 'LLP', lp: 'LP', plc: 'PLC', gmbh: 'GmbH', mbh: 'mbH', ag: 'AG',
  kg: 'KG', sa: 'S.A.', sas: 'SAS', sarl: 'SARL', srl: 'S.r.l.', spa: 'S.p.A.', bv: 'B.V.', nv: 'N.V.',
  oy: 'Oy', ab: 'AB', pty: 'Pty', pvt: 'Pvt', private: 'Private', pte: 'Pte', co: 'Co.', company: 'Company', kk: 'K.K.',
};

const MARKS = /\p{M}+/gu;
const JOINERS = /[.'’`´]/g;
const WORDS = /[\p{L}\p{N}]+|&/gu;
const ASCII_WORDS = /[A-Za-z0-9]+|&/g;
const NOT_WORD = /[^\p{L}\p{N}&]/gu;
/** Printable ASCII only: no accents to remove, no Unicode classes needed (the fast path). */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

type Skip = ReadonlySet<NameAspect>;
const NONE: Skip = new Set();

/**
 * The words of a name after normalisation. `skip` leaves some aspects as they are
 * (used to explain a match); by default everything is normalised.
 */
export function nameWords(name: string, skip: Skip = NONE): string[] {
  const ascii = PLAIN_ASCII.test(name);
  let s = ascii ? name : skip.has('accents') ? name.normalize('NFKC') : name.normalize('NFKD').replace(MARKS, '');
  if (!skip.has('case')) s = s.toLowerCase();
  if (!skip.has('ampersand') && s.includes('&')) s = s.replace(/&/g, ' and ');
  let words: string[];
  if (skip.has('punctuation')) {
    words = s.split(/\s+/).filter(Boolean);
  } else {
    s = s.replace(JOINERS, '');
    words = s.match(ascii ? ASCII_WORDS : WORDS) ?? [];
  }
  if (!skip.has('legal-suffix')) words = words.slice(0, keptLength(words));
  return words;
}

/** Comparable key of a name (all aspects normalised): equal keys mean "the same name". */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/**
 * Search form of a text: case, accents, punctuation and "&" normalised, legal suffixes
 * kept (so typing "ltd" finds the Ltds). Fold the list once and the query per keystroke,
 * then test with `includes`.
 */
export function searchKey(text: string): string {
  return nameWords(text, SEARCH_SKIP).join(' ');
}
const SEARCH_SKIP: Skip = new Set(['legal-suffix']);

const SIMPLE_WORD = /^[a-z0-9]*$/;
const bare = (word: string) => (SIMPLE_WORD.test(word) ? word : word.replace(NOT_WORD, '').toLowerCase());

/** How many leading words remain once trailing legal-form words (and a connector left dangling) are dropped. */
function keptLength(words: readonly string[]): number {
  let n = words.length;
  let droppedAny = false;
  while (n > 1) {
    const last = bare(words[n - 1]!);
    if (LEGAL_SUFFIXES.has(last) || (droppedAny && SUFFIX_PREFIXES.has(last))) {
      n--;
      droppedAny = true;
    } else if (droppedAny && CONNECTORS.has(last)) {
      n--;
    } else {
      break;
    }
  }
  return n;
}

/** Drops trailing legal-form words (never the whole name) and a connector left dangling. */
export function dropLegalSuffixes(words: readonly string[]): { words: string[]; dropped: string[] } {
  const n = keptLength(words);
  return {
    words: words.slice(0, n),
    dropped: words.slice(n).map(bare).filter((w) => !CONNECTORS.has(w)),
  };
}

// ---- explaining a match ----

export type MatchKind = 'exact' | 'normalised' | 'words';

export interface MatchReason {
  /** `exact`: the same name (case aside); `normalised`: the same once normalised; `words`: shares words. */
  readonly kind: MatchKind;
  /** What had to be normalised for the names to be equal (empty for `words`). */
  readonly differences: readonly NameAspect[];
  /** Legal-form words one of the names has and the other lacks, as usually written (e.g. "Ltd"). */
  readonly suffixes: readonly string[];
  /** Normalised words both names share (for `words`). */
  readonly sharedWords: readonly string[];
}

/** Which aspects two names that share a `nameKey` differ in. */
export function nameDifferences(a: string, b: string): NameAspect[] {
  const out: NameAspect[] = [];
  for (const aspect of NAME_ASPECTS) {
    const skip = new Set([aspect]);
    if (nameWords(a, skip).join(' ') !== nameWords(b, skip).join(' ')) out.push(aspect);
  }
  return out;
}

/** Explains why two names whose keys are equal were matched. */
export function explainSameName(clientName: string, accountName: string): MatchReason {
  const differences = nameDifferences(clientName, accountName);
  const suffixes = differences.includes('legal-suffix') ? suffixDifference(clientName, accountName) : [];
  const meaningful = differences.filter((d) => d !== 'case');
  if (meaningful.length === 0) {
    return { kind: 'exact', differences, suffixes, sharedWords: [] };
  }
  return { kind: 'normalised', differences, suffixes, sharedWords: [] };
}

function suffixDifference(a: string, b: string): string[] {
  const skip = new Set<NameAspect>(['legal-suffix']);
  const da = dropLegalSuffixes(nameWords(a, skip)).dropped;
  const db = dropLegalSuffixes(nameWords(b, skip)).dropped;
  const diff = da.join(' ') === db.join(' ') ? [] : [...da.filter((w) => !db.includes(w)), ...db.filter((w) => !da.includes(w))];
  return [...new Set(diff)].map((w) => SUFFIX_DISPLAY[w] ?? w);
}

// ---- the account index ----

export interface NamedRecord {
  readonly id: string;
  readonly name: string;
}

export interface AccountIndex<A extends NamedRecord = NamedRecord> {
  readonly accounts: readonly A[];
  /** Position of each account by id. */
  readonly positionOf: ReadonlyMap<string, number>;
  /** `searchKey` of every account, in order: filter this array per keystroke. */
  readonly searchKeys: readonly string[];
  /** Account positions by `nameKey`. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Account positions by normalised word (legal suffixes excluded). */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** Normalised words of each account. */
  readonly words: readonly (readonly string[])[];
}

/** Builds the index once per account list; suggestions and search then never re-normalise accounts. */
export function buildAccountIndex<A extends NamedRecord>(accounts: readonly A[]): AccountIndex<A> {
  const builder = accountIndexBuilder(accounts);
  builder.step(Infinity);
  return builder.index();
}

export interface AccountIndexBuilder<A extends NamedRecord = NamedRecord> {
  /** Indexes accounts for at most about `budgetMs`; true when every account is in. */
  step(budgetMs: number): boolean;
  /** The index, finishing the remaining accounts first. */
  index(): AccountIndex<A>;
}

/**
 * Builds the index in steps (e.g. in idle callbacks, so a large list never blocks input
 * for long); `index()` finishes it at once when it is needed before that.
 */
export function accountIndexBuilder<A extends NamedRecord>(accounts: readonly A[]): AccountIndexBuilder<A> {
  const positionOf = new Map<string, number>();
  const searchKeys: string[] = new Array(accounts.length);
  const byKey = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const words: string[][] = new Array(accounts.length);
  let next = 0;
  const add = (i: number) => {
    const a = accounts[i]!;
    positionOf.set(a.id, i);
    const searchWords = nameWords(a.name, SEARCH_SKIP);
    const all = searchWords.join(' ');
    searchKeys[i] = all;
    const kept = keptLength(searchWords);
    const w = kept === searchWords.length ? searchWords : searchWords.slice(0, kept);
    words[i] = w;
    const key = kept === searchWords.length ? all : w.join(' ');
    const same = byKey.get(key);
    if (same) same.push(i);
    else byKey.set(key, [i]);
    for (let k = 0; k < w.length; k++) {
      const word = w[k]!;
      if (w.indexOf(word) !== k) continue;
      const list = byWord.get(word);
      if (list) list.push(i);
      else byWord.set(word, [i]);
    }
  };
  const step = (budgetMs: number): boolean => {
    const until = budgetMs === Infinity ? Infinity : performance.now() + budgetMs;
    while (next < accounts.length) {
      const end = Math.min(accounts.length, next + 500);
      for (; next < end; next++) add(next);
      if (performance.now() >= until) break;
    }
    return next >= accounts.length;
  };
  return {
    step,
    index() {
      step(Infinity);
      return { accounts, positionOf, searchKeys, byKey, byWord, words };
    },
  };
}

export interface AccountSuggestion<A extends NamedRecord = NamedRecord> {
  readonly account: A;
  /** 0–100; higher is a better match. */
  readonly score: number;
  readonly reason: MatchReason;
}

export interface SuggestOptions {
  /** How many suggestions at most. Default 5. */
  limit?: number;
  /** Accounts that cannot be chosen (e.g. already mapped to another client). */
  exclude?: (accountId: string) => boolean;
  /** Word matches below this share of the (weighted) words are not suggested. Default 0.3. */
  minWordShare?: number;
}

/** Words this common add candidates only when nothing rarer does (keeps one lookup small). */
const COMMON_WORD_LIMIT = 2_000;

/**
 * Accounts that may belong to a client, best first, each with its reason. Uses the index
 * only: the same normalised name first (fewest differences first), then accounts sharing
 * words (rare words weigh more). Never changes anything: the caller shows them and the
 * admin chooses.
 */
export function suggestAccounts<A extends NamedRecord>(
  index: AccountIndex<A>, clientName: string, options: SuggestOptions = {},
): AccountSuggestion<A>[] {
  const limit = options.limit ?? 5;
  const exclude = options.exclude;
  const minShare = options.minWordShare ?? 0.3;
  const clientWords = nameWords(clientName);
  const key = clientWords.join(' ');
  const out: AccountSuggestion<A>[] = [];
  const seen = new Set<number>();

  for (const i of index.byKey.get(key) ?? []) {
    seen.add(i);
    const account = index.accounts[i]!;
    if (exclude?.(account.id)) continue;
    const reason = explainSameName(clientName, account.name);
    const score = reason.kind === 'exact' ? 100 : 95 - 5 * reason.differences.filter((d) => d !== 'case').length;
    out.push({ account, score, reason });
  }

  if (out.length < limit && clientWords.length) {
    const total = index.accounts.length || 1;
    const idf = (word: string) => Math.log(1 + total / ((index.byWord.get(word)?.length ?? 0) || 1));
    const unique = [...new Set(clientWords)].sort(
      (a, b) => (index.byWord.get(a)?.length ?? 0) - (index.byWord.get(b)?.length ?? 0),
    );
    const shared = new Map<number, number>();
    let first = true;
    for (const word of unique) {
      const list = index.byWord.get(word);
      if (!list) continue;
      const addNew = first || list.length <= COMMON_WORD_LIMIT;
      first = false;
      for (const i of list) {
        if (seen.has(i)) continue;
        const n = shared.get(i);
        if (n !== undefined) shared.set(i, n + 1);
        else if (addNew) shared.set(i, 1);
      }
    }
    const clientWeight = unique.reduce((s, w) => s + idf(w), 0);
    const clientSet = new Set(unique);
    const scored: { i: number; share: number; words: string[] }[] = [];
    for (const i of shared.keys()) {
      const accountWords = new Set(index.words[i]);
      let common = 0;
      let union = clientWeight;
      const words: string[] = [];
      for (const w of accountWords) {
        if (clientSet.has(w)) {
          common += idf(w);
          words.push(w);
        } else {
          union += idf(w);
        }
      }
      const share = union ? common / union : 0;
      if (share >= minShare) scored.push({ i, share, words });
    }
    scored.sort((a, b) => b.share - a.share || compareNames(index.accounts[a.i]!, index.accounts[b.i]!));
    for (const { i, share, words } of scored) {
      if (out.length >= limit * 2) break;
      const account = index.accounts[i]!;
      if (exclude?.(account.id)) continue;
      const ordered = clientWords.filter((w, k) => words.includes(w) && clientWords.indexOf(w) === k);
      out.push({
        account,
        score: Math.round(80 * share),
        reason: { kind: 'words', differences: [], suffixes: [], sharedWords: ordered },
      });
    }
  }

  out.sort((a, b) => b.score - a.score || compareNames(a.account, b.account));
  return out.slice(0, limit);
}

function compareNames(a: NamedRecord, b: NamedRecord): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Positions (into `keys`) of the entries whose search key contains the query's search
 * key, in order. An empty query keeps everything. One pass over a precomputed array.
 */
export function filterBySearch(keys: readonly string[], query: string): number[] {
  const q = searchKey(query);
  const out: number[] = [];
  if (!q) {
    for (let i = 0; i < keys.length; i++) out.push(i);
    return out;
  }
  for (let i = 0; i < keys.length; i++) if (keys[i]!.includes(q)) out.push(i);
  return out;
}
