/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { ReviewDecision as ProposalReviewDecision } from '@cppcc/domain';
import type { ActivityKind } from '@cppcc/domain';
import type { Attendance } from '@cppcc/domain';
import type { ClaimKind } from '@cppcc/domain';
import type { ClaimReview } from '@cppcc/domain';
import type { CommitteeRole } from '@cppcc/domain';
import type { ConsultationScale } from '@cppcc/domain';
import type { ContactForm } from '@cppcc/domain';
import type { CppccBodyKind } from '@cppcc/domain';
import type { DutyRuleKey } from '@cppcc/domain';
import type { Gender } from '@cppcc/domain';
import type { GovernmentLevel } from '@cppcc/domain';
import type { HandlingUnitKind } from '@cppcc/domain';
import type { ImplementationStatus } from '@cppcc/domain';
import type { MeetingKind } from '@cppcc/domain';
import type { MemberKind } from '@cppcc/domain';
import type { MemberStatus } from '@cppcc/domain';
import type { ObjectionStatus } from '@cppcc/domain';
import type { OpinionStatus } from '@cppcc/domain';
import type { PlanItemKind } from '@cppcc/domain';
import type { PoliticalAffiliation } from '@cppcc/domain';
import type { ProposalCategory } from '@cppcc/domain';
import type { ProposalDutyBasis } from '@cppcc/domain';
import type { ProposalStatus } from '@cppcc/domain';
import type { ProposerKind } from '@cppcc/domain';
import type { RectificationStatus } from '@cppcc/domain';
import type { ReplyClass } from '@cppcc/domain';
import type { Role } from '@cppcc/domain';
import type { Satisfaction } from '@cppcc/domain';
import type { SectorCategory } from '@cppcc/domain';
import type { SupervisionKind } from '@cppcc/domain';
import type { SupervisionPhase } from '@cppcc/domain';
import type { TenureEnd } from '@cppcc/domain';
import type { TownshipKind } from '@cppcc/domain';
import type { UnitAssignmentRole } from '@cppcc/domain';
import type { UnitRequestKind } from '@cppcc/domain';
import type { UnitRequestStatus } from '@cppcc/domain';
import type { YearState } from '@cppcc/domain';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export { ActivityKind };

export type AssessmentItemInput = {
  key: string;
  perMember?: boolean;
  weight: number;
};

/** 交办 */
export type AssignProposalInput = {
  /** Default today */
  assignedOn?: string | null | undefined;
  /** 会办单位 */
  coUnitIds?: Array<string> | null | undefined;
  /** Default 3 months after assignedOn; not before it */
  deadline?: string | null | undefined;
  /** 主办单位 */
  leadUnitId: string;
  /** Let the lead unit reply before every co-unit has sent its 会办意见 (default false) */
  replyBeforeCoUnits?: boolean | null | undefined;
};

export { Attendance };

export type ClaimDecisionInput = {
  /** 说明: optional when confirming, the reason when refusing */
  note?: string | null | undefined;
};

export { ClaimKind };

export { ClaimReview };

/** 办结 */
export type CloseProposalInput = {
  /** Default today */
  closedOn?: string | null | undefined;
  /** Sets the implementation status as it closes; absent keeps it */
  implementation?: ImplementationStatus | null | undefined;
};

/** 会办意见: a co-unit’s opinion to the lead unit; the status does not change */
export type CoUnitOpinionInput = {
  /** Attachments uploaded by the caller through POST /files and not yet held by a record */
  attachmentIds?: Array<string> | null | undefined;
  /** Default today */
  on?: string | null | undefined;
  text: string;
  /** The co-unit, when a county admin enters the opinion on its behalf; a unit user sends its own */
  unitId?: string | null | undefined;
};

export { CommitteeRole };

export { ConsultationScale };

export { ContactForm };

export { CppccBodyKind };

/** The county’s decision on a unit’s request */
export type DecideUnitRequestInput = {
  approve: boolean;
  /** 延期 approved: the deadline granted; default the one asked for */
  deadline?: string | null | undefined;
  /** Required when refusing */
  note?: string | null | undefined;
  /** 退回/调整 approved: the new assignment; the deadline restarts from its date */
  reassign?: AssignProposalInput | null | undefined;
  requestId: string;
};

export { DutyRuleKey };

/** One rule of a year’s set (setDutyRules) */
export type DutyRuleSpecInput = {
  description?: string | null | undefined;
  key: DutyRuleKey;
  /** ≥ 0 */
  minCount: number;
  /** ≥ 0 */
  points: number;
  /** PROPOSAL only: 立案 (ACCEPTED, default) or 提交 (SUBMITTED); refused on other rules */
  proposalBasis?: ProposalDutyBasis | null | undefined;
};

export { Gender };

export { GovernmentLevel };

/** 提案办理规则 */
export type HandlingRulesInput = {
  dueSoonDays: number;
  returnWindowWorkingDays: number;
};

export { HandlingUnitKind };

export { ImplementationStatus };

export { MeetingKind };

export { MemberKind };

export { MemberStatus };

/** 届满 / 退出 / 撤销 from effectiveOn (the last day in office), or 恢复 (ACTIVE) from it */
export type MemberStatusChangeInput = {
  /** Required */
  effectiveOn?: string | null | undefined;
  /** Reason (required for 退出) */
  reason?: string | null | undefined;
  status: MemberStatus;
};

/** Which records of a figure to list: NUMERATOR (a count’s or sum’s own records, a rate’s numerator) or DENOMINATOR (a rate’s denominator; for a count or amount the active members it is divided by per member) */
export type MetricRecordPart =
  | 'DENOMINATOR'
  | 'NUMERATOR';

export type ObjectionAnswerInput = {
  /** The county’s answer: what was fixed, or why not (required when refusing) */
  answer?: string | null | undefined;
};

export { ObjectionStatus };

export { OpinionStatus };

/** offset ≥ 0, 1 ≤ limit ≤ 500 */
export type PageInput = {
  limit?: number;
  offset?: number;
};

export { PlanItemKind };

export { PoliticalAffiliation };

export { ProposalCategory };

/** 办前面商: a contact of the lead unit with the proposer */
export type ProposalContactInput = {
  /** Default today */
  contactedOn?: string | null | undefined;
  form: ContactForm;
  /** Who took part */
  participants?: string | null | undefined;
  /** What the proposer said */
  proposerView?: string | null | undefined;
  /** County admins entering it for the lead unit: default the lead unit */
  unitId?: string | null | undefined;
};

export { ProposalDutyBasis };

/** 委员对答复的满意度测评; DISSATISFIED sends the proposal back for re-handling */
export type ProposalFeedbackInput = {
  note?: string | null | undefined;
  /** Default today */
  on?: string | null | undefined;
  satisfaction: Satisfaction;
};

/** 重点提案 and its supervising chair */
export type ProposalKeyInput = {
  isKey: boolean;
  /** Required when isKey */
  supervisingChair?: string | null | undefined;
};

export { ProposalReviewDecision };

export { ProposalStatus };

export { ProposerKind };

/** 连任: a further term; the earlier terms stay on the record */
export type ReappointMemberInput = {
  /** Start of the appointment (required) */
  startsOn?: string | null | undefined;
  /** 届, e.g. 第十二届 */
  term?: string | null | undefined;
};

/** A new item starts 待整改 (PENDING); its status moves with setRectificationStatus */
export type RectificationItemInput = {
  dueOn?: string | null | undefined;
  targetId: string;
  text: string;
};

export { RectificationStatus };

export { ReplyClass };

/** 办复 */
export type ReplyProposalInput = {
  /** Attachments uploaded by the caller through POST /files and not yet held by a record */
  attachmentIds?: Array<string> | null | undefined;
  /** 联系人 */
  contactPerson?: string | null | undefined;
  /** 联系电话 */
  contactPhone?: string | null | undefined;
  /** 文号 of the reply letter */
  docNo?: string | null | undefined;
  /** Default today */
  repliedOn?: string | null | undefined;
  replyClass: ReplyClass;
  /** 签发人 */
  signer?: string | null | undefined;
  text: string;
};

/** 审查 */
export type ReviewProposalInput = {
  decision: ProposalReviewDecision;
  /** ACCEPT only: flag as 重点提案 (needs supervisingChair) */
  isKey?: boolean | null | undefined;
  /** MERGE only: the proposal this one is merged into */
  mergedIntoId?: string | null | undefined;
  /** Review note; the reason, required for REJECT (不予立案理由) */
  note?: string | null | undefined;
  /** Default today */
  reviewedOn?: string | null | undefined;
  /** The chair supervising a key proposal (主席领衔督办) */
  supervisingChair?: string | null | undefined;
};

