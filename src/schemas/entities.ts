/**
 * Every entity of the REST contract. Types are inferred from these schemas; the
 * HTTP adapter validates each response with them and the fake server is typed by them.
 */
import * as z from 'zod/mini';

const Id = z.string().check(z.minLength(1));
const Count = z.int().check(z.nonnegative());

// ---- integration status (CRM side) ----
export const Edition = z.enum(['free', 'standard', 'professional', 'enterprise', 'ultimate']);
export const TrialState = z.enum(['not-started', 'active', 'expired']);
export const Trial = z.object({
  state: TrialState,
  /** Days left of the 15-day trial; 0 when not started or expired. */
  daysLeft: Count,
  endsAt: z.nullable(z.string()),
});
export const IntegrationState = z.enum(['not-enabled', 'configuring', 'active', 'key-invalid']);
export const SetupStep = z.enum(['portal', 'fields', 'permissions', 'clients']);
export const PortalSource = z.enum(['own', 'other', 'created']);
export const Portal = z.object({
  id: Id,
  name: z.string(),
  ownerEmail: z.string(),
});
export const AssociatedPortal = z.object({
  id: Id,
  name: z.string(),
  ownerEmail: z.string(),
  source: PortalSource,
});
export const ClientMappingState = z.enum(['pending', 'done', 'skipped']);
export const IntegrationStatus = z.object({
  state: IntegrationState,
  isAdmin: z.boolean(),
  edition: Edition,
  /** Present for the Free Edition only. */
  trial: z.nullable(Trial),
  portal: z.nullable(AssociatedPortal),
  completedSteps: z.array(SetupStep),
  clientMapping: ClientMappingState,
});

// ---- field mapping ----
export const FieldType = z.enum([
  'text', 'textarea', 'integer', 'currency', 'decimal', 'date', 'datetime', 'picklist',
  'multiselect', 'lookup', 'user', 'boolean', 'email', 'phone', 'url',
]);
export const CrmModule = z.enum(['deals', 'accounts']);
export const ProjectsField = z.object({
  id: Id,
  label: z.string(),
  type: FieldType,
  required: z.boolean(),
  custom: z.boolean(),
});
export const CrmField = z.object({ id: Id, label: z.string(), type: FieldType });
export const FieldMappingEntry = z.object({
  projectsFieldId: Id,
  deals: z.nullable(Id),
  accounts: z.nullable(Id),
});
export const FieldMappingDoc = z.object({
  projectsFields: z.array(ProjectsField),
  crmFields: z.object({ deals: z.array(CrmField), accounts: z.array(CrmField) }),
  mapping: z.array(FieldMappingEntry),
  version: Count,
});

// ---- profile permissions ----
export const PERMISSIONS = ['tabVisibility', 'view', 'create', 'edit', 'delete'] as const;
export const Permission = z.enum(PERMISSIONS);
export const PermissionSet = z.object({
  tabVisibility: z.boolean(),
  view: z.boolean(),
  create: z.boolean(),
  edit: z.boolean(),
  delete: z.boolean(),
});
export const ProfilePermissions = z.object({
  profileId: Id,
  profileName: z.string(),
  userCount: Count,
  permissions: PermissionSet,
});
export const PermissionsDoc = z.object({ profiles: z.array(ProfilePermissions), version: Count });
export const PermissionsSaveResult = z.object({
  profiles: z.array(ProfilePermissions),
  version: Count,
  /** CRM users newly added to Zoho Projects with the "Employee" role. */
  pushedAsEmployee: Count,
  /** CRM users who were already in Zoho Projects and kept their role. */
  alreadyExisting: Count,
});

// ---- clients and accounts ----
export const Client = z.object({
  id: Id,
  name: z.string(),
  accountId: z.nullable(Id),
  userCount: Count,
});
export const Account = z.object({ id: Id, name: z.string() });
export const ClientMappingOutcome = z.enum(['mapped', 'no-match', 'multiple-matches', 'already-mapped']);
export const ClientMappingReportRow = z.object({
  clientId: Id,
  clientName: z.string(),
  outcome: ClientMappingOutcome,
  accountId: z.nullable(Id),
  accountName: z.nullable(z.string()),
  candidateAccountIds: z.array(Id),
  reason: z.string(),
});
export const ClientMappingReport = z.object({
  dryRun: z.boolean(),
  rows: z.array(ClientMappingReportRow),
  mappedCount: Count,
  unmappedCount: Count,
  /** Client users of mapped clients that became contacts of the account. */
  contactsCreated: Count,
  /** Administrators the report was emailed to (empty for a dry run). */
  emailedTo: z.array(z.string()),
});
export const ClientAccountLink = z.object({ clientId: Id, accountId: z.nullable(Id) });

