// Who may do what in the console: pure functions mirroring the API's rules (DOMAIN.md).
// They only decide what the console shows; the server enforces the same rules.
//   COUNTY_ADMIN      everything: registry, work records, proposal review and assignment,
//                     supervision, users, API tokens, audit log, assessment scheme, duty rules
//   TOWNSHIP_OFFICER  reads the registry and county-wide comparisons; writes members, activities,
//                     opinion reports, work plans, duty reports and proposals of their own
//                     township; edits their own township's contact fields (director, phone, address)
//   LEADER, API_CLIENT read-only (dashboards, records, supervision)
//   HANDLING_UNIT     only 我的交办提案: proposals assigned to their unit, and their replies
import {
  allowedProposalActions,
  isEditable,
  mayChangeField,
  proposalContext,
  ProposalAction,
  ProposalStatus,
  Role,
  TOWNSHIP_FIELD_WRITERS,
  type Satisfaction,
} from '@cppcc/domain';

export { Role };

/** What authProvider.getPermissions() returns. */
export interface Permissions {
  role: Role;
  townshipId?: string | null;
  handlingUnitId?: string | null;
}

/** A bare role is enough for resource-level checks; record-level checks need the scope too. */
export type Who = Role | Permissions | null | undefined;

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | string;

export const REGISTRY_RESOURCES = ['townships', 'sectors', 'committees', 'members', 'handlingUnits'] as const;
/** Work records of a township (null township = the county's own, admins only). */
export const TOWNSHIP_RECORD_RESOURCES = ['activities', 'opinionReports', 'workPlans'] as const;
/** Records of members (scoped through the member's township). */
export const MEMBER_RECORD_RESOURCES = ['dutyReports'] as const;
export const SUPERVISION_RESOURCES = ['supervisionTargets', 'rectificationItems'] as const;
export const ADMIN_RESOURCES = ['users', 'apiTokens', 'auditEntries'] as const;

/** Custom pages (not resources) by key. */
export const PAGES = {
  dashboard: 'dashboard',
  myProposals: 'myProposals',
  annualSummary: 'annualSummary',
  assessmentScheme: 'assessmentScheme',
  dutyRules: 'dutyRules',
  memberDuty: 'memberDuty',
} as const;

type AnyRecord = { id?: unknown; townshipId?: unknown; status?: unknown; [key: string]: unknown } | null | undefined;

const READER_ROLES: readonly Role[] = [Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.LEADER, Role.API_CLIENT];

function roleOf(who: Who): Role | null {
  if (!who) return null;
  return typeof who === 'string' ? who : who.role;
}

function townshipOf(who: Who): string | null {
  if (!who || typeof who === 'string' || who.townshipId == null) return null;
  return String(who.townshipId);
}

const within = (list: readonly string[], resource: string) => list.includes(resource);
const isRegistry = (resource: string) => within(REGISTRY_RESOURCES, resource);
const isTownshipRecord = (resource: string) => within(TOWNSHIP_RECORD_RESOURCES, resource);
const isMemberRecord = (resource: string) => within(MEMBER_RECORD_RESOURCES, resource);
const isSupervision = (resource: string) => within(SUPERVISION_RESOURCES, resource);
/** Resources officers write for their own township. */
const officerWrites = (resource: string) => resource === 'members' || resource === 'proposals' || isTownshipRecord(resource) || isMemberRecord(resource);


/** Is the record (or, for member records, its member) in the officer's own township? */
function ownTownship(who: Who, record: AnyRecord): boolean {
  const own = townshipOf(who);
  if (own === null || !record) return false;
  const member = record.member as { township?: { id?: unknown } | null; townshipId?: unknown } | null | undefined;
  const township = record.townshipId ?? member?.townshipId ?? member?.township?.id;
  return township != null && String(township) === own;
}

export function canRead(who: Who, resource: string): boolean {
  const role = roleOf(who);
  if (!role) return false;
  switch (resource) {
    case PAGES.myProposals:
    case 'myAssignedProposals':
      return role === Role.HANDLING_UNIT;
    case PAGES.dashboard:
      return role !== Role.HANDLING_UNIT;
    case PAGES.annualSummary:
    case PAGES.assessmentScheme:
    case PAGES.dutyRules:
    case PAGES.memberDuty:
    case 'proposals':
      return READER_ROLES.includes(role);
  }
  if (isRegistry(resource) || isTownshipRecord(resource) || isMemberRecord(resource)) return READER_ROLES.includes(role);
  // The server lets units read their own supervision records; the console keeps them to 我的交办提案.
  if (isSupervision(resource)) return role === Role.COUNTY_ADMIN || role === Role.LEADER || role === Role.API_CLIENT;
  return role === Role.COUNTY_ADMIN; // users, API tokens, audit log, anything new
}