export { Role };

export { Satisfaction };

export { SectorCategory };

/** The figures of the end-of-year evaluation (后期民主评议) */
export type SupervisionEvaluationInput = {
  /** 发现的问题 */
  findings?: string | null | undefined;
  /** Default: from the score (≥ 90 满意, ≥ 75 基本满意, else 不满意) */
  grade?: Satisfaction | null | undefined;
  /** 发放问卷数, ≥ 0 */
  questionnairesIssued: number;
  /** 收回问卷数, ≤ issued */
  questionnairesReturned: number;
  /** 提出建议条数, ≥ 0 */
  recommendationCount: number;
  /** 0–100, two decimals kept */
  score: number;
};

export { SupervisionKind };

export { SupervisionPhase };

export { TenureEnd };

export { TownshipKind };

/** 调动: the member is organised in another township from effectiveOn */
export type TransferMemberInput = {
  /** First day in the new township (required) */
  effectiveOn?: string | null | undefined;
  note?: string | null | undefined;
  townshipId?: string | null | undefined;
};

export { UnitAssignmentRole };

/** 承办单位申请退回、调整承办单位或延期 */
export type UnitRequestInput = {
  /** 延期: the deadline asked for, later than the one in force */
  deadline?: string | null | undefined;
  kind: UnitRequestKind;
  reason: string;
  /** 调整: the units the asking unit suggests (free text) */
  suggestion?: string | null | undefined;
};

export { UnitRequestKind };

export { UnitRequestStatus };

/** The county waives a co-unit’s missing 会办意见, with a reason */
export type WaiveCoUnitInput = {
  note: string;
  unitId: string;
};

export { YearState };

export type SetAttendanceMutationVariables = Exact<{
  activityId: string;
  memberId: string;
  attendance: Attendance;
}>;


export type SetAttendanceMutation = { setActivityAttendance: { id: string, version: number, presentCount: number, participantCount: number } };

export type AnnualSummaryQueryVariables = Exact<{
  townshipId: string;
  year: number;
}>;


export type AnnualSummaryQuery = { annualSummary: { townshipId: string, townshipName: string, year: number, sentences: Array<string>, text: string, figures: Array<{ key: string, label: string, text: string, value: number | null }> } };

export type SessionUserFragment = { id: string, username: string, displayName: string, role: Role, townshipId: string | null, handlingUnitId: string | null, township: { id: string, name: string } | null, handlingUnit: { id: string, name: string } | null };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string } };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { me: { id: string, username: string, displayName: string, role: Role, townshipId: string | null, handlingUnitId: string | null, township: { id: string, name: string } | null, handlingUnit: { id: string, name: string } | null } | null, myPermissions: { operations: Array<string> } };

export type ConfirmClaimMutationVariables = Exact<{
  id: string;
  input?: ClaimDecisionInput | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type ConfirmClaimMutation = { confirmClaim: { id: string, version: number, review: ClaimReview } };

export type RefuseClaimMutationVariables = Exact<{
  id: string;
  input: ClaimDecisionInput;
  expectedVersion?: number | null | undefined;
}>;


export type RefuseClaimMutation = { refuseClaim: { id: string, version: number, review: ClaimReview } };

export type AttachmentsQueryVariables = Exact<{
  ownerType: string;
  ownerId: string;
}>;


export type AttachmentsQuery = { attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, url: string }> | null };

export type CountyAnnualReportQueryVariables = Exact<{
  year: number;
}>;


export type CountyAnnualReportQuery = { countyAnnualReport: { year: number, townshipCount: number, closedAt: string | null, snapshotHash: string | null, sentences: Array<string>, figures: Array<{ key: string, label: string, kind: string, unit: string, total: number | null, mean: number | null, median: number | null, previousTotal: number | null, change: number | null }>, movers: Array<{ key: string, label: string, kind: string, unit: string, rises: Array<{ townshipId: string, townshipName: string, change: number }>, falls: Array<{ townshipId: string, townshipName: string, change: number }> }>, townships: Array<{ townshipId: string, townshipName: string, rank: number | null, score: number | null, planCompletionRate: number | null, members: number, membersMeetingAllRules: number, dutyComplianceRate: number | null, figures: Array<{ key: string, value: number | null }> }> } };

export type TownshipComparisonQueryVariables = Exact<{
  year: number;
  metrics?: Array<string> | null | undefined;
  perMember: boolean;
}>;


export type TownshipComparisonQuery = { townshipComparison: { year: number, perMember: boolean, metrics: Array<{ key: string, label: string, kind: string, group: string, total: number | null, mean: number | null, median: number | null }>, rows: Array<{ townshipId: string, townshipName: string, values: Array<{ key: string, value: number | null, rank: number, previous: number | null, change: number | null, changeRate: number | null }> }> } };

export type TownshipMetricsQueryVariables = Exact<{
  townshipId: string;
  fromYear: number;
  toYear: number;
}>;


export type TownshipMetricsQuery = { townshipMetrics: Array<{ year: number, closedAt: string | null, values: Array<{ key: string, value: number | null, perMember: number | null }> }> };

export type AssessmentQueryVariables = Exact<{
  year: number;
}>;


export type AssessmentQuery = { assessment: { year: number, scheme: Array<{ key: string, label: string, weight: number, perMember: boolean }>, rows: Array<{ townshipId: string, townshipName: string, score: number, rank: number, metrics: Array<{ key: string, value: number | null, scaled: number }> }> } };

export type AssessmentSchemeQueryVariables = Exact<{
  year: number;
}>;


export type AssessmentSchemeQuery = { assessmentScheme: Array<{ key: string, label: string, weight: number, perMember: boolean }> };

export type SetAssessmentSchemeMutationVariables = Exact<{
  year: number;
  items: Array<AssessmentItemInput>;
}>;


export type SetAssessmentSchemeMutation = { setAssessmentScheme: Array<{ key: string, label: string, weight: number, perMember: boolean }> };

export type AllZeroMetricsQueryVariables = Exact<{
  year: number;
}>;


export type AllZeroMetricsQuery = { townshipComparison: { metrics: Array<{ key: string, allZero: boolean }> } };

export type MetricRecordsQueryVariables = Exact<{
  metric: string;
  year: number;
  townshipId?: string | null | undefined;
  memberId?: string | null | undefined;
  part: MetricRecordPart;
  page?: PageInput | null | undefined;
}>;


export type MetricRecordsQuery = { metricRecords: { totalCount: number, valueSum: number | null, nodes: Array<{ recordType: string, id: string, title: string, date: string | null, memberId: string | null, memberName: string | null, parentType: string | null, parentId: string | null, value: number | null }> } };

export type DutyRuleSetQueryVariables = Exact<{
  year: number;
}>;


export type DutyRuleSetQuery = { dutyRuleSet: { year: number, isDefault: boolean, proposalBasis: ProposalDutyBasis, rules: Array<{ key: DutyRuleKey, label: string, minCount: number, points: number, proposalBasis: ProposalDutyBasis | null, description: string | null }> } };

export type SetDutyRulesMutationVariables = Exact<{
  year: number;
  rules: Array<DutyRuleSpecInput>;
}>;


export type SetDutyRulesMutation = { setDutyRules: { year: number, isDefault: boolean, proposalBasis: ProposalDutyBasis, rules: Array<{ key: DutyRuleKey, label: string, minCount: number, points: number, proposalBasis: ProposalDutyBasis | null, description: string | null }> } };

export type MemberDutyQueryVariables = Exact<{
  year: number;
  townshipId?: string | null | undefined;
}>;


export type MemberDutyQuery = { memberDuty: Array<{ memberId: string, memberName: string, townshipId: string, allMet: boolean, missed: Array<DutyRuleKey>, points: number, rules: Array<{ key: DutyRuleKey, label: string, actual: number, minCount: number, met: boolean, points: number }> }> };

export type MemberHistoryResultFragment = { id: string, version: number, townshipId: string, status: MemberStatus, term: string };

export type TransferMemberMutationVariables = Exact<{
  id: string;
  input: TransferMemberInput;
  expectedVersion?: number | null | undefined;
}>;


export type TransferMemberMutation = { transferMember: { id: string, version: number, townshipId: string, status: MemberStatus, term: string } };

export type ChangeMemberStatusMutationVariables = Exact<{
  id: string;
  input: MemberStatusChangeInput;
  expectedVersion?: number | null | undefined;
}>;


export type ChangeMemberStatusMutation = { changeMemberStatus: { id: string, version: number, townshipId: string, status: MemberStatus, term: string } };

