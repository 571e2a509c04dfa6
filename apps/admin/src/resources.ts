// What the data provider needs to know about each resource: GraphQL names, the fields to
// select, the sort enum of each sortable column, the filters the API accepts, and which
// record fields go into XInput / XPatch. Names follow apps/server/schema.graphql; the
// selections are fragments, so codegen checks them against it (dataProvider.test.ts checks the
// operations around them).
import { chinaInstant, isValidDate } from '@cppcc/domain';
import { graphql } from './gql';
import type { TypedDocumentString } from './gql/graphql';

/** A selection of a resource's fields: a fragment document (its text includes the fragments it spreads). */
export type ResourceFragment = TypedDocumentString<unknown, unknown>;

export type ResourceName =
  | 'townships'
  | 'sectors'
  | 'committees'
  | 'members'
  | 'handlingUnits'
  | 'proposals'
  | 'myAssignedProposals'
  | 'activities'
  | 'opinionReports'
  | 'workPlans'
  | 'dutyReports'
  | 'supervisionTargets'
  | 'rectificationItems'
  | 'users'
  | 'apiTokens'
  | 'auditEntries'
  | 'claims'
  | 'objections';

/** Registry resources, in menu order. */
export const RESOURCE_NAMES: readonly ResourceName[] = [
  'members',
  'townships',
  'sectors',
  'committees',
  'handlingUnits',
];
/** Work records (履职工作), in menu order. */
export const WORK_RESOURCE_NAMES: readonly ResourceName[] = [
  'proposals',
  'activities',
  'opinionReports',
  'workPlans',
  'dutyReports',
  'claims',
  'objections',
];
/** Democratic supervision (民主监督), in menu order. */
export const SUPERVISION_RESOURCE_NAMES: readonly ResourceName[] = ['supervisionTargets', 'rectificationItems'];
/** System administration, in menu order. */
export const ADMIN_RESOURCE_NAMES: readonly ResourceName[] = ['users', 'apiTokens', 'auditEntries'];

export interface ResourceConfig {
  /** GraphQL type, e.g. `Township` → township(id), townships(…), createTownship, TownshipFilter … */
  type: string;
  single: string;
  plural: string;
  /** Selection for lists and getMany. */
  listFields: ResourceFragment;
  /** Selection for getOne, create and update results (defaults to listFields). */
  oneFields?: ResourceFragment;
  /** react-admin sort field (a column's `source`) → the API's XSortField value. */
  sort: Readonly<Record<string, string>>;
  /** Filter fields of XFilter; anything else in react-admin's filter is dropped. */
  filters: readonly string[];
  /** Fields of XInput (create). */
  inputFields: readonly string[];
  /** Fields of XPatch (update); only changed ones are sent. */
  patchFields: readonly string[];
  /** getMany and references must still find archived records. */
  archivable?: boolean;
  /** Reshapes a record read from the API (e.g. gives roster rows an id for tables). */
  fromApi?: (record: Record<string, unknown>) => Record<string, unknown>;
  /** Record value → input value for fields that need reshaping (committee roster). */
  toInput?: Readonly<Record<string, (value: unknown) => unknown>>;
  /** Filter value → API filter value (e.g. a date → the DateTime the filter expects). */
  filterToApi?: Readonly<Record<string, (value: unknown) => unknown>>;
  /** No create, update or delete (audit log, a handling unit's proposals). */
  readOnly?: boolean;
  /** No update operation (API tokens are issued and revoked, never edited). */
  noUpdate?: boolean;
  /** No delete operation (an objection is answered, never withdrawn). */
  noDelete?: boolean;
  /**
   * Create through another mutation than createX (submitProposal, createApiToken): its name,
   * input type, the selection of its result, and how that result becomes the record.
   */
  create?: {
    mutation: string;
    inputType: string;
    selection?: (fields: string) => string;
    toRecord?: (result: Record<string, unknown>) => Record<string, unknown>;
  };
  /** Delete through another mutation than deleteX; `returnsRecord`: it answers the record, not a Boolean. */
  remove?: { mutation: string; returnsRecord?: boolean };
}