export function canCreate(who: Who, resource: string): boolean {
  const role = roleOf(who);
  if (role === Role.COUNTY_ADMIN) return resource !== 'auditEntries' && resource !== 'myAssignedProposals' && canRead(who, resource);
  if (role === Role.TOWNSHIP_OFFICER) return officerWrites(resource) && (typeof who === 'string' || townshipOf(who) !== null);
  return false;
}

const proposalOpen = (record: AnyRecord) => !record?.status || isEditable(record.status as ProposalStatus);

/**
 * Without a record: may this role edit some records of the resource (the edit page opens)?
 * With a record: may they edit this one? Proposals can be corrected only until reviewed.
 */
export function canEdit(who: Who, resource: string, record?: AnyRecord): boolean {
  const role = roleOf(who);
  if (resource === 'proposals' && record && !proposalOpen(record)) return false;
  if (role === Role.COUNTY_ADMIN) return canCreate(who, resource) && resource !== 'apiTokens';
  if (role !== Role.TOWNSHIP_OFFICER) return false;
  if (resource === 'townships') {
    if (!record) return true;
    const own = townshipOf(who);
    return own !== null && record.id != null && String(record.id) === own;
  }
  if (!officerWrites(resource)) return false;
  return record ? ownTownship(who, record) : townshipOf(who) !== null || typeof who === 'string';
}

/**
 * Delete, archive (members, handling units), revoke (API tokens) or withdraw (proposals, only
 * while SUBMITTED). Officers delete records of their own township. The audit log is append-only.
 */
export function canDelete(who: Who, resource: string, record?: AnyRecord): boolean {
  const role = roleOf(who);
  if (resource === 'auditEntries' || resource === 'myAssignedProposals') return false;
  if (resource === 'proposals' && record && !proposalOpen(record)) return false;
  if (role === Role.COUNTY_ADMIN) {
    if (resource === 'apiTokens') return !record?.revokedAt;
    return canCreate(who, resource);
  }
  if (role === Role.TOWNSHIP_OFFICER && resource !== 'townships') return canEdit(who, resource, record);
  return false;
}

/** May this user change this field of the record in the edit form? */
export function canEditField(who: Who, resource: string, field: string): boolean {
  const role = roleOf(who);
  if (role === Role.COUNTY_ADMIN) return true;
  if (role === Role.TOWNSHIP_OFFICER) {
    if (resource === 'townships') return mayChangeField(TOWNSHIP_FIELD_WRITERS, role, field);
    if (officerWrites(resource)) return field !== 'townshipId';
  }
  return false;
}

/** Pages with a form: the assessment scheme and the duty rules are the county's to set. */
export function canEditPage(who: Who, page: string): boolean {
  return roleOf(who) === Role.COUNTY_ADMIN && (page === PAGES.assessmentScheme || page === PAGES.dutyRules);
}

/** react-admin's authProvider.canAccess, in terms of the functions above. */
export function canAccess(who: Who, action: Action, resource: string, record?: AnyRecord): boolean {
  switch (action) {
    case 'list':
    case 'export':
      return canRead(who, resource);
    case 'show':
      // A unit opens the proposals assigned to it (the server returns no others).
      return canRead(who, resource) || (resource === 'proposals' && roleOf(who) === Role.HANDLING_UNIT);
    case 'create':
    case 'clone':
      return canCreate(who, resource);
    case 'edit':
      return canEdit(who, resource, record);
    case 'delete':
      return canDelete(who, resource, record);
    default:
      return roleOf(who) === Role.COUNTY_ADMIN;
  }
}

/** A township officer's lists of members and work records are fixed to their township. */
export function fixedTownshipFilter(who: Who): { townshipId: string } | undefined {
  const role = roleOf(who);
  const own = townshipOf(who);
  return role === Role.TOWNSHIP_OFFICER && own !== null ? { townshipId: own } : undefined;
}

/** The facts of a proposal the workflow buttons depend on. */
export interface ProposalFacts {
  status: ProposalStatus | string;
  satisfaction?: Satisfaction | string | null;
  townshipId?: string | null;
  /** What the server says this caller may do now (Proposal.allowedActions), when it sent it. */
  allowedActions?: readonly string[] | null;
}

/**
 * The workflow buttons of a proposal: the domain state machine for the role and state, narrowed
 * by the server's `allowedActions` (which also knows record-level rules: a unit replies only
 * to proposals assigned to it, an officer records feedback only for their own township).
 */
export function proposalActions(who: Who, proposal: ProposalFacts | null | undefined): ProposalAction[] {
  const role = roleOf(who);
  if (!role || !proposal?.status) return [];
  const ctx = proposalContext({ satisfaction: (proposal.satisfaction ?? null) as Satisfaction | null });
  let actions = allowedProposalActions(proposal.status as ProposalStatus, role, ctx);
  if (role === Role.TOWNSHIP_OFFICER && proposal.townshipId != null && String(proposal.townshipId) !== townshipOf(who)) actions = [];
  if (Array.isArray(proposal.allowedActions)) actions = actions.filter((a) => proposal.allowedActions!.includes(a));
  return actions;
}