export type ReappointMemberMutationVariables = Exact<{
  id: string;
  input: ReappointMemberInput;
  expectedVersion?: number | null | undefined;
}>;


export type ReappointMemberMutation = { reappointMember: { id: string, version: number, townshipId: string, status: MemberStatus, term: string } };

export type AcceptObjectionMutationVariables = Exact<{
  id: string;
  input?: ObjectionAnswerInput | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type AcceptObjectionMutation = { acceptObjection: { id: string, version: number, status: ObjectionStatus } };

export type RefuseObjectionMutationVariables = Exact<{
  id: string;
  input: ObjectionAnswerInput;
  expectedVersion?: number | null | undefined;
}>;


export type RefuseObjectionMutation = { refuseObjection: { id: string, version: number, status: ObjectionStatus } };

export type ProposalHandlingFieldsFragment = { proposerContacts: Array<{ memberId: string, name: string, sectorName: string | null, phone: string | null, isLead: boolean }>, contacts: Array<{ id: string, contactedOn: string, form: ContactForm, participants: string | null, proposerView: string | null, recordedByName: string | null, unitId: string }>, unitRequests: Array<{ id: string, kind: UnitRequestKind, status: UnitRequestStatus, reason: string, suggestion: string | null, requestedOn: string, requestedByName: string | null, previousDeadline: string | null, requestedDeadline: string | null, decidedOn: string | null, decidedByName: string | null, decisionNote: string | null, grantedDeadline: string | null, unitId: string, unit: { id: string, name: string } | null }> };

export type RequestUnitChangeMutationVariables = Exact<{
  id: string;
  input: UnitRequestInput;
  expectedVersion?: number | null | undefined;
}>;


export type RequestUnitChangeMutation = { requestUnitChange: { id: string, version: number } };

export type DecideUnitRequestMutationVariables = Exact<{
  id: string;
  input: DecideUnitRequestInput;
  expectedVersion?: number | null | undefined;
}>;


export type DecideUnitRequestMutation = { decideUnitRequest: { id: string, version: number } };

export type RecordProposalContactMutationVariables = Exact<{
  id: string;
  input: ProposalContactInput;
  expectedVersion?: number | null | undefined;
}>;


export type RecordProposalContactMutation = { recordProposalContact: { id: string, version: number } };

export type ProposalStepResultFragment = { id: string, version: number, status: ProposalStatus, allowedActions: Array<string> };

export type ReviewProposalMutationVariables = Exact<{
  id: string;
  input: ReviewProposalInput;
  expectedVersion?: number | null | undefined;
}>;


export type ReviewProposalMutation = { reviewProposal: { id: string, version: number, status: ProposalStatus, allowedActions: Array<string> } };

export type AssignProposalMutationVariables = Exact<{
  id: string;
  input: AssignProposalInput;
  expectedVersion?: number | null | undefined;
}>;


export type AssignProposalMutation = { assignProposal: { id: string, version: number, status: ProposalStatus, allowedActions: Array<string> } };

export type ReplyProposalMutationVariables = Exact<{
  id: string;
  input: ReplyProposalInput;
  expectedVersion?: number | null | undefined;
}>;


export type ReplyProposalMutation = { replyProposal: { id: string, version: number, status: ProposalStatus, allowedActions: Array<string> } };

export type SubmitCoUnitOpinionMutationVariables = Exact<{
  id: string;
  input: CoUnitOpinionInput;
  expectedVersion?: number | null | undefined;
}>;


export type SubmitCoUnitOpinionMutation = { submitCoUnitOpinion: { id: string, version: number, status: ProposalStatus, allowedActions: Array<string> } };

export type WaiveCoUnitOpinionMutationVariables = Exact<{
  id: string;
  input: WaiveCoUnitInput;
  expectedVersion?: number | null | undefined;
}>;


export type WaiveCoUnitOpinionMutation = { waiveCoUnitOpinion: { id: string, version: number, status: ProposalStatus, allowedActions: Array<string> } };

export type RecordProposalFeedbackMutationVariables = Exact<{
  id: string;
  input: ProposalFeedbackInput;
  expectedVersion?: number | null | undefined;
}>;


export type RecordProposalFeedbackMutation = { recordProposalFeedback: { id: string, version: number, status: ProposalStatus, allowedActions: Array<string> } };

export type SetProposalImplementationMutationVariables = Exact<{
  id: string;
  status: ImplementationStatus;
  expectedVersion?: number | null | undefined;
}>;


export type SetProposalImplementationMutation = { setProposalImplementation: { id: string, version: number, status: ProposalStatus, allowedActions: Array<string> } };

export type CloseProposalMutationVariables = Exact<{
  id: string;
  input?: CloseProposalInput | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type CloseProposalMutation = { closeProposal: { id: string, version: number, status: ProposalStatus, allowedActions: Array<string> } };

export type SetProposalKeyMutationVariables = Exact<{
  id: string;
  input: ProposalKeyInput;
  expectedVersion?: number | null | undefined;
}>;


export type SetProposalKeyMutation = { setProposalKey: { isKey: boolean, supervisingChair: string | null, id: string, version: number, status: ProposalStatus, allowedActions: Array<string> } };

export type TownshipFieldsFragment = { id: string, version: number, name: string, code: string, kind: TownshipKind, bodyName: string | null, bodyKind: CppccBodyKind | null, director: string | null, phone: string | null, address: string | null, sortOrder: number, memberCount: number, createdAt: string, updatedAt: string };

export type SectorFieldsFragment = { id: string, version: number, name: string, category: SectorCategory, sortOrder: number, memberCount: number, createdAt: string, updatedAt: string };

export type CommitteeFieldsFragment = { id: string, version: number, name: string, description: string | null, sortOrder: number, memberCount: number, createdAt: string, updatedAt: string };

export type MemberFieldsFragment = { id: string, version: number, name: string, gender: Gender, ethnicity: string, birthDate: string | null, affiliation: PoliticalAffiliation, sectorId: string, townshipId: string, kind: MemberKind, term: string, status: MemberStatus, workUnit: string | null, title: string | null, phone: string | null, birthYear: number | null, personalDataMasked: boolean, joinedOn: string | null, leftOn: string | null, leaveReason: string | null, needsDetails: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, sector: { id: string, name: string }, township: { id: string, name: string } };

export type MemberOneFieldsFragment = { id: string, version: number, name: string, gender: Gender, ethnicity: string, birthDate: string | null, affiliation: PoliticalAffiliation, sectorId: string, townshipId: string, kind: MemberKind, term: string, status: MemberStatus, workUnit: string | null, title: string | null, phone: string | null, birthYear: number | null, personalDataMasked: boolean, joinedOn: string | null, leftOn: string | null, leaveReason: string | null, needsDetails: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, tenures: Array<{ townshipId: string, startsOn: string, endsOn: string | null, endReason: TenureEnd | null, endNote: string | null, estimated: boolean }>, terms: Array<{ term: string, startsOn: string | null }>, sector: { id: string, name: string }, township: { id: string, name: string } };

export type HandlingUnitFieldsFragment = { id: string, version: number, name: string, shortName: string | null, kind: HandlingUnitKind, contactPerson: string | null, contactPhone: string | null, archivedAt: string | null, createdAt: string, updatedAt: string };

export type ProposalFieldsFragment = { id: string, version: number, serialNo: number, title: string, year: number, session: string | null, category: ProposalCategory, status: ProposalStatus, proposerKind: ProposerKind, proposerOrgName: string | null, leadMemberId: string | null, townshipId: string | null, submittedOn: string, isKey: boolean, supervisingChair: string | null, assignedOn: string | null, deadline: string | null, overdueDays: number | null, leadUnitId: string | null, firstReplyOn: string | null, replyClass: ReplyClass | null, satisfaction: Satisfaction | null, implementation: ImplementationStatus | null, allowedActions: Array<string>, updatedAt: string, leadMember: { id: string, name: string } | null, township: { id: string, name: string } | null, leadUnit: { id: string, name: string, shortName: string | null } | null };

export type ProposalOneFieldsFragment = { content: string | null, reviewDecision: ProposalStatus | null, reviewNote: string | null, reviewedOn: string | null, mergedIntoId: string | null, replyBeforeCoUnits: boolean, lastReplyOn: string | null, replyText: string | null, feedbackOn: string | null, closedOn: string | null, createdAt: string, id: string, version: number, serialNo: number, title: string, year: number, session: string | null, category: ProposalCategory, status: ProposalStatus, proposerKind: ProposerKind, proposerOrgName: string | null, leadMemberId: string | null, townshipId: string | null, submittedOn: string, isKey: boolean, supervisingChair: string | null, assignedOn: string | null, deadline: string | null, overdueDays: number | null, leadUnitId: string | null, firstReplyOn: string | null, replyClass: ReplyClass | null, satisfaction: Satisfaction | null, implementation: ImplementationStatus | null, allowedActions: Array<string>, updatedAt: string, coSigners: Array<{ id: string, name: string, township: { id: string, name: string } }>, mergedInto: { id: string, serialNo: number, title: string, year: number, status: ProposalStatus } | null, mergedProposals: Array<{ id: string, serialNo: number, title: string, year: number, status: ProposalStatus }>, units: Array<{ id: string, role: UnitAssignmentRole, unitId: string, opinionText: string | null, opinionOn: string | null, opinionByName: string | null, waivedOn: string | null, waiverNote: string | null, unit: { id: string, name: string } }>, leadUnit: { id: string, contactPerson: string | null, contactPhone: string | null, name: string, shortName: string | null } | null, replies: Array<{ id: string, round: number, repliedOn: string, replyClass: ReplyClass, text: string, docNo: string | null, signer: string | null, contactPerson: string | null, contactPhone: string | null, satisfaction: Satisfaction | null, feedbackOn: string | null, feedbackNote: string | null }>, history: Array<{ id: string, action: string, actorName: string | null, at: string, fromStatus: ProposalStatus | null, toStatus: ProposalStatus, note: string | null }>, leadMember: { id: string, name: string } | null, township: { id: string, name: string } | null, proposerContacts: Array<{ memberId: string, name: string, sectorName: string | null, phone: string | null, isLead: boolean }>, contacts: Array<{ id: string, contactedOn: string, form: ContactForm, participants: string | null, proposerView: string | null, recordedByName: string | null, unitId: string }>, unitRequests: Array<{ id: string, kind: UnitRequestKind, status: UnitRequestStatus, reason: string, suggestion: string | null, requestedOn: string, requestedByName: string | null, previousDeadline: string | null, requestedDeadline: string | null, decidedOn: string | null, decidedByName: string | null, decisionNote: string | null, grantedDeadline: string | null, unitId: string, unit: { id: string, name: string } | null }> };

export type ActivityFieldsFragment = { id: string, version: number, title: string, kind: ActivityKind, heldOn: string, year: number, location: string | null, townshipId: string | null, meetingKind: MeetingKind | null, consultationScale: ConsultationScale | null, topic: string | null, reportTitle: string | null, submittedTo: string | null, suggestionsMade: number, suggestionsAdopted: number, peopleReached: number | null, opinionsCollected: number | null, donationYuan: number, beneficiaries: number | null, outletLevel: GovernmentLevel | null, piecesSubmitted: number | null, participantCount: number, presentCount: number, createdAt: string, updatedAt: string, township: { id: string, name: string } | null };

export type OpinionReportFieldsFragment = { id: string, version: number, title: string, submittedOn: string, year: number, status: OpinionStatus, adoptionLevel: GovernmentLevel | null, adoptedOn: string | null, leaderInstruction: boolean, instructionLevel: GovernmentLevel | null, instructionLeader: string | null, instructedOn: string | null, adoptionReview: ClaimReview | null, instructionReview: ClaimReview | null, publishedIssue: string | null, townshipId: string | null, submitterIds: Array<string>, createdAt: string, updatedAt: string, township: { id: string, name: string } | null, submitters: Array<{ id: string, name: string, township: { id: string, name: string } }> };

export type WorkPlanFieldsFragment = { id: string, version: number, title: string, year: number, townshipId: string, notes: string | null, completionRate: number | null, createdAt: string, updatedAt: string, township: { id: string, name: string }, items: Array<{ id: string, metricKey: string | null, metricLabel: string | null, kind: PlanItemKind | null, quarter: number | null, target: number, description: string | null, progress: { actual: number, target: number, completed: boolean } | null }> };

export type DutyReportFieldsFragment = { id: string, version: number, memberId: string, year: number, submittedOn: string, title: string | null, createdAt: string, updatedAt: string, member: { id: string, name: string, township: { id: string, name: string } } | null };

export type SupervisionTargetFieldsFragment = { id: string, version: number, topic: string, kind: SupervisionKind, year: number, unitId: string, phases: Array<SupervisionPhase>, nextPhases: Array<SupervisionPhase>, complete: boolean, planCheckOn: string | null, midYearOn: string | null, evaluationOn: string | null, lookBackOn: string | null, questionnairesIssued: number | null, questionnairesReturned: number | null, score: number | null, grade: Satisfaction | null, recommendationCount: number | null, createdAt: string, updatedAt: string, unit: { id: string, name: string } | null };

export type SupervisionTargetOneFieldsFragment = { planCheckNotes: string | null, midYearNotes: string | null, evaluationNotes: string | null, lookBackNotes: string | null, findings: string | null, id: string, version: number, topic: string, kind: SupervisionKind, year: number, unitId: string, phases: Array<SupervisionPhase>, nextPhases: Array<SupervisionPhase>, complete: boolean, planCheckOn: string | null, midYearOn: string | null, evaluationOn: string | null, lookBackOn: string | null, questionnairesIssued: number | null, questionnairesReturned: number | null, score: number | null, grade: Satisfaction | null, recommendationCount: number | null, createdAt: string, updatedAt: string, rectificationItems: Array<{ id: string, version: number, text: string, dueOn: string | null, status: RectificationStatus, targetId: string }>, unit: { id: string, name: string } | null };

export type RectificationItemFieldsFragment = { id: string, version: number, text: string, dueOn: string | null, status: RectificationStatus, targetId: string, createdAt: string, updatedAt: string, target: { id: string, topic: string, year: number, unit: { id: string, name: string } | null } | null };

export type UserFieldsFragment = { id: string, version: number, username: string, displayName: string, role: Role, townshipId: string | null, handlingUnitId: string | null, disabledAt: string | null, loginBlockedUntil: string | null, createdAt: string, updatedAt: string, township: { id: string, name: string } | null, handlingUnit: { id: string, name: string } | null };

export type ApiTokenFieldsFragment = { id: string, name: string, prefix: string, role: Role, townshipId: string | null, handlingUnitId: string | null, readOnly: boolean, personalData: boolean, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, createdBy: { id: string, displayName: string } | null };

export type AuditEntryFieldsFragment = { id: string, at: string, action: string, actorKind: string, actorId: string | null, actorName: string | null, entityType: string, entityId: string | null, requestId: string | null, clientAddress: string | null };

export type ClaimFieldsFragment = { id: string, version: number, kind: ClaimKind, recordType: string, recordId: string, townshipId: string | null, year: number, title: string, claimed: string, evidence: string | null, review: ClaimReview, claimedByName: string | null, createdAt: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string | null, supersededAt: string | null, township: { id: string, name: string } | null };

export type ObjectionFieldsFragment = { id: string, version: number, year: number, townshipId: string, metric: string, figure: number | null, reason: string, evidence: string | null, status: ObjectionStatus, raisedByName: string | null, createdAt: string, answer: string | null, answeredByName: string | null, answeredAt: string | null, township: { id: string, name: string } };

export type CommitteeOneFieldsFragment = { id: string, version: number, name: string, description: string | null, sortOrder: number, memberCount: number, createdAt: string, updatedAt: string, members: Array<{ memberId: string, role: CommitteeRole, member: { id: string, name: string, township: { id: string, name: string }, sector: { id: string, name: string } } }> };

export type ActivityOneFieldsFragment = { notes: string | null, id: string, version: number, title: string, kind: ActivityKind, heldOn: string, year: number, location: string | null, townshipId: string | null, meetingKind: MeetingKind | null, consultationScale: ConsultationScale | null, topic: string | null, reportTitle: string | null, submittedTo: string | null, suggestionsMade: number, suggestionsAdopted: number, peopleReached: number | null, opinionsCollected: number | null, donationYuan: number, beneficiaries: number | null, outletLevel: GovernmentLevel | null, piecesSubmitted: number | null, participantCount: number, presentCount: number, createdAt: string, updatedAt: string, participants: Array<{ memberId: string, attendance: Attendance, member: { id: string, name: string, township: { id: string, name: string } } | null }>, township: { id: string, name: string } | null };

export type OpinionReportOneFieldsFragment = { content: string | null, id: string, version: number, title: string, submittedOn: string, year: number, status: OpinionStatus, adoptionLevel: GovernmentLevel | null, adoptedOn: string | null, leaderInstruction: boolean, instructionLevel: GovernmentLevel | null, instructionLeader: string | null, instructedOn: string | null, adoptionReview: ClaimReview | null, instructionReview: ClaimReview | null, publishedIssue: string | null, townshipId: string | null, submitterIds: Array<string>, createdAt: string, updatedAt: string, township: { id: string, name: string } | null, submitters: Array<{ id: string, name: string, township: { id: string, name: string } }> };

export type AuditEntryOneFieldsFragment = { before: string | null, after: string | null, id: string, at: string, action: string, actorKind: string, actorId: string | null, actorName: string | null, entityType: string, entityId: string | null, requestId: string | null, clientAddress: string | null };

export type RecordPhaseMutationVariables = Exact<{
  id: string;
  phase: SupervisionPhase;
  on: string;
  notes?: string | null | undefined;
}>;


export type RecordPhaseMutation = { recordSupervisionPhase: { id: string, version: number, phases: Array<SupervisionPhase>, nextPhases: Array<SupervisionPhase>, complete: boolean } };

export type RecordEvaluationMutationVariables = Exact<{
  id: string;
  input: SupervisionEvaluationInput;
}>;


export type RecordEvaluationMutation = { recordSupervisionEvaluation: { id: string, version: number, score: number | null, grade: Satisfaction | null } };

export type SetRectificationStatusMutationVariables = Exact<{
  id: string;
  status: RectificationStatus;
}>;


export type SetRectificationStatusMutation = { setRectificationStatus: { id: string, version: number, status: RectificationStatus } };

export type CreateRectificationItemMutationVariables = Exact<{
  input: RectificationItemInput;
}>;


export type CreateRectificationItemMutation = { createRectificationItem: { id: string } };

export type DeleteRectificationItemMutationVariables = Exact<{
  id: string;
}>;


export type DeleteRectificationItemMutation = { deleteRectificationItem: boolean };

export type HandlingUnitStatsQueryVariables = Exact<{
  year: number;
}>;


export type HandlingUnitStatsQuery = { handlingUnitStats: Array<{ unitId: string, unitName: string, assignedLead: number, assignedCo: number, replied: number, repliedOnTime: number, onTimeRate: number | null, overdueNow: number, averageDaysToReply: number | null, classA: number, classB: number, classC: number, classAShare: number | null, classBShare: number | null, classCShare: number | null, rated: number, satisfactionRate: number | null, rehandled: number, contacted: number, contactRate: number | null, coOpinionsPending: number, coOpinionsSent: number, returnsAsked: number, extensionsAsked: number }> };

export type WorklistProposalFragment = { id: string, year: number, serialNo: number, title: string, status: ProposalStatus, isKey: boolean, deadline: string | null, overdueDays: number | null, firstReplyOn: string | null };

export type UnitWorklistQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitWorklistQuery = { unitWorklist: { unitId: string, dueSoonDays: number, toReply: Array<{ id: string, year: number, serialNo: number, title: string, status: ProposalStatus, isKey: boolean, deadline: string | null, overdueDays: number | null, firstReplyOn: string | null }>, dueSoon: Array<{ id: string, year: number, serialNo: number, title: string, status: ProposalStatus, isKey: boolean, deadline: string | null, overdueDays: number | null, firstReplyOn: string | null }>, overdue: Array<{ id: string, year: number, serialNo: number, title: string, status: ProposalStatus, isKey: boolean, deadline: string | null, overdueDays: number | null, firstReplyOn: string | null }>, coOpinionsDue: Array<{ id: string, year: number, serialNo: number, title: string, status: ProposalStatus, isKey: boolean, deadline: string | null, overdueDays: number | null, firstReplyOn: string | null }>, requestsPending: Array<{ id: string, kind: UnitRequestKind, status: UnitRequestStatus, reason: string, requestedOn: string, requestedDeadline: string | null, decidedOn: string | null, decisionNote: string | null, grantedDeadline: string | null, proposalId: string, proposal: { id: string, year: number, serialNo: number, title: string, status: ProposalStatus, isKey: boolean, deadline: string | null, overdueDays: number | null, firstReplyOn: string | null } | null }>, requestsDecided: Array<{ id: string, kind: UnitRequestKind, status: UnitRequestStatus, reason: string, requestedOn: string, requestedDeadline: string | null, decidedOn: string | null, decisionNote: string | null, grantedDeadline: string | null, proposalId: string, proposal: { id: string, year: number, serialNo: number, title: string, status: ProposalStatus, isKey: boolean, deadline: string | null, overdueDays: number | null, firstReplyOn: string | null } | null }> } };

export type WorklistRequestFragment = { id: string, kind: UnitRequestKind, status: UnitRequestStatus, reason: string, requestedOn: string, requestedDeadline: string | null, decidedOn: string | null, decisionNote: string | null, grantedDeadline: string | null, proposalId: string, proposal: { id: string, year: number, serialNo: number, title: string, status: ProposalStatus, isKey: boolean, deadline: string | null, overdueDays: number | null, firstReplyOn: string | null } | null };

export type HandlingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type HandlingRulesQuery = { handlingRules: { returnWindowWorkingDays: number, dueSoonDays: number } };

export type SetHandlingRulesMutationVariables = Exact<{
  input: HandlingRulesInput;
}>;


export type SetHandlingRulesMutation = { setHandlingRules: { returnWindowWorkingDays: number, dueSoonDays: number } };

export type UnlockLoginMutationVariables = Exact<{
  username: string;
}>;


export type UnlockLoginMutation = { unlockLogin: number };

export type YearCloseQueryVariables = Exact<{
  year: number;
}>;


export type YearCloseQuery = { yearClose: { year: number, state: YearState, editions: Array<{ id: string, version: number, edition: number, state: YearState, reviewOpenedAt: string, reviewOpenedByName: string | null, closedAt: string | null, closedByName: string | null, closeNote: string | null, snapshotHash: string | null, reopenedAt: string | null, reopenedByName: string | null, reopenReason: string | null }> } };

export type YearAuditQueryVariables = Exact<{
  year: number;
}>;


export type YearAuditQuery = { yearCorrections: Array<{ id: string, edition: number, entityType: string, entityId: string, action: string, reason: string, byName: string | null, at: string }>, yearDrift: Array<{ townshipId: string, townshipName: string, metric: string, sealed: number | null, current: number | null, difference: number | null }> };

export type YearSnapshotQueryVariables = Exact<{
  year: number;
  edition?: number | null | undefined;
}>;


export type YearSnapshotQuery = { yearSnapshot: { edition: number, hash: string, snapshot: string } | null };

export type OpenYearReviewMutationVariables = Exact<{
  year: number;
}>;


export type OpenYearReviewMutation = { openYearReview: { id: string, state: YearState } };

export type CloseYearMutationVariables = Exact<{
  year: number;
  note?: string | null | undefined;
  overObjections?: boolean | null | undefined;
}>;


export type CloseYearMutation = { closeYear: { id: string, state: YearState, snapshotHash: string | null } };

export type ReopenYearMutationVariables = Exact<{
  year: number;
  reason: string;
}>;


export type ReopenYearMutation = { reopenYear: { id: string, state: YearState } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionUserFragmentDoc = new TypedDocumentString<SessionUserFragment, unknown>(`
    fragment SessionUser on User {
  id
  username
  displayName
  role
  townshipId
  handlingUnitId
  township {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
    `, {"fragmentName":"SessionUser"});
export const MemberHistoryResultFragmentDoc = new TypedDocumentString<MemberHistoryResultFragment, unknown>(`
    fragment MemberHistoryResult on Member {
  id
  version
  townshipId
  status
  term
}
    `, {"fragmentName":"MemberHistoryResult"});
export const ProposalStepResultFragmentDoc = new TypedDocumentString<ProposalStepResultFragment, unknown>(`
    fragment ProposalStepResult on Proposal {
  id
  version
  status
  allowedActions
}
    `, {"fragmentName":"ProposalStepResult"});
export const TownshipFieldsFragmentDoc = new TypedDocumentString<TownshipFieldsFragment, unknown>(`
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
    `, {"fragmentName":"TownshipFields"});
export const SectorFieldsFragmentDoc = new TypedDocumentString<SectorFieldsFragment, unknown>(`
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
    `, {"fragmentName":"SectorFields"});
export const MemberFieldsFragmentDoc = new TypedDocumentString<MemberFieldsFragment, unknown>(`
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
    `, {"fragmentName":"MemberFields"});
export const MemberOneFieldsFragmentDoc = new TypedDocumentString<MemberOneFieldsFragment, unknown>(`
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
}`, {"fragmentName":"MemberOneFields"});
export const HandlingUnitFieldsFragmentDoc = new TypedDocumentString<HandlingUnitFieldsFragment, unknown>(`
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
    `, {"fragmentName":"HandlingUnitFields"});
export const ProposalFieldsFragmentDoc = new TypedDocumentString<ProposalFieldsFragment, unknown>(`
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
    `, {"fragmentName":"ProposalFields"});
export const ProposalHandlingFieldsFragmentDoc = new TypedDocumentString<ProposalHandlingFieldsFragment, unknown>(`
    fragment ProposalHandlingFields on Proposal {
  proposerContacts {
    memberId
    name
    sectorName
    phone
    isLead
  }
  contacts {
    id
    contactedOn
    form
    participants
    proposerView
    recordedByName
    unitId
  }
  unitRequests {
    id
    kind
    status
    reason
    suggestion
    requestedOn
    requestedByName
    previousDeadline
    requestedDeadline
    decidedOn
    decidedByName
    decisionNote
    grantedDeadline
    unitId
    unit {
      id
      name
    }
  }
}
    `, {"fragmentName":"ProposalHandlingFields"});
export const ProposalOneFieldsFragmentDoc = new TypedDocumentString<ProposalOneFieldsFragment, unknown>(`
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
    fragment ProposalHandlingFields on Proposal {
  proposerContacts {
    memberId
    name
    sectorName
    phone
    isLead
  }
  contacts {
    id
    contactedOn
    form
    participants
    proposerView
    recordedByName
    unitId
  }
  unitRequests {
    id
    kind
    status
    reason
    suggestion
    requestedOn
    requestedByName
    previousDeadline
    requestedDeadline
    decidedOn
    decidedByName
    decisionNote
    grantedDeadline
    unitId
    unit {
      id
      name
    }
  }
}
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
}`, {"fragmentName":"ProposalOneFields"});
export const WorkPlanFieldsFragmentDoc = new TypedDocumentString<WorkPlanFieldsFragment, unknown>(`
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
    `, {"fragmentName":"WorkPlanFields"});
export const DutyReportFieldsFragmentDoc = new TypedDocumentString<DutyReportFieldsFragment, unknown>(`
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
    `, {"fragmentName":"DutyReportFields"});
export const SupervisionTargetFieldsFragmentDoc = new TypedDocumentString<SupervisionTargetFieldsFragment, unknown>(`
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
    `, {"fragmentName":"SupervisionTargetFields"});
export const SupervisionTargetOneFieldsFragmentDoc = new TypedDocumentString<SupervisionTargetOneFieldsFragment, unknown>(`
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
}`, {"fragmentName":"SupervisionTargetOneFields"});
export const RectificationItemFieldsFragmentDoc = new TypedDocumentString<RectificationItemFieldsFragment, unknown>(`
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
    `, {"fragmentName":"RectificationItemFields"});
export const UserFieldsFragmentDoc = new TypedDocumentString<UserFieldsFragment, unknown>(`
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
    `, {"fragmentName":"UserFields"});
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString<ApiTokenFieldsFragment, unknown>(`
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
    `, {"fragmentName":"ApiTokenFields"});
export const ClaimFieldsFragmentDoc = new TypedDocumentString<ClaimFieldsFragment, unknown>(`
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
    `, {"fragmentName":"ClaimFields"});
export const ObjectionFieldsFragmentDoc = new TypedDocumentString<ObjectionFieldsFragment, unknown>(`
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
    `, {"fragmentName":"ObjectionFields"});
export const CommitteeFieldsFragmentDoc = new TypedDocumentString<CommitteeFieldsFragment, unknown>(`
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
    `, {"fragmentName":"CommitteeFields"});
export const CommitteeOneFieldsFragmentDoc = new TypedDocumentString<CommitteeOneFieldsFragment, unknown>(`
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
    fragment CommitteeFields on Committee {
  id
  version
  name
  description
  sortOrder
  memberCount
  createdAt
  updatedAt
}`, {"fragmentName":"CommitteeOneFields"});
export const ActivityFieldsFragmentDoc = new TypedDocumentString<ActivityFieldsFragment, unknown>(`
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
    `, {"fragmentName":"ActivityFields"});
export const ActivityOneFieldsFragmentDoc = new TypedDocumentString<ActivityOneFieldsFragment, unknown>(`
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
}`, {"fragmentName":"ActivityOneFields"});
export const OpinionReportFieldsFragmentDoc = new TypedDocumentString<OpinionReportFieldsFragment, unknown>(`
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
    `, {"fragmentName":"OpinionReportFields"});
export const OpinionReportOneFieldsFragmentDoc = new TypedDocumentString<OpinionReportOneFieldsFragment, unknown>(`
    fragment OpinionReportOneFields on OpinionReport {
  ...OpinionReportFields
  content
}
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
}`, {"fragmentName":"OpinionReportOneFields"});
export const AuditEntryFieldsFragmentDoc = new TypedDocumentString<AuditEntryFieldsFragment, unknown>(`
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
    `, {"fragmentName":"AuditEntryFields"});
export const AuditEntryOneFieldsFragmentDoc = new TypedDocumentString<AuditEntryOneFieldsFragment, unknown>(`
    fragment AuditEntryOneFields on AuditEntry {
  ...AuditEntryFields
  before
  after
}
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
}`, {"fragmentName":"AuditEntryOneFields"});
export const WorklistProposalFragmentDoc = new TypedDocumentString<WorklistProposalFragment, unknown>(`
    fragment WorklistProposal on Proposal {
  id
  year
  serialNo
  title
  status
  isKey
  deadline
  overdueDays
  firstReplyOn
}
    `, {"fragmentName":"WorklistProposal"});
export const WorklistRequestFragmentDoc = new TypedDocumentString<WorklistRequestFragment, unknown>(`
    fragment WorklistRequest on UnitRequest {
  id
  kind
  status
  reason
  requestedOn
  requestedDeadline
  decidedOn
  decisionNote
  grantedDeadline
  proposalId
  proposal {
    ...WorklistProposal
  }
}
    fragment WorklistProposal on Proposal {
  id
  year
  serialNo
  title
  status
  isKey
  deadline
  overdueDays
  firstReplyOn
}`, {"fragmentName":"WorklistRequest"});
export const SetAttendanceDocument = new TypedDocumentString<SetAttendanceMutation, SetAttendanceMutationVariables>(`
    mutation SetAttendance($activityId: ID!, $memberId: ID!, $attendance: Attendance!) {
  setActivityAttendance(
    activityId: $activityId
    memberId: $memberId
    attendance: $attendance
  ) {
    id
    version
    presentCount
    participantCount
  }
}
    `);
export const AnnualSummaryDocument = new TypedDocumentString<AnnualSummaryQuery, AnnualSummaryQueryVariables>(`
    query AnnualSummary($townshipId: ID!, $year: Int!) {
  annualSummary(townshipId: $townshipId, year: $year) {
    townshipId
    townshipName
    year
    figures {
      key
      label
      text
      value
    }
    sentences
    text
  }
}
    `);
export const LoginDocument = new TypedDocumentString<LoginMutation, LoginMutationVariables>(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
  }
}
    `);
export const SessionDocument = new TypedDocumentString<SessionQuery, SessionQueryVariables>(`
    query Session {
  me {
    ...SessionUser
  }
  myPermissions {
    operations
  }
}
    fragment SessionUser on User {
  id
  username
  displayName
  role
  townshipId
  handlingUnitId
  township {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}`);
export const ConfirmClaimDocument = new TypedDocumentString<ConfirmClaimMutation, ConfirmClaimMutationVariables>(`
    mutation ConfirmClaim($id: ID!, $input: ClaimDecisionInput, $expectedVersion: Int) {
  confirmClaim(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
    review
  }
}
    `);
export const RefuseClaimDocument = new TypedDocumentString<RefuseClaimMutation, RefuseClaimMutationVariables>(`
    mutation RefuseClaim($id: ID!, $input: ClaimDecisionInput!, $expectedVersion: Int) {
  refuseClaim(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
    review
  }
}
    `);
export const AttachmentsDocument = new TypedDocumentString<AttachmentsQuery, AttachmentsQueryVariables>(`
    query Attachments($ownerType: String!, $ownerId: ID!) {
  attachments(ownerType: $ownerType, ownerId: $ownerId) {
    id
    fileName
    mimeType
    size
    url
  }
}
    `);
export const CountyAnnualReportDocument = new TypedDocumentString<CountyAnnualReportQuery, CountyAnnualReportQueryVariables>(`
    query CountyAnnualReport($year: Int!) {
  countyAnnualReport(year: $year) {
    year
    townshipCount
    closedAt
    snapshotHash
    sentences
    figures {
      key
      label
      kind
      unit
      total
      mean
      median
      previousTotal
      change
    }
    movers {
      key
      label
      kind
      unit
      rises {
        townshipId
        townshipName
        change
      }
      falls {
        townshipId
        townshipName
        change
      }
    }
    townships {
      townshipId
      townshipName
      rank
      score
      figures {
        key
        value
      }
      planCompletionRate
      members
      membersMeetingAllRules
      dutyComplianceRate
    }
  }
}
    `);
export const TownshipComparisonDocument = new TypedDocumentString<TownshipComparisonQuery, TownshipComparisonQueryVariables>(`
    query TownshipComparison($year: Int!, $metrics: [String!], $perMember: Boolean!) {
  townshipComparison(year: $year, metrics: $metrics, perMember: $perMember) {
    year
    perMember
    metrics {
      key
      label
      kind
      group
      total
      mean
      median
    }
    rows {
      townshipId
      townshipName
      values {
        key
        value
        rank
        previous
        change
        changeRate
      }
    }
  }
}
    `);
export const TownshipMetricsDocument = new TypedDocumentString<TownshipMetricsQuery, TownshipMetricsQueryVariables>(`
    query TownshipMetrics($townshipId: ID!, $fromYear: Int!, $toYear: Int!) {
  townshipMetrics(townshipId: $townshipId, fromYear: $fromYear, toYear: $toYear) {
    year
    closedAt
    values {
      key
      value
      perMember
    }
  }
}
    `);
export const AssessmentDocument = new TypedDocumentString<AssessmentQuery, AssessmentQueryVariables>(`
    query Assessment($year: Int!) {
  assessment(year: $year) {
    year
    scheme {
      key
      label
      weight
      perMember
    }
    rows {
      townshipId
      townshipName
      score
      rank
      metrics {
        key
        value
        scaled
      }
    }
  }
}
    `);
export const AssessmentSchemeDocument = new TypedDocumentString<AssessmentSchemeQuery, AssessmentSchemeQueryVariables>(`
    query AssessmentScheme($year: Int!) {
  assessmentScheme(year: $year) {
    key
    label
    weight
    perMember
  }
}
    `);
export const SetAssessmentSchemeDocument = new TypedDocumentString<SetAssessmentSchemeMutation, SetAssessmentSchemeMutationVariables>(`
    mutation SetAssessmentScheme($year: Int!, $items: [AssessmentItemInput!]!) {
  setAssessmentScheme(year: $year, items: $items) {
    key
    label
    weight
    perMember
  }
}
    `);
export const AllZeroMetricsDocument = new TypedDocumentString<AllZeroMetricsQuery, AllZeroMetricsQueryVariables>(`
    query AllZeroMetrics($year: Int!) {
  townshipComparison(year: $year) {
    metrics {
      key
      allZero
    }
  }
}
    `);
export const MetricRecordsDocument = new TypedDocumentString<MetricRecordsQuery, MetricRecordsQueryVariables>(`
    query MetricRecords($metric: String!, $year: Int!, $townshipId: ID, $memberId: ID, $part: MetricRecordPart!, $page: PageInput) {
  metricRecords(
    metric: $metric
    year: $year
    townshipId: $townshipId
    memberId: $memberId
    part: $part
    page: $page
  ) {
    totalCount
    valueSum
    nodes {
      recordType
      id
      title
      date
      memberId
      memberName
      parentType
      parentId
      value
    }
  }
}
    `);
export const DutyRuleSetDocument = new TypedDocumentString<DutyRuleSetQuery, DutyRuleSetQueryVariables>(`
    query DutyRuleSet($year: Int!) {
  dutyRuleSet(year: $year) {
    year
    isDefault
    proposalBasis
    rules {
      key
      label
      minCount
      points
      proposalBasis
      description
    }
  }
}
    `);
export const SetDutyRulesDocument = new TypedDocumentString<SetDutyRulesMutation, SetDutyRulesMutationVariables>(`
    mutation SetDutyRules($year: Int!, $rules: [DutyRuleSpecInput!]!) {
  setDutyRules(year: $year, rules: $rules) {
    year
    isDefault
    proposalBasis
    rules {
      key
      label
      minCount
      points
      proposalBasis
      description
    }
  }
}
    `);
export const MemberDutyDocument = new TypedDocumentString<MemberDutyQuery, MemberDutyQueryVariables>(`
    query MemberDuty($year: Int!, $townshipId: ID) {
  memberDuty(year: $year, townshipId: $townshipId) {
    memberId
    memberName
    townshipId
    allMet
    missed
    points
    rules {
      key
      label
      actual
      minCount
      met
      points
    }
  }
}
    `);
export const TransferMemberDocument = new TypedDocumentString<TransferMemberMutation, TransferMemberMutationVariables>(`
    mutation TransferMember($id: ID!, $input: TransferMemberInput!, $expectedVersion: Int) {
  transferMember(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...MemberHistoryResult
  }
}
    fragment MemberHistoryResult on Member {
  id
  version
  townshipId
  status
  term
}`);
export const ChangeMemberStatusDocument = new TypedDocumentString<ChangeMemberStatusMutation, ChangeMemberStatusMutationVariables>(`
    mutation ChangeMemberStatus($id: ID!, $input: MemberStatusChangeInput!, $expectedVersion: Int) {
  changeMemberStatus(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...MemberHistoryResult
  }
}
    fragment MemberHistoryResult on Member {
  id
  version
  townshipId
  status
  term
}`);
export const ReappointMemberDocument = new TypedDocumentString<ReappointMemberMutation, ReappointMemberMutationVariables>(`
    mutation ReappointMember($id: ID!, $input: ReappointMemberInput!, $expectedVersion: Int) {
  reappointMember(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...MemberHistoryResult
  }
}
    fragment MemberHistoryResult on Member {
  id
  version
  townshipId
  status
  term
}`);
export const AcceptObjectionDocument = new TypedDocumentString<AcceptObjectionMutation, AcceptObjectionMutationVariables>(`
    mutation AcceptObjection($id: ID!, $input: ObjectionAnswerInput, $expectedVersion: Int) {
  acceptObjection(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
    status
  }
}
    `);
export const RefuseObjectionDocument = new TypedDocumentString<RefuseObjectionMutation, RefuseObjectionMutationVariables>(`
    mutation RefuseObjection($id: ID!, $input: ObjectionAnswerInput!, $expectedVersion: Int) {
  refuseObjection(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
    status
  }
}
    `);
export const RequestUnitChangeDocument = new TypedDocumentString<RequestUnitChangeMutation, RequestUnitChangeMutationVariables>(`
    mutation RequestUnitChange($id: ID!, $input: UnitRequestInput!, $expectedVersion: Int) {
  requestUnitChange(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `);
export const DecideUnitRequestDocument = new TypedDocumentString<DecideUnitRequestMutation, DecideUnitRequestMutationVariables>(`
    mutation DecideUnitRequest($id: ID!, $input: DecideUnitRequestInput!, $expectedVersion: Int) {
  decideUnitRequest(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `);
export const RecordProposalContactDocument = new TypedDocumentString<RecordProposalContactMutation, RecordProposalContactMutationVariables>(`
    mutation RecordProposalContact($id: ID!, $input: ProposalContactInput!, $expectedVersion: Int) {
  recordProposalContact(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `);
export const ReviewProposalDocument = new TypedDocumentString<ReviewProposalMutation, ReviewProposalMutationVariables>(`
    mutation ReviewProposal($id: ID!, $input: ReviewProposalInput!, $expectedVersion: Int) {
  reviewProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...ProposalStepResult
  }
}
    fragment ProposalStepResult on Proposal {
  id
  version
  status
  allowedActions
}`);
export const AssignProposalDocument = new TypedDocumentString<AssignProposalMutation, AssignProposalMutationVariables>(`
    mutation AssignProposal($id: ID!, $input: AssignProposalInput!, $expectedVersion: Int) {
  assignProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...ProposalStepResult
  }
}
    fragment ProposalStepResult on Proposal {
  id
  version
  status
  allowedActions
}`);
export const ReplyProposalDocument = new TypedDocumentString<ReplyProposalMutation, ReplyProposalMutationVariables>(`
    mutation ReplyProposal($id: ID!, $input: ReplyProposalInput!, $expectedVersion: Int) {
  replyProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...ProposalStepResult
  }
}
    fragment ProposalStepResult on Proposal {
  id
  version
  status
  allowedActions
}`);
export const SubmitCoUnitOpinionDocument = new TypedDocumentString<SubmitCoUnitOpinionMutation, SubmitCoUnitOpinionMutationVariables>(`
    mutation SubmitCoUnitOpinion($id: ID!, $input: CoUnitOpinionInput!, $expectedVersion: Int) {
  submitCoUnitOpinion(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...ProposalStepResult
  }
}
    fragment ProposalStepResult on Proposal {
  id
  version
  status
  allowedActions
}`);
export const WaiveCoUnitOpinionDocument = new TypedDocumentString<WaiveCoUnitOpinionMutation, WaiveCoUnitOpinionMutationVariables>(`
    mutation WaiveCoUnitOpinion($id: ID!, $input: WaiveCoUnitInput!, $expectedVersion: Int) {
  waiveCoUnitOpinion(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...ProposalStepResult
  }
}
    fragment ProposalStepResult on Proposal {
  id
  version
  status
  allowedActions
}`);
export const RecordProposalFeedbackDocument = new TypedDocumentString<RecordProposalFeedbackMutation, RecordProposalFeedbackMutationVariables>(`
    mutation RecordProposalFeedback($id: ID!, $input: ProposalFeedbackInput!, $expectedVersion: Int) {
  recordProposalFeedback(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
  ) {
    ...ProposalStepResult
  }
}
    fragment ProposalStepResult on Proposal {
  id
  version
  status
  allowedActions
}`);
export const SetProposalImplementationDocument = new TypedDocumentString<SetProposalImplementationMutation, SetProposalImplementationMutationVariables>(`
    mutation SetProposalImplementation($id: ID!, $status: ImplementationStatus!, $expectedVersion: Int) {
  setProposalImplementation(
    id: $id
    status: $status
    expectedVersion: $expectedVersion
  ) {
    ...ProposalStepResult
  }
}
    fragment ProposalStepResult on Proposal {
  id
  version
  status
  allowedActions
}`);
export const CloseProposalDocument = new TypedDocumentString<CloseProposalMutation, CloseProposalMutationVariables>(`
    mutation CloseProposal($id: ID!, $input: CloseProposalInput, $expectedVersion: Int) {
  closeProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...ProposalStepResult
  }
}
    fragment ProposalStepResult on Proposal {
  id
  version
  status
  allowedActions
}`);
export const SetProposalKeyDocument = new TypedDocumentString<SetProposalKeyMutation, SetProposalKeyMutationVariables>(`
    mutation SetProposalKey($id: ID!, $input: ProposalKeyInput!, $expectedVersion: Int) {
  setProposalKey(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...ProposalStepResult
    isKey
    supervisingChair
  }
}
    fragment ProposalStepResult on Proposal {
  id
  version
  status
  allowedActions
}`);
export const RecordPhaseDocument = new TypedDocumentString<RecordPhaseMutation, RecordPhaseMutationVariables>(`
    mutation RecordPhase($id: ID!, $phase: SupervisionPhase!, $on: Date!, $notes: String) {
  recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: $notes) {
    id
    version
    phases
    nextPhases
    complete
  }
}
    `);
export const RecordEvaluationDocument = new TypedDocumentString<RecordEvaluationMutation, RecordEvaluationMutationVariables>(`
    mutation RecordEvaluation($id: ID!, $input: SupervisionEvaluationInput!) {
  recordSupervisionEvaluation(id: $id, input: $input) {
    id
    version
    score
    grade
  }
}
    `);
export const SetRectificationStatusDocument = new TypedDocumentString<SetRectificationStatusMutation, SetRectificationStatusMutationVariables>(`
    mutation SetRectificationStatus($id: ID!, $status: RectificationStatus!) {
  setRectificationStatus(id: $id, status: $status) {
    id
    version
    status
  }
}
    `);
export const CreateRectificationItemDocument = new TypedDocumentString<CreateRectificationItemMutation, CreateRectificationItemMutationVariables>(`
    mutation CreateRectificationItem($input: RectificationItemInput!) {
  createRectificationItem(input: $input) {
    id
  }
}
    `);
export const DeleteRectificationItemDocument = new TypedDocumentString<DeleteRectificationItemMutation, DeleteRectificationItemMutationVariables>(`
    mutation DeleteRectificationItem($id: ID!) {
  deleteRectificationItem(id: $id)
}
    `);
export const HandlingUnitStatsDocument = new TypedDocumentString<HandlingUnitStatsQuery, HandlingUnitStatsQueryVariables>(`
    query HandlingUnitStats($year: Int!) {
  handlingUnitStats(year: $year) {
    unitId
    unitName
    assignedLead
    assignedCo
    replied
    repliedOnTime
    onTimeRate
    overdueNow
    averageDaysToReply
    classA
    classB
    classC
    classAShare
    classBShare
    classCShare
    rated
    satisfactionRate
    rehandled
    contacted
    contactRate
    coOpinionsPending
    coOpinionsSent
    returnsAsked
    extensionsAsked
  }
}
    `);
export const UnitWorklistDocument = new TypedDocumentString<UnitWorklistQuery, UnitWorklistQueryVariables>(`
    query UnitWorklist {
  unitWorklist {
    unitId
    dueSoonDays
    toReply {
      ...WorklistProposal
    }
    dueSoon {
      ...WorklistProposal
    }
    overdue {
      ...WorklistProposal
    }
    coOpinionsDue {
      ...WorklistProposal
    }
    requestsPending {
      ...WorklistRequest
    }
    requestsDecided {
      ...WorklistRequest
    }
  }
}
    fragment WorklistProposal on Proposal {
  id
  year
  serialNo
  title
  status
  isKey
  deadline
  overdueDays
  firstReplyOn
}
fragment WorklistRequest on UnitRequest {
  id
  kind
  status
  reason
  requestedOn
  requestedDeadline
  decidedOn
  decisionNote
  grantedDeadline
  proposalId
  proposal {
    ...WorklistProposal
  }
}`);
export const HandlingRulesDocument = new TypedDocumentString<HandlingRulesQuery, HandlingRulesQueryVariables>(`
    query HandlingRules {
  handlingRules {
    returnWindowWorkingDays
    dueSoonDays
  }
}
    `);
export const SetHandlingRulesDocument = new TypedDocumentString<SetHandlingRulesMutation, SetHandlingRulesMutationVariables>(`
    mutation SetHandlingRules($input: HandlingRulesInput!) {
  setHandlingRules(input: $input) {
    returnWindowWorkingDays
    dueSoonDays
  }
}
    `);
export const UnlockLoginDocument = new TypedDocumentString<UnlockLoginMutation, UnlockLoginMutationVariables>(`
    mutation UnlockLogin($username: String!) {
  unlockLogin(username: $username)
}
    `);
export const YearCloseDocument = new TypedDocumentString<YearCloseQuery, YearCloseQueryVariables>(`
    query YearClose($year: Int!) {
  yearClose(year: $year) {
    year
    state
    editions {
      id
      version
      edition
      state
      reviewOpenedAt
      reviewOpenedByName
      closedAt
      closedByName
      closeNote
      snapshotHash
      reopenedAt
      reopenedByName
      reopenReason
    }
  }
}
    `);
export const YearAuditDocument = new TypedDocumentString<YearAuditQuery, YearAuditQueryVariables>(`
    query YearAudit($year: Int!) {
  yearCorrections(year: $year) {
    id
    edition
    entityType
    entityId
    action
    reason
    byName
    at
  }
  yearDrift(year: $year) {
    townshipId
    townshipName
    metric
    sealed
    current
    difference
  }
}
    `);
export const YearSnapshotDocument = new TypedDocumentString<YearSnapshotQuery, YearSnapshotQueryVariables>(`
    query YearSnapshot($year: Int!, $edition: Int) {
  yearSnapshot(year: $year, edition: $edition) {
    edition
    hash
    snapshot
  }
}
    `);
export const OpenYearReviewDocument = new TypedDocumentString<OpenYearReviewMutation, OpenYearReviewMutationVariables>(`
    mutation OpenYearReview($year: Int!) {
  openYearReview(year: $year) {
    id
    state
  }
}
    `);
export const CloseYearDocument = new TypedDocumentString<CloseYearMutation, CloseYearMutationVariables>(`
    mutation CloseYear($year: Int!, $note: String, $overObjections: Boolean) {
  closeYear(year: $year, note: $note, overObjections: $overObjections) {
    id
    state
    snapshotHash
  }
}
    `);
export const ReopenYearDocument = new TypedDocumentString<ReopenYearMutation, ReopenYearMutationVariables>(`
    mutation ReopenYear($year: Int!, $reason: String!) {
  reopenYear(year: $year, reason: $reason) {
    id
    state
  }
}
    `);