const TOWNSHIP_FIELDS = graphql(`
  fragment TownshipFields on Township {
    id
    version
    name
    code
    kind
    bodyName
    bodyKind
    director
    phone
    address
    sortOrder
    memberCount
    createdAt
    updatedAt
  }
`);
const SECTOR_FIELDS = graphql(`
  fragment SectorFields on Sector {
    id
    version
    name
    category
    sortOrder
    memberCount
    createdAt
    updatedAt
  }
`);
const COMMITTEE_FIELDS = graphql(`
  fragment CommitteeFields on Committee {
    id
    version
    name
    description
    sortOrder
    memberCount
    createdAt
    updatedAt
  }
`);
const MEMBER_FIELDS = graphql(`
  fragment MemberFields on Member {
    id
    version
    name
    gender
    ethnicity
    birthDate
    affiliation
    sectorId
    sector {
      id
      name
    }
    townshipId
    township {
      id
      name
    }
    kind
    term
    status
    workUnit
    title
    phone
    birthYear
    personalDataMasked
    joinedOn
    leftOn
    leaveReason
    needsDetails
    archivedAt
    createdAt
    updatedAt
  }
`);
const MEMBER_ONE_FIELDS = graphql(`
  fragment MemberOneFields on Member {
    ...MemberFields
    tenures {
      townshipId
      startsOn
      endsOn
      endReason
      endNote
      estimated
    }
    terms {
      term
      startsOn
    }
  }
`);
const HANDLING_UNIT_FIELDS = graphql(`
  fragment HandlingUnitFields on HandlingUnit {
    id
    version
    name
    shortName
    kind
    contactPerson
    contactPhone
    archivedAt
    createdAt
    updatedAt
  }
`);
const PROPOSAL_FIELDS = graphql(`
  fragment ProposalFields on Proposal {
    id
    version
    serialNo
    title
    year
    session
    category
    status
    proposerKind
    proposerOrgName
    leadMemberId
    leadMember {
      id
      name
    }
    townshipId
    township {
      id
      name
    }
    submittedOn
    isKey
    supervisingChair
    assignedOn
    deadline
    overdueDays
    leadUnitId
    leadUnit {
      id
      name
      shortName
    }
    firstReplyOn
    replyClass
    satisfaction
    implementation
    allowedActions
    updatedAt
  }
`);
const PROPOSAL_ONE_FIELDS = graphql(`
  fragment ProposalOneFields on Proposal {
    ...ProposalFields
    content
    coSigners {
      id
      name
      township {
        id
        name
      }
    }
    reviewDecision
    reviewNote
    reviewedOn
    mergedIntoId
    mergedInto {
      id
      serialNo
      title
      year
      status
    }
    mergedProposals {
      id
      serialNo
      title
      year
      status
    }
    units {
      id
      role
      unitId
      unit {
        id
        name
      }
      opinionText
      opinionOn
      opinionByName
      waivedOn
      waiverNote
    }
    leadUnit {
      id
      contactPerson
      contactPhone
    }
    replyBeforeCoUnits
    replies {
      id
      round
      repliedOn
      replyClass
      text
      docNo
      signer
      contactPerson
      contactPhone
      satisfaction
      feedbackOn
      feedbackNote
    }
    lastReplyOn
    replyText
    feedbackOn
    closedOn
    createdAt
    history {
      id
      action
      actorName
      at
      fromStatus
      toStatus
      note
    }
    ...ProposalHandlingFields
  }
`);
const ACTIVITY_FIELDS = graphql(`
  fragment ActivityFields on Activity {
    id
    version
    title
    kind
    heldOn
    year
    location
    townshipId
    township {
      id
      name
    }
    meetingKind
    consultationScale
    topic
    reportTitle
    submittedTo
    suggestionsMade
    suggestionsAdopted
    peopleReached
    opinionsCollected
    donationYuan
    beneficiaries
    outletLevel
    piecesSubmitted
    participantCount
    presentCount
    createdAt
    updatedAt
  }
`);
const OPINION_REPORT_FIELDS = graphql(`
  fragment OpinionReportFields on OpinionReport {
    id
    version
    title
    submittedOn
    year
    status
    adoptionLevel
    adoptedOn
    leaderInstruction
    instructionLevel
    instructionLeader
    instructedOn
    adoptionReview
    instructionReview
    publishedIssue
    townshipId
    township {
      id
      name
    }
    submitterIds
    submitters {
      id
      name
      township {
        id
        name
      }
    }
    createdAt
    updatedAt
  }
`);
const WORK_PLAN_FIELDS = graphql(`
  fragment WorkPlanFields on WorkPlan {
    id
    version
    title
    year
    townshipId
    township {
      id
      name
    }
    notes
    completionRate
    items {
      id
      metricKey
      metricLabel
      kind
      quarter
      target
      description
      progress {
        actual
        target
        completed
      }
    }
    createdAt
    updatedAt
  }
`);
const DUTY_REPORT_FIELDS = graphql(`
  fragment DutyReportFields on DutyReport {
    id
    version
    memberId
    member {
      id
      name
      township {
        id
        name
      }
    }
    year
    submittedOn
    title
    createdAt
    updatedAt
  }
`);
const SUPERVISION_TARGET_FIELDS = graphql(`
  fragment SupervisionTargetFields on SupervisionTarget {
    id
    version
    topic
    kind
    year
    unitId
    unit {
      id
      name
    }
    phases
    nextPhases
    complete
    planCheckOn
    midYearOn
    evaluationOn
    lookBackOn
    questionnairesIssued
    questionnairesReturned
    score
    grade
    recommendationCount
    createdAt
    updatedAt
  }
`);
const SUPERVISION_TARGET_ONE_FIELDS = graphql(`
  fragment SupervisionTargetOneFields on SupervisionTarget {
    ...SupervisionTargetFields
    planCheckNotes
    midYearNotes
    evaluationNotes
    lookBackNotes
    findings
    rectificationItems {
      id
      version
      text
      dueOn
      status
      targetId
    }
  }
`);
const RECTIFICATION_ITEM_FIELDS = graphql(`
  fragment RectificationItemFields on RectificationItem {
    id
    version
    text
    dueOn
    status
    targetId
    target {
      id
      topic
      year
      unit {
        id
        name
      }
    }
    createdAt
    updatedAt
  }
`);
const USER_FIELDS = graphql(`
  fragment UserFields on User {
    id
    version
    username
    displayName
    role
    townshipId
    township {
      id
      name
    }
    handlingUnitId
    handlingUnit {
      id
      name
    }
    disabledAt
    loginBlockedUntil
    createdAt
    updatedAt
  }
`);
const API_TOKEN_FIELDS = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    role
    townshipId
    handlingUnitId
    readOnly
    personalData
    expiresAt
    lastUsedAt
    revokedAt
    createdAt
    createdBy {
      id
      displayName
    }
  }
