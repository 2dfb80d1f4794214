/**
 * How events describe a portal and a project (never a key). The helpers stay inside the library:
 * src/events/index.ts re-exports the event files only, and these are not among them.
 */
import type { AssociatedPortal, CrmModule, LinkedProject } from '../schemas/entities.js';
import { nameOf, ZpEvent } from './zp-event.js';

/** The associated portal as events describe it: never a key. */
export interface ZpPortalSummary {
  id: string;
  name: string;
  ownerEmail: string;
  source: AssociatedPortal['source'];
}

export const portalSummary = (p: AssociatedPortal): ZpPortalSummary =>
  ({ id: p.id, name: p.name, ownerEmail: p.ownerEmail, source: p.source });

/** A linked project as events describe it. */
export interface ZpProjectSummary {
  id: string;
  name: string;
  status: string;
  url: string;
}

export const projectSummary = (p: LinkedProject): ZpProjectSummary => ({ id: p.id, name: p.name, status: p.status, url: p.url });

/** The events about the associated portal: its summary (or null) and what else each one says. */
export abstract class ZpPortalEvent<Detail extends { portal: ZpPortalSummary | null }> extends ZpEvent<Detail> {
  constructor(portal: AssociatedPortal | null, rest: Omit<Detail, 'portal'>) {
    super(nameOf(new.target), { ...rest, portal: portal ? portalSummary(portal) : null } as Detail);
  }
}

/**
 * What a change to a project says: the record it is linked to and the project. From
 * `<projects-tab>`, `module` and `recordId` are null for a project linked to no record.
 */
export interface ZpRecordProjectDetail {
  module: CrmModule | null;
  recordId: string | null;
  project: ZpProjectSummary;
}

/** The events about a project a record page or the Projects tab created or changed. */
export abstract class ZpRecordProjectEvent extends ZpEvent<ZpRecordProjectDetail> {
  constructor(module: CrmModule | null, recordId: string | null, project: LinkedProject) {
    super(nameOf(new.target), { module, recordId, project: projectSummary(project) });
  }
}
