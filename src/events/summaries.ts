/**
 * How events describe a portal and a project (never a key). The helpers stay inside the library:
 * src/events/index.ts re-exports the event files only, and these are not among them.
 */
import type { AssociatedPortal, LinkedProject } from '../schemas/entities.js';

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
