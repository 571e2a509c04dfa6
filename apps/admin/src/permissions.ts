// What the console shows: which operations the caller may call comes from the server
// (myPermissions, computed from the access plugin's rule table); a resource may be listed,
// created, edited or deleted when its operation is allowed. Records narrow that further the
// way the server's row scopes do (an officer's own township; proposals until reviewed), and
// proposals' workflow buttons follow the server's per-record allowedActions.
import { isResourceName, RESOURCES } from './resources';
import {
  allowedProposalActions,
  coUnitsHoldingReply,
  isEditable,
  mayChangeField,
  proposalContext,
  ProposalAction,
  ProposalStatus,
  Role,
  TOWNSHIP_FIELD_WRITERS,
  UnitAssignmentRole,
  type Satisfaction,
} from '@cppcc/domain';

export { Role };

/** What authProvider.getPermissions() returns. */
export interface Permissions {
  role: Role;
  townshipId?: string | null;
  handlingUnitId?: string | null;
  /** myPermissions.operations: the root queries and mutations the server lets this caller call. */
  operations: readonly string[];
}

export type Who = Permissions | null | undefined;

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | string;

export const REGISTRY_RESOURCES = ['townships', 'sectors', 'committees', 'members', 'handlingUnits'] as const;
/** Work records of a township (null township = the county's own, admins only). */
const TOWNSHIP_RECORD_RESOURCES = ['activities', 'opinionReports', 'workPlans'] as const;
/** Records of members (scoped through the member's township). */
const MEMBER_RECORD_RESOURCES = ['dutyReports'] as const;

/** Custom pages (not resources) by key. */
export const PAGES = {
  dashboard: 'dashboard',
  myProposals: 'myProposals',
  annualSummary: 'annualSummary',
  countyReport: 'countyReport',
  assessmentScheme: 'assessmentScheme',
  dutyRules: 'dutyRules',
  memberDuty: 'memberDuty',
  yearClose: 'yearClose',
  unitWorklist: 'unitWorklist',
  unitStats: 'unitStats',
  handlingRules: 'handlingRules',
} as const;

type AnyRecord = { id?: unknown; townshipId?: unknown; status?: unknown; [key: string]: unknown } | null | undefined;

function roleOf(who: Who): Role | null {
  return who?.role ?? null;
}

function townshipOf(who: Who): string | null {
  if (!who || who.townshipId == null) return null;
  return String(who.townshipId);
}

/** Does the server let this caller call the operation? */
const may = (who: Who, operation: string) => !!who?.operations.includes(operation);

const within = (list: readonly string[], resource: string) => list.includes(resource);
const isTownshipRecord = (resource: string) => within(TOWNSHIP_RECORD_RESOURCES, resource);
const isMemberRecord = (resource: string) => within(MEMBER_RECORD_RESOURCES, resource);
/** Records that belong to a township (directly or through their member): an officer's scope. */
const townshipScoped = (resource: string) =>
  resource === 'members' || resource === 'proposals' || isTownshipRecord(resource) || isMemberRecord(resource);

/**
 * The operation behind each custom page (reading it; editing it); `role`: the page is that role's
 * own (county callers may read any unit's worklist by naming it, but the page is the unit's home).
 */
const PAGE_OPERATIONS: Record<string, { read: string; edit?: string; role?: Role }> = {
  [PAGES.dashboard]: { read: 'townshipComparison' },
  [PAGES.myProposals]: { read: 'myAssignedProposals' },
  [PAGES.annualSummary]: { read: 'annualSummary' },
  [PAGES.countyReport]: { read: 'countyAnnualReport' },
  [PAGES.assessmentScheme]: { read: 'assessmentScheme', edit: 'setAssessmentScheme' },
  [PAGES.dutyRules]: { read: 'dutyRuleSet', edit: 'setDutyRules' },
  [PAGES.memberDuty]: { read: 'memberDuty' },
  [PAGES.yearClose]: { read: 'yearClose', edit: 'closeYear' },
  [PAGES.unitWorklist]: { read: 'unitWorklist', role: Role.HANDLING_UNIT },
  [PAGES.unitStats]: { read: 'handlingUnitStats' },
  // Settings of the county office: the page is its form; the others never need to read them.
  [PAGES.handlingRules]: { read: 'setHandlingRules', edit: 'setHandlingRules' },
};

/** The operations of a resource, by the names the data provider calls. */
function operationsOf(
  resource: string,
): { list: string; create: string | null; update: string | null; remove: string | null } | null {
  if (!isResourceName(resource)) return null;
  const c = RESOURCES[resource];
  const writable = !c.readOnly;
  return {
    list: c.plural,
    create: writable ? (c.create?.mutation ?? `create${c.type}`) : null,
    update: writable && !c.noUpdate ? `update${c.type}` : null,
    remove: writable ? (c.remove?.mutation ?? `delete${c.type}`) : null,
  };
}

