import { ZpRecordProjectEvent, type ZpRecordProjectDetail } from './summaries.js';

/** The record whose linked project was saved, and the project. */
export type ZpProjectUpdatedDetail = ZpRecordProjectDetail;

/** Fired by `<projects-related-list>` and `<projects-tab>` when "Edit" saved a project. */
export class ZpProjectUpdatedEvent extends ZpRecordProjectEvent {
  static readonly eventName = 'zp-project-updated';
}
