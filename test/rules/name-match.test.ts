import { expect } from '@open-wc/testing';
import {
  buildAccountIndex, dropLegalSuffixes, explainSameName, filterBySearch, nameDifferences, nameKey,
  nameWords, searchKey, suggestAccounts,
} from '../../src/rules/name-match.js';
import { matchReasonText } from '../../src/elements/client-account-mapper/match-reason-text.js';

const accounts = (names: string[]) => names.map((name, i) => ({ id: `acc-${i + 1}`, name }));

describe('name-match: normalisation', () => {
  it('folds case, accents (NFKD), punctuation and "&"', () => {
    expect(nameKey('Crème Brûlée Studio')).to.equal('creme brulee studio');
    expect(nameKey('MÜLLER & SÖHNE')).to.equal(nameKey('Muller and Sohne'));
    expect(nameKey("O'Brien, Smith-Jones")).to.equal('obrien smith jones');
    // Decomposed and composed accents are the same name; compatibility forms fold too.
    expect(nameKey('Cafe\u0301')).to.equal(nameKey('Caf\u00e9'));
    expect(nameKey('Ｚｙｌｋｅｒ')).to.equal('zylker');
    expect(nameKey('  Blue   Harbor\tLogistics ')).to.equal('blue harbor logistics');
  });

  it('drops legal suffixes at the end, never the whole name', () => {
    for (const suffix of ['Inc', 'Inc.', 'Ltd', 'LLC', 'GmbH', 'S.A.', 'Pvt Ltd', 'Private Limited', 'Co.', 'PLC']) {
      expect(nameKey(`Acme ${suffix}`), suffix).to.equal('acme');
    }
    expect(nameKey('Smith & Co')).to.equal('smith');
    expect(nameKey('Ltd')).to.equal('ltd');
    // Only at the end: "Inc" inside a name is a word.
    expect(nameKey('Inc Magazine Group')).to.equal('inc magazine group');
    // "Private" alone is an ordinary word.
    expect(nameKey('Acme Private')).to.equal('acme private');
    expect(dropLegalSuffixes(['acme', 'pvt', 'ltd']).dropped).to.deep.equal(['pvt', 'ltd']);
  });

  it('keeps names with markup characters as plain words', () => {
    expect(nameWords('<img src=x onerror=alert(1)> Labs')).to.deep.equal(['img', 'src', 'x', 'onerror', 'alert', '1', 'labs']);
    expect(searchKey('<b>Bold</b> & Co')).to.equal('b bold b and co');
  });

  it('search keys keep legal suffixes and fold the query the same way', () => {
    const keys = ['Northwind Traders Inc.', 'Crème Brûlée Studio', 'Café Délices'].map(searchKey);
    expect(filterBySearch(keys, 'inc')).to.deep.equal([0]);
    expect(filterBySearch(keys, 'CREME')).to.deep.equal([1]);
    expect(filterBySearch(keys, 'café dé')).to.deep.equal([2]);
    expect(filterBySearch(keys, '')).to.deep.equal([0, 1, 2]);
    expect(filterBySearch(keys, 'nothing like it')).to.deep.equal([]);
  });
});

describe('name-match: reasons', () => {
  it('names exactly what differs', () => {
    expect(nameDifferences('Crème Brûlée Studio', 'Creme Brulee Studio Ltd')).to.deep.equal(['accents', 'legal-suffix']);
    expect(nameDifferences('Northwind Traders Inc.', 'Northwind Traders')).to.deep.equal(['legal-suffix']);
    expect(nameDifferences('Müller & Söhne', 'Müller and Söhne')).to.deep.equal(['ampersand']);
    expect(nameDifferences('Smith-Jones Partners', 'Smith Jones Partners')).to.deep.equal(['punctuation']);
    expect(nameDifferences('Acme S.A.', 'Acme')).to.deep.equal(['legal-suffix']);
    expect(nameDifferences('ZYLKER CORP', 'Zylker Corp')).to.deep.equal(['case']);
  });

  it('writes one sentence per reason', () => {
    expect(matchReasonText(explainSameName('Zylker Corp', 'Zylker Corp'))).to.equal('Exact name match.');
    expect(explainSameName('ZYLKER', 'Zylker').kind).to.equal('exact');
    const crème = explainSameName('Crème Brûlée Studio', 'Creme Brulee Studio Ltd');
    expect(crème.kind).to.equal('normalised');
    expect(crème.suffixes).to.deep.equal(['Ltd']);
    expect(matchReasonText(crème)).to.equal('Same name apart from accents and the legal suffix “Ltd”.');
    expect(matchReasonText(explainSameName('Northwind Traders Inc.', 'Northwind Traders'))).to.contain('“Inc”');
  });
});

describe('name-match: suggestions', () => {
  const index = buildAccountIndex(accounts([
    'Creme Brulee Studio Ltd', 'Crème Studio Supplies', 'Brulee Bakery', 'Northwind Traders',
    'Globex Corporation', 'Globex Corporation', 'Initech Consulting LLC', 'Hooli', 'Hooli XYZ', 'Wayne Enterprises',
  ]));

  it('ranks an accent/suffix variant first, with its reason', () => {
    const s = suggestAccounts(index, 'Crème Brûlée Studio');
    expect(s[0]!.account.name).to.equal('Creme Brulee Studio Ltd');
    expect(s[0]!.reason.kind).to.equal('normalised');
    expect(s[0]!.reason.differences).to.deep.equal(['accents', 'legal-suffix']);
    // Accounts sharing some words come after it, explained by the shared words.
    expect(s.length).to.be.greaterThan(1);
    expect(s.slice(1).every((x) => x.reason.kind === 'words' && x.score < s[0]!.score)).to.equal(true);
    expect(matchReasonText(s[1]!.reason)).to.match(/^Shares the words? “/);
  });

  it('lists every account that matches when several do', () => {
    const s = suggestAccounts(index, 'Globex Corporation');
    expect(s.slice(0, 2).map((x) => x.account.id)).to.deep.equal(['acc-5', 'acc-6']);
    expect(matchReasonText(s[0]!.reason)).to.equal('Exact name match.');
    expect(s[0]!.score).to.equal(100);
  });

  it('suggests by shared rare words and skips excluded accounts', () => {
    const s = suggestAccounts(index, 'Initech');
    expect(s[0]!.account.name).to.equal('Initech Consulting LLC');
    expect(s[0]!.reason.sharedWords).to.deep.equal(['initech']);
    const noHooli = suggestAccounts(index, 'Hooli', { exclude: (id) => id === 'acc-8' });
    expect(noHooli.map((x) => x.account.name)).to.deep.equal(['Hooli XYZ']);
  });

  it('suggests nothing for a name that shares nothing', () => {
    expect(suggestAccounts(index, 'Umbrella Health')).to.deep.equal([]);
  });

  it('respects the limit', () => {
    const many = buildAccountIndex(accounts(Array.from({ length: 20 }, () => 'Same Name')));
    expect(suggestAccounts(many, 'Same Name', { limit: 3 })).to.have.length(3);
  });

  it('answers from the index for a large list (common words alone add no candidates)', () => {
    const big = buildAccountIndex(accounts(Array.from({ length: 50_000 }, (_, i) => `Company ${i} ${i % 2 ? 'Ltd' : 'Systems'}`)));
    expect(big.searchKeys).to.have.length(50_000);
    const s = suggestAccounts(big, 'Company 4242 Inc');
    expect(s[0]!.account.name).to.equal('Company 4242 Systems');
    expect(s[0]!.reason.sharedWords).to.deep.equal(['company', '4242']);
  });
});
