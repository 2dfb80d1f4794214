/**
 * One line per operation of the contract, for the OpenAPI document (`npm run openapi`).
 * Kept apart from `contract.ts` so the elements do not ship documentation; typed by the
 * contract, so an operation without a summary does not compile.
 */
import type { OperationName } from './contract.js';

export const operationSummaries: Readonly<Record<OperationName, string>> = {
  getStatus: 'Integration status, edition, trial and admin flags',
  startTrial: 'Start the 15-day trial (Free Edition)',
  startSetup: '"Get Started": begin portal configuration',
  listOwnPortals: "The administrator's own Projects portals",
  lookupOtherPortals: "Another user's portals, by that user's email and ZSC key",
  createPortal: 'Create a new Projects portal',
  associatePortal: 'Associate the chosen portal (only one per CRM account)',
  getFieldMapping: 'Projects fields, CRM fields of Deals and Accounts, and the saved mapping',
  saveFieldMapping: 'Save the field mapping',
  getPermissions: 'Permissions of every CRM profile on the Projects tab',
  savePermissions: 'Save profile permissions; pushes the profiles\' users into Projects as "Employee"',
  listClients: 'Projects clients with their mapped CRM account',
  listAccounts: 'CRM accounts',
  runClientMapping: 'Map clients to exactly matching accounts (one time), or preview it with dryRun',
  skipClientMapping: '"No, Skip": give up automatic mapping until the portal is associated again',
  mapClient: 'Map one client to an account (custom mapping)',
  unmapClient: "Remove a client's mapping",
  updateKey: "Update the portal owner's ZSC key",
  deactivate: '"Deactivate Zoho Projects"',
  getImportContext: "The portal's admin flag, roles, projects and seats",
  lookupCrmUsers: 'CRM users of the account behind an email and ZSC key; opens an import session',
  lookupCrmAccounts: 'CRM accounts (with contacts) behind an email and ZSC key; opens an import session',
  importUsers: 'Import a batch of CRM users as portal users (idempotent per user)',
  importClients: 'Import a batch of CRM accounts as clients, their contacts as client users',
  getRecordAccess: "The signed-in CRM user's profile permissions on projects, and the integration state",
  listRecordProjects: 'The Zoho Projects linked to a Deal or Account (needs View)',
  getProjectForm: '"New Project": the record, the Projects fields and the saved mapping of its module (needs Create)',
  createRecordProject: 'Create a project in the portal, linked to the record (needs Create)',
  updateRecordProject: 'Edit a linked project (needs Edit)',
  deleteRecordProject: 'Delete a linked project in Zoho Projects (needs Delete)',
  getZscKey: "The signed-in administrator's ZSC key, described without the key",
  revealZscKey: 'The ZSC key itself, for "Show key" and "Copy key" (POST: never cached, never in a URL)',
  generateZscKey: '"Generate Now": the first ZSC key',
  regenerateZscKey: '"Regenerate": a new ZSC key; integrations using the old one stop working until updated',
  getClientCrmInfo: "The client's linked CRM account and its open Potentials (Deals)",
};