`);
const AUDIT_ENTRY_FIELDS = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    action
    actorKind
    actorId
    actorName
    entityType
    entityId
    requestId
    clientAddress
  }
`);
const CLAIM_FIELDS = graphql(`
  fragment ClaimFields on Claim {
    id
    version
    kind
    recordType
    recordId
    townshipId
    township {
      id
      name
    }
    year
    title
    claimed
    evidence
    review
    claimedByName
    createdAt
    decidedByName
    decidedAt
    decisionNote
    supersededAt
  }
`);
const OBJECTION_FIELDS = graphql(`
  fragment ObjectionFields on Objection {
    id
    version
    year
    townshipId
    township {
      id
      name
    }
    metric
    figure
    reason
    evidence
    status
    raisedByName
    createdAt
    answer
    answeredByName
    answeredAt
  }
`);
const COMMITTEE_ONE_FIELDS = graphql(`
  fragment CommitteeOneFields on Committee {
    ...CommitteeFields
    members {
      memberId
      role
      member {
        id
        name
        township {
          id
          name
        }
        sector {
          id
          name
        }
      }
    }
  }
`);
const ACTIVITY_ONE_FIELDS = graphql(`
  fragment ActivityOneFields on Activity {
    ...ActivityFields
    notes
    participants {
      memberId
      attendance
      member {
        id
        name
        township {
          id
          name
        }
      }
    }
  }
`);
const OPINION_REPORT_ONE_FIELDS = graphql(`
  fragment OpinionReportOneFields on OpinionReport {
    ...OpinionReportFields
    content
  }
`);
const AUDIT_ENTRY_ONE_FIELDS = graphql(`
  fragment AuditEntryOneFields on AuditEntry {
    ...AuditEntryFields
    before
    after
  }
`);

