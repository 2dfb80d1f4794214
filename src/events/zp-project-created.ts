import type { CrmModule, LinkedProject } from '../schemas/entities.js';
import { projectSummary, type ZpProjectSummary } from './summaries.js';

export type { ZpProjectSummary };

export interface ZpProjectCreatedDetail {
  module: CrmModule;
  recordId: string;
  project: ZpProjectSummary;
}

/** Fired by `<projects-related-list>` when "New Project" created a project from the record. */
export class ZpProjectCreatedEvent extends CustomEvent<ZpProjectCreatedDetail> {
  static readonly eventName = 'zp-project-created';
  constructor(module: CrmModule, recordId: string, project: LinkedProject) {
    super(ZpProjectCreatedEvent.eventName, {
      bubbles: true, composed: true, detail: { module, recordId, project: projectSummary(project) },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zp-project-created': ZpProjectCreatedEvent;
  }
}
