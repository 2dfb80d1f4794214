import type { CrmModule } from '../schemas/entities.js';

export interface ZpProjectDeletedDetail {
  module: CrmModule;
  recordId: string;
  project: { id: string; name: string };
}

/** Fired by `<projects-related-list>` when a linked project was deleted. */
export class ZpProjectDeletedEvent extends CustomEvent<ZpProjectDeletedDetail> {
  static readonly eventName = 'zp-project-deleted';
  constructor(module: CrmModule, recordId: string, project: { id: string; name: string }) {
    super(ZpProjectDeletedEvent.eventName, {
      bubbles: true, composed: true, detail: { module, recordId, project: { id: project.id, name: project.name } },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zp-project-deleted': ZpProjectDeletedEvent;
  }
}