interface RosterEntry {
  memberId?: string | number | null;
  role?: string | null;
}

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v) => v != null && v !== '').map(String) : [];

interface ParticipantEntry {
  memberId?: string | number | null;
  attendance?: string | null;
}

/** The participant list as ActivityParticipantInput: drop the nested member, skip empty rows. */
function participantsInput(value: unknown): { memberId: string; attendance: string }[] {
  if (!Array.isArray(value)) return [];
  return (value as ParticipantEntry[])
    .filter((e) => e && e.memberId != null && e.memberId !== '')
    .map((e) => ({ memberId: String(e.memberId), attendance: e.attendance || 'PRESENT' }));
}

interface PlanItemEntry {
  metricKey?: string | null;
  quarter?: number | string | null;
  target?: number | string | null;
  description?: string | null;
}

/**
 * Plan items as WorkPlanItemInput: progress and ids are computed by the server. An old item
 * without a metric is sent as such, so the server asks for one on its row instead of it vanishing.
 */
function planItemsInput(
  value: unknown,
): { metricKey: string; quarter: number | null; target: number; description: string | null }[] {
  if (!Array.isArray(value)) return [];
  return (value as PlanItemEntry[])
    .filter((e) => e && (e.metricKey || e.target != null || e.description))
    .map((e) => ({
      metricKey: e.metricKey ? String(e.metricKey) : '',
      quarter: e.quarter === '' || e.quarter == null ? null : Number(e.quarter),
      target: Number(e.target),
      description: e.description?.trim() ? e.description.trim() : null,
    }));
}

/** A date filter (YYYY-MM-DD, China time) as the DateTime instant it starts at; `nextDay` for exclusive ends. */
export function dayStart(value: unknown, nextDay = false): string | undefined {
  if (typeof value !== 'string' || !isValidDate(value.slice(0, 10))) return undefined;
  return chinaInstant(value.slice(0, 10), nextDay ? 24 * 60 : 0).toISOString();
}

const toInt = (value: unknown) => (value === '' || value == null ? null : Number(value));

/** The roster as CommitteeMemberInput: drop the nested member, skip empty rows. */
function rosterInput(value: unknown): { memberId: string; role: string }[] {
  if (!Array.isArray(value)) return [];
  return (value as RosterEntry[])
    .filter((e) => e && e.memberId != null && e.memberId !== '')
    .map((e) => ({ memberId: String(e.memberId), role: e.role || 'MEMBER' }));
}

