import type { CrmModule, LinkedProject } from '../schemas/entities.js';
import { projectSummary, type ZpProjectSummary } from './summaries.js';
import { ZpEvent } from './zp-event.js';

export interface ZpProjectUpdatedDetail {
  module: CrmModule;
  recordId: string;
  project: ZpProjectSummary;
}

/** Fired by `<projects-related-list>` when "Edit" saved a linked project. */
export class ZpProjectUpdatedEvent extends ZpEvent<ZpProjectUpdatedDetail> {
  static readonly eventName = 'zp-project-updated';
  constructor(module: CrmModule, recordId: string, project: LinkedProject) {
    super(ZpProjectUpdatedEvent.eventName, { module, recordId, project: projectSummary(project) });
  }
}
