import type { CrmModule } from '../schemas/entities.js';
import { ZpEvent } from './zp-event.js';

export interface ZpProjectDeletedDetail {
  /** The record the project was linked to; null (from `<projects-tab>`) when it was linked to none. */
  module: CrmModule | null;
  recordId: string | null;
  project: { id: string; name: string };
}

/** Fired by `<projects-related-list>` and `<projects-tab>` when a project was deleted. */
export class ZpProjectDeletedEvent extends ZpEvent<ZpProjectDeletedDetail> {
  static readonly eventName = 'zp-project-deleted';
  constructor(module: CrmModule | null, recordId: string | null, project: { id: string; name: string }) {
    super(ZpProjectDeletedEvent.eventName, { module, recordId, project: { id: project.id, name: project.name } });
  }
}
