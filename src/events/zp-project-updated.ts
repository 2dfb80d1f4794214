import type { CrmModule, LinkedProject } from '../schemas/entities.js';
import { projectSummary, type ZpProjectSummary } from './summaries.js';

export interface ZpProjectUpdatedDetail {
  module: CrmModule;
  recordId: string;
  project: ZpProjectSummary;
}

/** Fired by `<projects-related-list>` when "Edit" saved a linked project. */
export class ZpProjectUpdatedEvent extends CustomEvent<ZpProjectUpdatedDetail> {
  static readonly eventName = 'zp-project-updated';
  constructor(module: CrmModule, recordId: string, project: LinkedProject) {
    super(ZpProjectUpdatedEvent.eventName, {
      bubbles: true, composed: true, detail: { module, recordId, project: projectSummary(project) },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zp-project-updated': ZpProjectUpdatedEvent;
  }
}
