import type { CrmModule } from '../schemas/entities.js';
import { ZpEvent } from './zp-event.js';

export interface ZpProjectDeletedDetail {
  module: CrmModule;
  recordId: string;
  project: { id: string; name: string };
}

/** Fired by `<projects-related-list>` when a linked project was deleted. */
export class ZpProjectDeletedEvent extends ZpEvent<ZpProjectDeletedDetail> {
  static readonly eventName = 'zp-project-deleted';
  constructor(module: CrmModule, recordId: string, project: { id: string; name: string }) {
    super(ZpProjectDeletedEvent.eventName, { module, recordId, project: { id: project.id, name: project.name } });
  }
}