// ---- Projects-side import ----
export const Role = z.object({ id: Id, name: z.string() });
export const Project = z.object({ id: Id, name: z.string() });
export const Seats = z.object({ total: Count, used: Count });
export const ImportContext = z.object({
  isPortalAdmin: z.boolean(),
  portalName: z.string(),
  roles: z.array(Role),
  projects: z.array(Project),
  defaultRoleId: Id,
  seats: Seats,
});
export const CrmUser = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  profile: z.string(),
  role: z.string(),
  inPortal: z.boolean(),
});
export const CrmAccountForImport = z.object({
  id: Id,
  name: z.string(),
  contactCount: Count,
  alreadyClient: z.boolean(),
});
export const ImportOutcome = z.enum(['imported', 'existing', 'failed']);
export const UserImportItem = z.object({ crmUserId: Id, roleId: Id, projectId: z.nullable(Id) });
export const UserImportResult = z.object({
  crmUserId: Id,
  outcome: ImportOutcome,
  reason: z.nullable(z.string()),
  portalUserId: z.nullable(Id),
});
export const ClientImportItem = z.object({ accountId: Id });
export const ClientImportResult = z.object({
  accountId: Id,
  outcome: ImportOutcome,
  reason: z.nullable(z.string()),
  clientId: z.nullable(Id),
  contactsImported: Count,
});

// ---- CRM record pages (Deals / Accounts): linked projects, a project from a record ----
/** A CRM or Projects field value: text, number, yes/no, several picklist values, or empty. */
export const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export const CrmRecord = z.object({
  module: CrmModule,
  id: Id,
  name: z.string(),
  /** Values by CRM field id (dates `YYYY-MM-DD`, date-times ISO 8601, lookups and users by name). */
  values: z.record(z.string(), FieldValue),
});
export const LinkedProject = z.object({
  id: Id,
  name: z.string(),
  status: z.string(),
  owner: z.string(),
  startDate: z.nullable(z.string()),
  endDate: z.nullable(z.string()),
  /** The project's page in Zoho Projects. */
  url: z.string(),
});
/** What the signed-in CRM user may do with projects (their profile's permissions) and whether the integration works. */
export const RecordAccess = z.object({
  integration: IntegrationState,
  profileName: z.string(),
  permissions: PermissionSet,
});
export const RecordProjects = z.object({
  record: z.object({ module: CrmModule, id: Id, name: z.string() }),
  projects: z.array(LinkedProject),
  /** Project statuses of the portal (for "Edit"). */
  statuses: z.array(z.string()),
});
/** What a "New Project" form is built from: the record, the Projects fields and the saved mapping of the record's module. */
export const ProjectFormSource = z.object({
  record: CrmRecord,
  projectsFields: z.array(ProjectsField),
  /** The fields of the record's module. */
  crmFields: z.array(CrmField),
  /** The saved mapping's column for the record's module. */
  mapping: z.array(z.object({ projectsFieldId: Id, crmFieldId: z.nullable(Id) })),
  /** Choices of picklist and multi-select Projects fields, by field id. */
  options: z.record(z.string(), z.array(z.string())),
});

// ---- the Projects tab of Zoho CRM: every project of the integrated portal ----
/** The CRM Deal or Account a project was created from. */
export const ProjectLink = z.object({ module: CrmModule, recordId: Id, name: z.string() });
export const PortalProject = z.extend(LinkedProject, {
  /** Percent complete, 0–100. */
  progress: z.int().check(z.minimum(0), z.maximum(100)),
  /** The record it was created from; null for a project created unlinked (or in Zoho Projects). */
  link: z.nullable(ProjectLink),
});
export const PortalProjects = z.object({
  projects: z.array(PortalProject),
  /** Project statuses of the portal (the status filter, "Edit"). */
  statuses: z.array(z.string()),
});
/** One field of a project, standard or custom, with its value (the details view). */
export const ProjectFieldValue = z.object({ id: Id, label: z.string(), type: FieldType, custom: z.boolean(), value: FieldValue });
export const ProjectDetails = z.object({ project: PortalProject, fields: z.array(ProjectFieldValue) });
/** What an unlinked "New Project" form is built from: the Projects fields and their choices. */
export const PortalProjectForm = z.object({
  projectsFields: z.array(ProjectsField),
  options: z.record(z.string(), z.array(z.string())),
});
/** Deals or Accounts to create a linked project from (the tab's record picker). */
export const RecordChoices = z.object({ records: z.array(z.object({ id: Id, name: z.string() })) });

// ---- ZSC key (Developer Space, either side) ----
export const ZscSide = z.enum(['crm', 'projects']);
/** The signed-in user's ZSC key, described without the key itself. */
export const ZscKeyInfo = z.object({
  side: ZscSide,
  email: z.string(),
  hasKey: z.boolean(),
  generatedAt: z.nullable(z.string()),
  /** Integrations that use this key and stop working when it is regenerated, until updated. */
  usedBy: z.array(z.string()),
});

