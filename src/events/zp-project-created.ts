import { ZpRecordProjectEvent, type ZpProjectSummary, type ZpRecordProjectDetail } from './summaries.js';

export type { ZpProjectSummary };

/** The record the project was created from, and the project. */
export type ZpProjectCreatedDetail = ZpRecordProjectDetail;

/** Fired by `<projects-related-list>` and `<projects-tab>` when "New Project" created a project. */
export class ZpProjectCreatedEvent extends ZpRecordProjectEvent {
  static readonly eventName = 'zp-project-created';
}
