/**
 * The Projects tab's target for the shared project form and delete confirmation: the portal's
 * own operations (a project linked to no record; "Edit" and "Delete" of any project).
 */
import type { IntegrationStore } from '../../store/integration-store.js';
import { TAB_DRAFTS, TAB_KEYS } from '../../store/slices/projects-tab.js';
import type { ProjectTarget } from '../projects-related-list/project-target.js';

export function portalTarget(store: IntegrationStore): ProjectTarget {
  const tab = store.projectsTab;
  return {
    module: null,
    keys: (form) => (form.kind === 'new'
      ? { draftKey: TAB_DRAFTS.new, requestKey: TAB_KEYS.create, sourceKeys: [TAB_KEYS.form] }
      : { draftKey: TAB_DRAFTS.edit(form.project.id), requestKey: TAB_KEYS.update(form.project.id), sourceKeys: [TAB_KEYS.form, TAB_KEYS.details(form.project.id)] }),
    openNew: () => tab.openNew(),
    openEdit: (project) => tab.openEdit(project.id),
    submit: (form) => (form.kind === 'new' ? tab.create() : tab.saveEdit(form.project.id)),
    removeKey: (projectId) => TAB_KEYS.remove(projectId),
    remove: (projectId) => tab.remove(projectId),
  };
}