// ---- Projects client page: the linked CRM account ----
export const CrmAccountInfo = z.object({
  id: Id,
  name: z.string(),
  owner: z.nullable(z.string()),
  industry: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  website: z.nullable(z.string()),
  billingCity: z.nullable(z.string()),
  annualRevenue: z.nullable(z.number()),
  /** The account's page in Zoho CRM. */
  url: z.string(),
});
export const Potential = z.object({
  id: Id,
  name: z.string(),
  stage: z.string(),
  amount: z.nullable(z.number()),
  closingDate: z.nullable(z.string()),
  owner: z.nullable(z.string()),
  url: z.string(),
});
export const ClientCrmInfo = z.object({
  client: z.object({ id: Id, name: z.string() }),
  /** Null when the client is not linked to a CRM account. */
  account: z.nullable(CrmAccountInfo),
  /** Open Potentials (Deals) of the account. */
  potentials: z.array(Potential),
});

// ---- errors ----
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.optional(z.record(z.string(), z.string())),
  }),
});

export type Edition = z.infer<typeof Edition>;
export type Trial = z.infer<typeof Trial>;
export type IntegrationState = z.infer<typeof IntegrationState>;
export type SetupStep = z.infer<typeof SetupStep>;
export type PortalSource = z.infer<typeof PortalSource>;
export type Portal = z.infer<typeof Portal>;
export type AssociatedPortal = z.infer<typeof AssociatedPortal>;
export type ClientMappingState = z.infer<typeof ClientMappingState>;
export type IntegrationStatus = z.infer<typeof IntegrationStatus>;
export type FieldType = z.infer<typeof FieldType>;
export type CrmModule = z.infer<typeof CrmModule>;
export type ProjectsField = z.infer<typeof ProjectsField>;
export type CrmField = z.infer<typeof CrmField>;
export type FieldMappingEntry = z.infer<typeof FieldMappingEntry>;
export type FieldMappingDoc = z.infer<typeof FieldMappingDoc>;
export type Permission = z.infer<typeof Permission>;
export type PermissionSet = z.infer<typeof PermissionSet>;
export type ProfilePermissions = z.infer<typeof ProfilePermissions>;
export type PermissionsDoc = z.infer<typeof PermissionsDoc>;
export type PermissionsSaveResult = z.infer<typeof PermissionsSaveResult>;
export type Client = z.infer<typeof Client>;
export type Account = z.infer<typeof Account>;
export type ClientMappingOutcome = z.infer<typeof ClientMappingOutcome>;
export type ClientMappingReportRow = z.infer<typeof ClientMappingReportRow>;
export type ClientMappingReport = z.infer<typeof ClientMappingReport>;
export type ClientAccountLink = z.infer<typeof ClientAccountLink>;
export type Role = z.infer<typeof Role>;
export type Project = z.infer<typeof Project>;
export type Seats = z.infer<typeof Seats>;
export type ImportContext = z.infer<typeof ImportContext>;
export type CrmUser = z.infer<typeof CrmUser>;
export type CrmAccountForImport = z.infer<typeof CrmAccountForImport>;
export type ImportOutcome = z.infer<typeof ImportOutcome>;
export type UserImportItem = z.infer<typeof UserImportItem>;
export type UserImportResult = z.infer<typeof UserImportResult>;
export type ClientImportItem = z.infer<typeof ClientImportItem>;
export type ClientImportResult = z.infer<typeof ClientImportResult>;
export type ErrorBody = z.infer<typeof ErrorBody>;
export type FieldValue = z.infer<typeof FieldValue>;
export type CrmRecord = z.infer<typeof CrmRecord>;
export type LinkedProject = z.infer<typeof LinkedProject>;
export type RecordAccess = z.infer<typeof RecordAccess>;
export type RecordProjects = z.infer<typeof RecordProjects>;
export type ProjectFormSource = z.infer<typeof ProjectFormSource>;
export type ProjectLink = z.infer<typeof ProjectLink>;
export type PortalProject = z.infer<typeof PortalProject>;
export type PortalProjects = z.infer<typeof PortalProjects>;
export type ProjectFieldValue = z.infer<typeof ProjectFieldValue>;
export type ProjectDetails = z.infer<typeof ProjectDetails>;
export type PortalProjectForm = z.infer<typeof PortalProjectForm>;
export type RecordChoices = z.infer<typeof RecordChoices>;
export type ZscSide = z.infer<typeof ZscSide>;
export type ZscKeyInfo = z.infer<typeof ZscKeyInfo>;
export type CrmAccountInfo = z.infer<typeof CrmAccountInfo>;
export type Potential = z.infer<typeof Potential>;
export type ClientCrmInfo = z.infer<typeof ClientCrmInfo>;
