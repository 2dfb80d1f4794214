import { expect } from '@open-wc/testing';
import { DEFAULT_PROJECT_QUERY, ProjectListIndex, toggleSort } from '../../src/rules/project-list.js';
import type { PortalProject } from '../../src/schemas/entities.js';

const STATUSES = ['Active', 'In Progress', 'Completed'];
const project = (name: string, status: string, owner: string, startDate: string | null, endDate: string | null = null): PortalProject => ({
  id: name, name, status, owner, startDate, endDate, url: `https://projects.example/${name}`, progress: 0, link: null,
});
const PROJECTS = [
  project('Zeta Rollout', 'Completed', 'Ana', '2026-03-01', '2026-04-01'),
  project('Élan Migration', 'Active', 'Bruno', null),
  project('alpha pilot', 'In Progress', 'Ana', '2026-01-15', '2026-02-01'),
  project('Beta Pilot', 'Active', 'Chloé', '2026-02-01'),
];
const index = () => new ProjectListIndex(PROJECTS, STATUSES, 'en');
const names = (positions: number[]) => positions.map((i) => PROJECTS[i]!.name);

describe('project-list: search, filters and sort of the Projects tab', () => {
  it('sorts by name by default, case and accents aside', () => {
    expect(names(index().query(DEFAULT_PROJECT_QUERY))).to.deep.equal(['alpha pilot', 'Beta Pilot', 'Élan Migration', 'Zeta Rollout']);
  });

  it('search matches every word of the name, case and accents aside', () => {
    expect(names(index().query({ ...DEFAULT_PROJECT_QUERY, text: 'PILOT' }))).to.deep.equal(['alpha pilot', 'Beta Pilot']);
    expect(names(index().query({ ...DEFAULT_PROJECT_QUERY, text: 'pilot beta' }))).to.deep.equal(['Beta Pilot']);
    expect(names(index().query({ ...DEFAULT_PROJECT_QUERY, text: 'elan' }))).to.deep.equal(['Élan Migration']);
    expect(index().query({ ...DEFAULT_PROJECT_QUERY, text: 'nothing like it' })).to.deep.equal([]);
  });

  it('filters by status and owner, with the search', () => {
    expect(names(index().query({ ...DEFAULT_PROJECT_QUERY, status: 'Active' }))).to.deep.equal(['Beta Pilot', 'Élan Migration']);
    expect(names(index().query({ ...DEFAULT_PROJECT_QUERY, owner: 'Ana' }))).to.deep.equal(['alpha pilot', 'Zeta Rollout']);
    expect(names(index().query({ ...DEFAULT_PROJECT_QUERY, owner: 'Ana', text: 'zeta' }))).to.deep.equal(['Zeta Rollout']);
  });

  it('sorts by start date with undated projects last; the other way round, first', () => {
    const q = toggleSort(DEFAULT_PROJECT_QUERY, 'startDate');
    expect(q).to.include({ sort: 'startDate', descending: false });
    expect(names(index().query(q))).to.deep.equal(['alpha pilot', 'Beta Pilot', 'Zeta Rollout', 'Élan Migration']);
    const back = toggleSort(q, 'startDate');
    expect(back.descending).to.equal(true);
    expect(names(index().query(back))).to.deep.equal(['Élan Migration', 'Zeta Rollout', 'Beta Pilot', 'alpha pilot']);
  });

  it('sorts by status in the portal\'s order of statuses, then by name', () => {
    expect(names(index().query(toggleSort(DEFAULT_PROJECT_QUERY, 'status'))))
      .to.deep.equal(['Beta Pilot', 'Élan Migration', 'alpha pilot', 'Zeta Rollout']);
  });

  it('owners are the filter\'s choices, each once, in name order', () => {
    expect(index().owners()).to.deep.equal(['Ana', 'Bruno', 'Chloé']);
  });
});
