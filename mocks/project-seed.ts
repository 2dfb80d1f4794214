/**
 * The rest of the integrated portal's projects (the Projects tab lists them all): some created
 * from Deals and Accounts, some in Zoho Projects itself, with statuses, owners, dates, progress
 * and custom field values. Seeded, so every run has the same projects.
 */
import type { Account, FieldValue, ProjectsField } from '../src/schemas/entities.js';
import type { FakeProject, FakeRecord } from './db.js';
import type { Random } from './random.js';
import { PROJECTS_FIELD_OPTIONS, PROJECT_STATUSES, projectUrl } from './record-seed.js';

const TOPICS = ['Website', 'ERP', 'CRM Rollout', 'Data Warehouse', 'Mobile App', 'Office Move', 'Audit', 'Training', 'Support Desk', 'Cloud Migration', 'Brand Refresh', 'Warehouse'];
const PHASES = ['Discovery', 'Pilot', 'Phase 1', 'Phase 2', 'Rollout', 'Review', 'Upgrade', 'Integration'];

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function valuesFor(rnd: Random, fields: readonly ProjectsField[]): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const f of fields) {
    if (!rnd.chance(0.7)) continue;
    const options = PROJECTS_FIELD_OPTIONS[f.id];
    switch (f.type) {
      case 'picklist': if (options) values[f.id] = rnd.pick(options); break;
      case 'multiselect': if (options) values[f.id] = [rnd.pick(options)]; break;
      case 'currency': case 'integer': case 'decimal': values[f.id] = rnd.int(5, 400) * 250; break;
      case 'boolean': values[f.id] = rnd.chance(0.5); break;
      case 'date': values[f.id] = day(rnd.int(300, 800)); break;
      case 'email': values[f.id] = `pm${rnd.int(1, 99)}@example.com`; break;
      case 'url': values[f.id] = `https://example.com/p/${rnd.int(1, 999)}`; break;
      default: values[f.id] = `Note ${rnd.int(1, 999)}`;
    }
  }
  return values;
}

/**
 * `count` more projects after `existing`, named uniquely. Linked ones go to Deals from the fourth
 * on and to Accounts from the third on (the first Deals and Accounts keep the related lists the
 * tests know), or to any account of a large CRM.
 */
export function buildPortalProjects(
  rnd: Random, count: number, existing: number,
  link: { deals: readonly FakeRecord[]; accounts: readonly Account[] }, owners: readonly string[], fields: readonly ProjectsField[],
): FakeProject[] {
  // Values for budget, tags and the first custom fields (a large portal's 300 would be 6 million values).
  const valued = fields.filter((f) => f.id === 'budget' || f.id === 'tags' || f.custom).slice(0, 14);
  const deals = link.deals.slice(3);
  const accounts = link.accounts.slice(2, link.accounts.length > 1000 ? undefined : 16);
  return Array.from({ length: count }, (_, i) => {
    const id = `zp-project-${existing + i + 1}`;
    const status = rnd.pick(PROJECT_STATUSES);
    const start = rnd.int(0, 700);
    const linkTo = rnd.next();
    const deal = linkTo < 0.3 && deals.length ? rnd.pick(deals) : null;
    const account = !deal && linkTo < 0.6 && accounts.length ? rnd.pick(accounts) : null;
    return {
      id,
      name: `${TOPICS[i % TOPICS.length]} ${PHASES[Math.floor(i / TOPICS.length) % PHASES.length]} ${String(i + 1).padStart(5, '0')}`,
      status,
      owner: owners[rnd.int(0, owners.length - 1)] ?? 'Portal Owner',
      startDate: rnd.chance(0.9) ? day(start) : null,
      endDate: rnd.chance(0.7) ? day(start + rnd.int(20, 300)) : null,
      url: projectUrl(id),
      module: deal ? 'deals' : account ? 'accounts' : null,
      recordId: deal?.id ?? account?.id ?? null,
      progress: status === 'Completed' ? 100 : status === 'Active' ? rnd.int(0, 30) : rnd.int(0, 95),
      values: valuesFor(rnd, valued),
    };
  });
}
