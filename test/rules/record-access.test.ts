import { expect } from '@open-wc/testing';
import { projectActions, relatedListView, safeExternalUrl } from '../../src/rules/record-access.js';
import type { IntegrationState, PermissionSet } from '../../src/schemas/entities.js';

const set = (on: string): PermissionSet => ({
  tabVisibility: on.includes('T'), view: on.includes('V'), create: on.includes('C'), edit: on.includes('E'), delete: on.includes('D'),
});
const view = (integration: IntegrationState, perms: string) => relatedListView({ integration, profileName: 'P', permissions: set(perms) });

describe('relatedListView', () => {
  it('not set up: a note, whatever the permissions', () => {
    expect(view('not-enabled', 'TVCED')).to.equal('not-active');
    expect(view('configuring', 'TV')).to.equal('not-active');
  });

  it('no Tab Visibility or no View: not permitted', () => {
    expect(view('active', '')).to.equal('not-permitted');
    expect(view('active', 'T')).to.equal('not-permitted');
    expect(view('key-invalid', 'T')).to.equal('not-permitted');
  });

  it('a broken key for those who may see projects; otherwise the list', () => {
    expect(view('key-invalid', 'TV')).to.equal('key-invalid');
    expect(view('active', 'TV')).to.equal('list');
  });
});

describe('projectActions', () => {
  it('each action needs its permission and View', () => {
    expect(projectActions(set('TVC'))).to.deep.equal({ create: true, edit: false, delete: false });
    expect(projectActions(set('TVED'))).to.deep.equal({ create: false, edit: true, delete: true });
    expect(projectActions(set('TCED'))).to.deep.equal({ create: false, edit: false, delete: false });
  });
});

describe('safeExternalUrl', () => {
  it('lets http(s) through and nothing else', () => {
    expect(safeExternalUrl('https://projects.zoho.com/portal/x#project/1')).to.equal('https://projects.zoho.com/portal/x#project/1');
    expect(safeExternalUrl('javascript:alert(1)')).to.equal(null);
    expect(safeExternalUrl('data:text/html,hi')).to.equal(null);
    expect(safeExternalUrl('not a url')).to.equal(null);
    expect(safeExternalUrl(null)).to.equal(null);
  });
});