export const RESOURCES: Readonly<Record<ResourceName, ResourceConfig>> = {
  townships: {
    type: 'Township',
    single: 'township',
    plural: 'townships',
    listFields: TOWNSHIP_FIELDS,
    sort: { id: 'ID', name: 'NAME', code: 'CODE', sortOrder: 'SORT_ORDER' },
    filters: ['ids', 'kind', 'q'],
    inputFields: ['name', 'code', 'kind', 'bodyName', 'bodyKind', 'director', 'phone', 'address', 'sortOrder'],
    patchFields: ['name', 'code', 'kind', 'bodyName', 'bodyKind', 'director', 'phone', 'address', 'sortOrder'],
  },
  sectors: {
    type: 'Sector',
    single: 'sector',
    plural: 'sectors',
    listFields: SECTOR_FIELDS,
    sort: { id: 'ID', name: 'NAME', sortOrder: 'SORT_ORDER' },
    filters: ['ids', 'category', 'q'],
    inputFields: ['name', 'category', 'sortOrder'],
    patchFields: ['name', 'category', 'sortOrder'],
  },
  committees: {
    type: 'Committee',
    single: 'committee',
    plural: 'committees',
    listFields: COMMITTEE_FIELDS,
    oneFields: COMMITTEE_ONE_FIELDS,
    sort: { id: 'ID', name: 'NAME', sortOrder: 'SORT_ORDER' },
    filters: ['ids', 'q'],
    inputFields: ['name', 'description', 'sortOrder', 'members'],
    patchFields: ['name', 'description', 'sortOrder', 'members'],
    toInput: { members: rosterInput },
    fromApi: (record) =>
      Array.isArray(record.members)
        ? { ...record, members: (record.members as RosterEntry[]).map((e) => ({ ...e, id: String(e.memberId) })) }
        : record,
  },
  members: {
    type: 'Member',
    single: 'member',
    plural: 'members',
    listFields: MEMBER_FIELDS,
    oneFields: MEMBER_ONE_FIELDS,
    sort: {
      id: 'ID',
      name: 'NAME',
      birthDate: 'BIRTH_DATE',
      joinedOn: 'JOINED_ON',
      sectorId: 'SECTOR',
      'sector.name': 'SECTOR',
      townshipId: 'TOWNSHIP',
      'township.name': 'TOWNSHIP',
      updatedAt: 'UPDATED_AT',
    },
    filters: [
      'ids',
      'q',
      'townshipId',
      'sectorId',
      'committeeId',
      'status',
      'kind',
      'gender',
      'affiliation',
      'term',
      'needsDetails',
      'includeArchived',
    ],
    inputFields: [
      'name',
      'gender',
      'ethnicity',
      'birthDate',
      'affiliation',
      'sectorId',
      'townshipId',
      'kind',
      'term',
      'status',
      'workUnit',
      'title',
      'phone',
      'joinedOn',
      'leftOn',
      'leaveReason',
    ],
    // Township, status, term and leaving are the latest state of the member's history, changed by
    // the verbs (transferMember, changeMemberStatus, reappointMember); updateMember refuses them.
    patchFields: [
      'name',
      'gender',
      'ethnicity',
      'birthDate',
      'affiliation',
      'sectorId',
      'kind',
      'workUnit',
      'title',
      'phone',
      'joinedOn',
    ],
    archivable: true,
  },
  handlingUnits: {
    type: 'HandlingUnit',
    single: 'handlingUnit',
    plural: 'handlingUnits',
    listFields: HANDLING_UNIT_FIELDS,
    sort: { id: 'ID', name: 'NAME' },
    filters: ['ids', 'q', 'kind', 'includeArchived'],
    inputFields: ['name', 'shortName', 'kind', 'contactPerson', 'contactPhone'],
    patchFields: ['name', 'shortName', 'kind', 'contactPerson', 'contactPhone'],
    archivable: true,
  },
  proposals: {
    type: 'Proposal',
    single: 'proposal',
    plural: 'proposals',
    listFields: PROPOSAL_FIELDS,
    oneFields: PROPOSAL_ONE_FIELDS,
    sort: {
      id: 'ID',
      serialNo: 'SERIAL_NO',
      title: 'TITLE',
      status: 'STATUS',
      submittedOn: 'SUBMITTED_ON',
      deadline: 'DEADLINE',
      year: 'YEAR',
      updatedAt: 'UPDATED_AT',
    },
    filters: [
      'ids',
      'q',
      'status',
      'year',
      'session',
      'townshipId',
      'unitId',
      'category',
      'isKey',
      'overdue',
      'proposerKind',
      'memberId',
    ],
    inputFields: [
      'title',
      'content',
      'category',
      'proposerKind',
      'leadMemberId',
      'coSignerIds',
      'proposerOrgName',
      'session',
      'year',
      'submittedOn',
      'attachmentIds',
    ],
    patchFields: ['title', 'content', 'category'],
    toInput: {
      coSignerIds: (v) => (ids(v).length ? ids(v) : null),
      attachmentIds: (v) => (ids(v).length ? ids(v) : null),
      year: toInt,
    },
    create: { mutation: 'submitProposal', inputType: 'SubmitProposalInput' },
  },
  myAssignedProposals: {
    type: 'Proposal',
    single: 'proposal',
    plural: 'myAssignedProposals',
    listFields: PROPOSAL_FIELDS,
    oneFields: PROPOSAL_ONE_FIELDS,
    sort: {
      id: 'ID',
      serialNo: 'SERIAL_NO',
      title: 'TITLE',
      status: 'STATUS',
      deadline: 'DEADLINE',
      year: 'YEAR',
      updatedAt: 'UPDATED_AT',
    },
    filters: ['ids', 'q', 'status', 'year', 'category', 'isKey', 'overdue'],
    inputFields: [],
    patchFields: [],
    readOnly: true,
  },
  activities: {
    type: 'Activity',
    single: 'activity',
    plural: 'activities',
    listFields: ACTIVITY_FIELDS,
    oneFields: ACTIVITY_ONE_FIELDS,
    sort: {
      id: 'ID',
      heldOn: 'HELD_ON',
      kind: 'KIND',
      title: 'TITLE',
      townshipId: 'TOWNSHIP',
      'township.name': 'TOWNSHIP',
      updatedAt: 'UPDATED_AT',
    },
    filters: [
      'ids',
      'q',
      'townshipId',
      'kind',
      'year',
      'consultationScale',
      'meetingKind',
      'county',
      'from',
      'to',
      'memberId',
    ],
    inputFields: [
      'title',
      'kind',
      'heldOn',
      'townshipId',
      'location',
      'meetingKind',
      'consultationScale',
      'topic',
      'reportTitle',
      'submittedTo',
      'suggestionsMade',
      'suggestionsAdopted',
      'peopleReached',
      'opinionsCollected',
      'donationYuan',
      'beneficiaries',
      'outletLevel',
      'piecesSubmitted',
      'notes',
      'claimEvidence',
      'participants',
    ],
    patchFields: [
      'title',
      'kind',
      'heldOn',
      'townshipId',
      'location',
      'meetingKind',
      'consultationScale',
      'topic',
      'reportTitle',
      'submittedTo',
      'suggestionsMade',
      'suggestionsAdopted',
      'peopleReached',
      'opinionsCollected',
      'donationYuan',
      'beneficiaries',
      'outletLevel',
      'piecesSubmitted',
      'notes',
      'claimEvidence',
      'participants',
    ],
    toInput: { participants: participantsInput },
    fromApi: (record) =>
      Array.isArray(record.participants)
        ? {
            ...record,
            participants: (record.participants as ParticipantEntry[]).map((e) => ({ ...e, id: String(e.memberId) })),
          }
        : record,
  },
  opinionReports: {
    type: 'OpinionReport',
    single: 'opinionReport',
    plural: 'opinionReports',
    listFields: OPINION_REPORT_FIELDS,
    oneFields: OPINION_REPORT_ONE_FIELDS,
    sort: {
      id: 'ID',
      submittedOn: 'SUBMITTED_ON',
      title: 'TITLE',
      status: 'STATUS',
      townshipId: 'TOWNSHIP',
      'township.name': 'TOWNSHIP',
      updatedAt: 'UPDATED_AT',
    },
    filters: ['ids', 'q', 'townshipId', 'status', 'year', 'adoptionLevel', 'leaderInstruction', 'county', 'memberId'],
    inputFields: [
      'title',
      'content',
      'submittedOn',
      'status',
      'adoptionLevel',
      'adoptedOn',
      'leaderInstruction',
      'instructionLevel',
      'instructionLeader',
      'instructedOn',
      'publishedIssue',
      'claimEvidence',
      'townshipId',
      'submitterIds',
    ],
    patchFields: [
      'title',
      'content',
      'submittedOn',
      'status',
      'adoptionLevel',
      'adoptedOn',
      'leaderInstruction',
      'instructionLevel',
      'instructionLeader',
      'instructedOn',
      'publishedIssue',
      'claimEvidence',
      'townshipId',
      'submitterIds',
    ],
    toInput: { submitterIds: ids },
  },
  workPlans: {
    type: 'WorkPlan',
    single: 'workPlan',
    plural: 'workPlans',
    listFields: WORK_PLAN_FIELDS,
    sort: { id: 'ID', year: 'YEAR', townshipId: 'TOWNSHIP', 'township.name': 'TOWNSHIP', updatedAt: 'UPDATED_AT' },
    filters: ['ids', 'q', 'townshipId', 'year'],
    inputFields: ['title', 'year', 'townshipId', 'notes', 'items'],
    patchFields: ['title', 'year', 'townshipId', 'notes', 'items'],
    toInput: { items: planItemsInput, year: toInt },
  },
  dutyReports: {
    type: 'DutyReport',
    single: 'dutyReport',
    plural: 'dutyReports',
    listFields: DUTY_REPORT_FIELDS,
    sort: { id: 'ID', year: 'YEAR', submittedOn: 'SUBMITTED_ON', memberId: 'MEMBER', 'member.name': 'MEMBER' },
    filters: ['ids', 'q', 'memberId', 'townshipId', 'year'],
    inputFields: ['memberId', 'year', 'submittedOn', 'title'],
    patchFields: ['memberId', 'year', 'submittedOn', 'title'],
    toInput: { year: toInt },
  },
  supervisionTargets: {
    type: 'SupervisionTarget',
    single: 'supervisionTarget',
    plural: 'supervisionTargets',
    listFields: SUPERVISION_TARGET_FIELDS,
    oneFields: SUPERVISION_TARGET_ONE_FIELDS,
    sort: { id: 'ID', year: 'YEAR', kind: 'KIND', unitId: 'UNIT', 'unit.name': 'UNIT', updatedAt: 'UPDATED_AT' },
    filters: ['ids', 'q', 'unitId', 'year', 'kind'],
    inputFields: ['kind', 'topic', 'unitId', 'year'],
    patchFields: [
      'kind',
      'topic',
      'unitId',
      'year',
      'planCheckOn',
      'planCheckNotes',
      'midYearOn',
      'midYearNotes',
      'evaluationOn',
      'evaluationNotes',
      'lookBackOn',
      'lookBackNotes',
    ],
    toInput: { year: toInt },
  },
  rectificationItems: {
    type: 'RectificationItem',
    single: 'rectificationItem',
    plural: 'rectificationItems',
    listFields: RECTIFICATION_ITEM_FIELDS,
    sort: { id: 'ID', dueOn: 'DUE_ON', status: 'STATUS', updatedAt: 'UPDATED_AT' },
    filters: ['ids', 'q', 'status', 'targetId', 'unitId', 'year'],
    inputFields: ['targetId', 'text', 'dueOn'],
    patchFields: ['text', 'dueOn'],
  },
  users: {
    type: 'User',
    single: 'user',
    plural: 'users',
    listFields: USER_FIELDS,
    sort: { id: 'ID', username: 'USERNAME', displayName: 'DISPLAY_NAME' },
    filters: ['ids', 'q', 'role', 'townshipId'],
    inputFields: ['username', 'displayName', 'role', 'townshipId', 'handlingUnitId', 'password', 'disabled'],
    patchFields: ['username', 'displayName', 'role', 'townshipId', 'handlingUnitId', 'password', 'disabled'],
    fromApi: (record) => ('disabledAt' in record ? { ...record, disabled: record.disabledAt != null } : record),
  },
  apiTokens: {
    type: 'ApiToken',
    single: 'apiToken',
    plural: 'apiTokens',
    listFields: API_TOKEN_FIELDS,
    sort: { id: 'ID', name: 'NAME', lastUsedAt: 'LAST_USED_AT' },
    filters: ['ids', 'q', 'includeRevoked'],
    inputFields: ['name', 'role', 'townshipId', 'handlingUnitId', 'readOnly', 'personalData', 'expiresAt'],
    patchFields: [],
    toInput: { expiresAt: (v) => (typeof v === 'string' && v ? (dayStart(v, true) ?? v) : null) },
    noUpdate: true,
    create: {
      mutation: 'createApiToken',
      inputType: 'ApiTokenInput',
      selection: (fields) => `secret token { ${fields} }`,
      toRecord: (result) => ({ ...(result.token as Record<string, unknown>), secret: result.secret }),
    },
    remove: { mutation: 'revokeApiToken', returnsRecord: true },
  },
  auditEntries: {
    type: 'AuditEntry',
    single: 'auditEntry',
    plural: 'auditEntries',
    listFields: AUDIT_ENTRY_FIELDS,
    oneFields: AUDIT_ENTRY_ONE_FIELDS,
    sort: { id: 'ID', at: 'AT' },
    filters: ['ids', 'q', 'action', 'actorId', 'actorKind', 'entityId', 'entityType', 'from', 'to'],
    inputFields: [],
    patchFields: [],
    filterToApi: { from: (v) => dayStart(v), to: (v) => dayStart(v, true) },
    readOnly: true,
  },
  claims: {
    type: 'Claim',
    single: 'claim',
    plural: 'claims',
    listFields: CLAIM_FIELDS,
    sort: { id: 'ID', createdAt: 'CREATED_AT', decidedAt: 'DECIDED_AT', 'township.name': 'TOWNSHIP' },
    filters: ['ids', 'q', 'review', 'kind', 'townshipId', 'year', 'recordType', 'recordId', 'includeSuperseded'],
    inputFields: [],
    patchFields: [],
    filterToApi: { year: toInt, recordId: toInt },
    // Claims are made by writing the record and decided by confirmClaim / refuseClaim (claims/claimApi.ts).
    readOnly: true,
  },
  objections: {
    type: 'Objection',
    single: 'objection',
    plural: 'objections',
    listFields: OBJECTION_FIELDS,
    sort: { id: 'ID', createdAt: 'CREATED_AT', answeredAt: 'ANSWERED_AT', 'township.name': 'TOWNSHIP' },
    filters: ['ids', 'q', 'year', 'townshipId', 'status', 'metric'],
    inputFields: ['year', 'metric', 'reason', 'evidence'],
    patchFields: [],
    filterToApi: { year: toInt },
    toInput: { year: toInt },
    // Raised by an officer, answered by acceptObjection / refuseObjection (objections/objectionApi.ts), never edited.
    noUpdate: true,
    noDelete: true,
    create: { mutation: 'raiseObjection', inputType: 'ObjectionInput' },
  },
};

export const isResourceName = (name: string): name is ResourceName => Object.hasOwn(RESOURCES, name);

export function resourceConfig(resource: string): ResourceConfig {
  const config = (RESOURCES as Record<string, ResourceConfig>)[resource];
  if (!config) throw new Error(`未知资源：${resource}`);
  return config;
}
