import type { CrmModule, LinkedProject } from '../schemas/entities.js';
import { projectSummary, type ZpProjectSummary } from './summaries.js';
import { ZpEvent } from './zp-event.js';

export type { ZpProjectSummary };

export interface ZpProjectCreatedDetail {
  module: CrmModule;
  recordId: string;
  project: ZpProjectSummary;
}

/** Fired by `<projects-related-list>` when "New Project" created a project from the record. */
export class ZpProjectCreatedEvent extends ZpEvent<ZpProjectCreatedDetail> {
  static readonly eventName = 'zp-project-created';
  constructor(module: CrmModule, recordId: string, project: LinkedProject) {
    super(ZpProjectCreatedEvent.eventName, { module, recordId, project: projectSummary(project) });
  }
}