/** What a handling unit's console holds. */
const UNIT_CONSOLE: readonly string[] = [PAGES.unitWorklist, PAGES.myProposals, 'myAssignedProposals'];

/**
 * A handling unit works in 我的待办 and 我的交办提案 only (a console choice: the server would also
 * let it read the supervision records of its unit, proposals through the general list, and its own
 * row of the units' figures, which 我的待办 shows).
 */
const unitConsole = (who: Who, resource: string) =>
  roleOf(who) === Role.HANDLING_UNIT && !UNIT_CONSOLE.includes(resource);

/** Is the record (or, for member records, its member) in the officer's own township? */
function ownTownship(who: Who, record: AnyRecord): boolean {
  const own = townshipOf(who);
  if (own === null || !record) return false;
  const member = record.member as { township?: { id?: unknown } | null; townshipId?: unknown } | null | undefined;
  const township = record.townshipId ?? member?.townshipId ?? member?.township?.id;
  return township != null && String(township) === own;
}

export function canRead(who: Who, resource: string): boolean {
  if (unitConsole(who, resource)) return false;
  const page = PAGE_OPERATIONS[resource];
  if (page) return may(who, page.read) && (!page.role || roleOf(who) === page.role);
  const ops = operationsOf(resource);
  return !!ops && may(who, ops.list);
}

export function canCreate(who: Who, resource: string): boolean {
  const ops = operationsOf(resource);
  if (!ops?.create || !may(who, ops.create) || unitConsole(who, resource)) return false;
  // An officer's records belong to their township: without one there is nothing they may create.
  return roleOf(who) !== Role.TOWNSHIP_OFFICER || townshipOf(who) !== null;
}

const proposalOpen = (record: AnyRecord) => !record?.status || isEditable(record.status as ProposalStatus);

/** Is the record within the caller's scope for writing (the server's row scopes: an officer's own township)? */
function inWriteScope(who: Who, resource: string, record: AnyRecord): boolean {
  if (roleOf(who) !== Role.TOWNSHIP_OFFICER) return true;
  if (resource === 'townships') return !record || (record.id != null && String(record.id) === townshipOf(who));
  if (!townshipScoped(resource)) return true;
  return record ? ownTownship(who, record) : townshipOf(who) !== null;
}

/**
 * Without a record: may this caller edit some records of the resource (the edit page opens)?
 * With a record: may they edit this one? Proposals can be corrected only until reviewed.
 */
export function canEdit(who: Who, resource: string, record?: AnyRecord): boolean {
  if (resource === 'proposals' && record && !proposalOpen(record)) return false;
  const ops = operationsOf(resource);
  if (!ops?.update || !may(who, ops.update) || unitConsole(who, resource)) return false;
  return inWriteScope(who, resource, record);
}

/**
 * Delete, archive (members, handling units), revoke (API tokens, not twice) or withdraw
 * (proposals, only while SUBMITTED), within the caller's scope.
 */
export function canDelete(who: Who, resource: string, record?: AnyRecord): boolean {
  if (resource === 'proposals' && record && !proposalOpen(record)) return false;
  if (resource === 'apiTokens' && record?.revokedAt) return false;
  const ops = operationsOf(resource);
  if (!ops?.remove || !may(who, ops.remove) || unitConsole(who, resource)) return false;
  return inWriteScope(who, resource, record);
}

/**
 * A record's own verb (e.g. transferMember, changeMemberStatus): offered when the server lists the
 * operation for this caller and the record is within their write scope.
 */
export function canCallOn(who: Who, operation: string, resource: string, record: AnyRecord): boolean {
  return may(who, operation) && !unitConsole(who, resource) && inWriteScope(who, resource, record);
}

/** May this user change this field of the record in the edit form? */
export function canEditField(who: Who, resource: string, field: string): boolean {
  const role = roleOf(who);
  if (!role || !canEdit(who, resource)) return false;
  // The domain's table of fields narrower than updateTownship (the server checks the same one).
  if (resource === 'townships') return mayChangeField(TOWNSHIP_FIELD_WRITERS, role, field);
  // An officer's records stay in their township.
  return !(role === Role.TOWNSHIP_OFFICER && townshipScoped(resource) && field === 'townshipId');
}

/** Pages with a form (the assessment scheme, the duty rules): their set operation. */
export function canEditPage(who: Who, page: string): boolean {
  const edit = PAGE_OPERATIONS[page]?.edit;
  return !!edit && may(who, edit);
}

