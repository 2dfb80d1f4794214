import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/register/profile-perms.js';
import type { ProfilePerms } from '../../src/elements/profile-perms/profile-perms.js';
import type { PermissionSet } from '../../src/schemas/entities.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API } from '../helpers.js';
import { root, text } from '../dom.js';
import {
  MESSAGES, SLOW_MS, brokenAnswer, expectEachRoundSavedOnce, expectRetryReplayed, mountFaulty, lateRequests, throughFaults, type Setting,
} from './support.js';

const COLUMNS = ['Tab Visibility', 'View', 'Create', 'Edit', 'Delete'] as const;
const box = (el: Element, name: string) => root(el).querySelector<HTMLInputElement>(`input[aria-label="${name}"]`);
/** The checked columns of a profile's row, as shown. */
const row = (el: Element, profile: string) => COLUMNS.filter((c) => box(el, `${c} – ${profile}`)!.checked);
const save = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="save-button"]')!;
const loaded = (el: Element) => () => box(el, 'View – Administrator');
const savedShown = (el: Element) => () => text(el).includes('Permissions saved.') && text(el).includes('No unsaved changes');

const open = (scenario: Setting) => mountFaulty<ProfilePerms>('profile-perms', scenario, { active: true });

async function click(el: ProfilePerms, name: string) {
  box(el, name)!.click();
  await el.updateComplete;
}

const serverSet = (server: FakeServer, name: string): PermissionSet => server.db.profiles.find((p) => p.profileName === name)!.permissions;
const on = (set: PermissionSet) => COLUMNS.filter((_, i) => set[(['tabVisibility', 'view', 'create', 'edit', 'delete'] as const)[i]!]);

/** Users of profiles that can see projects are in Zoho Projects, each once. */
function expectUsersPushed(server: FakeServer) {
  const visible = new Set(server.db.profiles.filter((p) => p.permissions.tabVisibility && p.permissions.view).map((p) => p.profileId));
  const users = server.db.crmUsers.filter((u) => visible.has(u.profileId));
  expect(users.length).to.be.above(0);
  expect(users.every((u) => u.inProjects)).to.equal(true);
}

describe('<profile-perms> under faults', () => {
  it('flaky: four rounds of changes saved through failed, dropped and hanging requests; every failure offers Retry and keeps the changes; each round saved once', async () => {
    const { el, server } = await open('flaky');
    const version = server.db.permissionsVersion;
    const failures = await throughFaults(el, loaded(el), { what: 'the grid' });
    const rounds: [string, string, string[]][] = [
      ['View – Support Agent', 'Support Agent', ['Tab Visibility', 'View']],
      ['Create – Support Agent', 'Support Agent', ['Tab Visibility', 'View', 'Create']],
      ['Delete – Sales Manager', 'Sales Manager', [...COLUMNS]],
      ['Edit – Support Agent', 'Support Agent', ['Tab Visibility', 'View', 'Create', 'Edit']],
    ];
    for (const [checkbox, profile, expected] of rounds) {
      await click(el, checkbox);
      expect(row(el, profile)).to.deep.equal(expected);
      failures.push(...await throughFaults(el, savedShown(el), {
        click: save(el),
        what: `the save of ${checkbox}`,
        kept: () => {
          expect(row(el, profile), 'the change is still on screen').to.deep.equal(expected);
          expect(text(el)).to.contain('Your changes are kept on this page');
        },
      }));
    }
    await expectEachRoundSavedOnce(server, failures, () => server.db.permissionsVersion, version + 4);
    expect(on(serverSet(server, 'Support Agent'))).to.deep.equal(['Tab Visibility', 'View', 'Create', 'Edit']);
    expect(on(serverSet(server, 'Sales Manager'))).to.deep.equal([...COLUMNS]);
    expectUsersPushed(server);
  });

  it('slow: a save past the time limit says so with Retry and keeps the change; the late write is not made twice', async () => {
    const { el, server } = await open('slow');
    const loading = await throughFaults(el, loaded(el), { what: 'the grid', beforeRetry: () => { server.latencyMs = 0; } });
    expect(loading.map((f) => f.message).join()).to.contain(MESSAGES.timeout);
    const version = server.db.permissionsVersion;
    await click(el, 'View – Support Agent');
    server.latencyMs = SLOW_MS;
    save(el).click();
    const failures = await throughFaults(el, savedShown(el), {
      what: 'the save',
      beforeRetry: () => { server.latencyMs = 0; },
      kept: () => expect(row(el, 'Support Agent')).to.deep.equal(['Tab Visibility', 'View']),
    });
    expect(failures[0]!.message).to.contain(MESSAGES.timeout);
    await lateRequests();
    expect(server.db.permissionsVersion).to.equal(version + 1);
    expect(on(serverSet(server, 'Support Agent'))).to.deep.equal(['Tab Visibility', 'View']);
    expectUsersPushed(server);
    const sends = server.log.filter((e) => e.operation === 'savePermissions');
    expect(new Set(sends.map((e) => e.idempotencyKey)).size).to.equal(1);
    expect(sends.some((e) => e.replayed)).to.equal(true);
  });

  it('malformed: permissions that break the contract say "unexpected response" with Retry and are reported; healed, the change saves', async () => {
    const { el, server, heal, errors } = await open('malformed');
    await throughFaults(el, () => root(el).querySelector('[part="error"]'), { what: 'the failure' });
    expect(text(el)).to.contain(MESSAGES.unexpected);
    expect(root(el).querySelector('input')).to.equal(null);
    expect(errors.map((e) => [e.detail.kind, e.detail.operation])).to.deep.equal([['unexpected-response', 'getPermissions']]);
    heal();
    expect((await throughFaults(el, loaded(el), { what: 'the grid' })).map((f) => f.action)).to.deep.equal(['Retry']);
    await click(el, 'View – Support Agent');
    save(el).click();
    await throughFaults(el, savedShown(el), { what: 'the save' });
    expect(on(serverSet(server, 'Support Agent'))).to.deep.equal(['Tab Visibility', 'View']);
  });

  it('a save done by the server whose answer breaks the contract: Retry replays it (same Idempotency-Key) and shows it saved; nothing saved twice', async () => {
    const { el, server, worker } = await open('healthy');
    await throughFaults(el, loaded(el), { what: 'the grid' });
    const version = server.db.permissionsVersion;
    worker.use(http.put(`${API}/crm/profile-permissions`, brokenAnswer(server, 'savePermissions'), { once: true }));
    await click(el, 'Create – Support Agent');
    const kept = () => expect(row(el, 'Support Agent')).to.deep.equal(['Tab Visibility', 'View', 'Create']);
    save(el).click();
    const failures = await throughFaults(el, savedShown(el), { what: 'the save', kept });
    kept();
    expectRetryReplayed(server, failures, 'savePermissions');
    expect(server.db.permissionsVersion).to.equal(version + 1);
    expect(on(serverSet(server, 'Support Agent'))).to.deep.equal(['Tab Visibility', 'View', 'Create']);
    expectUsersPushed(server);
  });
});