/** react-admin's authProvider.canAccess, in terms of the functions above. */
export function canAccess(who: Who, action: Action, resource: string, record?: AnyRecord): boolean {
  switch (action) {
    case 'list':
    case 'export':
      return canRead(who, resource);
    case 'show':
      // A unit opens the proposals assigned to it from 我的交办提案 (the server returns no others).
      return canRead(who, resource) || (resource === 'proposals' && may(who, 'proposal'));
    case 'create':
    case 'clone':
      return canCreate(who, resource);
    case 'edit':
      return canEdit(who, resource, record);
    case 'delete':
      return canDelete(who, resource, record);
    default:
      return false;
  }
}

/** A township officer's lists of members and work records are fixed to their township. */
export function fixedTownshipFilter(who: Who): { townshipId: string } | undefined {
  const role = roleOf(who);
  const own = townshipOf(who);
  return role === Role.TOWNSHIP_OFFICER && own !== null ? { townshipId: own } : undefined;
}

/**
 * The units' steps beside the state machine's (docs/domain.md, lead and co-units): they move no
 * status, so only the server's allowedActions names them.
 */
export const UnitStep = { CO_UNIT_OPINION: 'CO_UNIT_OPINION', WAIVE_CO_UNIT: 'WAIVE_CO_UNIT' } as const;
export type UnitStep = (typeof UnitStep)[keyof typeof UnitStep];
/** Every step a proposal's buttons offer. */
export type ProposalStep = ProposalAction | UnitStep;
const UNIT_STEPS: readonly string[] = Object.values(UnitStep);
const isUnitStep = (a: string): a is UnitStep => UNIT_STEPS.includes(a);

/** The facts of a proposal the workflow buttons depend on. */
export interface ProposalFacts {
  status: ProposalStatus | string;
  satisfaction?: Satisfaction | string | null;
  townshipId?: string | null;
  /** What the server says this caller may do now (Proposal.allowedActions), when it sent it. */
  allowedActions?: readonly string[] | null;
}

/** The steps of the state machine for the role and state (before the server's record-level rules). */
function machineActions(who: Who, proposal: ProposalFacts): ProposalAction[] {
  const role = roleOf(who);
  if (!role) return [];
  if (role === Role.TOWNSHIP_OFFICER && proposal.townshipId != null && String(proposal.townshipId) !== townshipOf(who))
    return [];
  const ctx = proposalContext({ satisfaction: (proposal.satisfaction ?? null) as Satisfaction | null });
  return allowedProposalActions(proposal.status as ProposalStatus, role, ctx);
}

/**
 * The workflow buttons of a proposal: the domain state machine for the role and state, narrowed
 * by the server's `allowedActions` (which also knows record-level rules: a unit replies only
 * to proposals assigned to it, an officer records feedback only for their own township), then
 * the units' steps the server offers.
 */
export function proposalActions(who: Who, proposal: ProposalFacts | null | undefined): ProposalStep[] {
  if (!roleOf(who) || !proposal?.status) return [];
  const allowed = proposal.allowedActions;
  if (!Array.isArray(allowed)) return machineActions(who, proposal);
  return [...machineActions(who, proposal).filter((a) => allowed.includes(a)), ...allowed.filter(isUnitStep)];
}

/** A proposal's units as the reply gate reads them. */
export interface UnitPartFacts {
  role: string;
  unitId: string;
  unit: { name: string };
  opinionOn?: string | null;
  waivedOn?: string | null;
}

/**
 * The co-units the caller's 答复 waits for (their names), when the state machine offers this
 * role the reply but the server held it back for them; empty otherwise. The same domain rule
 * as the server's gate (coUnitsHoldingReply), so the page says why instead of hiding the button.
 */
export function replyWaitingFor(
  who: Who,
  proposal: (ProposalFacts & { units?: readonly UnitPartFacts[] | null; replyBeforeCoUnits?: boolean | null }) | null,
): string[] {
  if (!proposal?.status || !proposal.units || !machineActions(who, proposal).includes(ProposalAction.REPLY)) return [];
  if (proposal.allowedActions?.includes(ProposalAction.REPLY)) return [];
  const own = who?.handlingUnitId;
  const co = proposal.units.filter((u) => u.role === UnitAssignmentRole.CO);
  // A co-unit user does not reply at all: nothing waits for it.
  if (own != null && co.some((u) => String(u.unitId) === String(own))) return [];
  return coUnitsHoldingReply(
    co.map((u) => ({ name: u.unit.name, opinionOn: u.opinionOn ?? null, waivedOn: u.waivedOn ?? null })),
    !!proposal.replyBeforeCoUnits,
  ).map((u) => u.name);
}
