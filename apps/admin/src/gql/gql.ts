/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation SetAttendance($activityId: ID!, $memberId: ID!, $attendance: Attendance!) {\n  setActivityAttendance(activityId: $activityId, memberId: $memberId, attendance: $attendance) { id version presentCount participantCount }\n}": typeof types.SetAttendanceDocument,
    "query AnnualSummary($townshipId: ID!, $year: Int!) {\n  annualSummary(townshipId: $townshipId, year: $year) { townshipId townshipName year figures { key label text value } sentences text }\n}": typeof types.AnnualSummaryDocument,
    "fragment SessionUser on User {\n  id username displayName role townshipId handlingUnitId township { id name } handlingUnit { id name }\n}": typeof types.SessionUserFragmentDoc,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { token }\n}": typeof types.LoginDocument,
    "query Session { me { ...SessionUser } myPermissions { operations } }": typeof types.SessionDocument,
    "query TownshipComparison($year: Int!, $metrics: [String!], $perMember: Boolean!) {\n  townshipComparison(year: $year, metrics: $metrics, perMember: $perMember) {\n    year perMember\n    metrics { key label kind group total mean median }\n    rows { townshipId townshipName values { key value rank previous change changeRate } }\n  }\n}": typeof types.TownshipComparisonDocument,
    "query TownshipMetrics($townshipId: ID!, $fromYear: Int!, $toYear: Int!) {\n  townshipMetrics(townshipId: $townshipId, fromYear: $fromYear, toYear: $toYear) { year values { key value perMember } }\n}": typeof types.TownshipMetricsDocument,
    "query Assessment($year: Int!) {\n  assessment(year: $year) { year scheme { key label weight perMember } rows { townshipId townshipName score rank metrics { key value scaled } } }\n}": typeof types.AssessmentDocument,
    "query AssessmentScheme($year: Int!) { assessmentScheme(year: $year) { key label weight perMember } }": typeof types.AssessmentSchemeDocument,
    "mutation SetAssessmentScheme($year: Int!, $items: [AssessmentItemInput!]!) {\n  setAssessmentScheme(year: $year, items: $items) { key label weight perMember }\n}": typeof types.SetAssessmentSchemeDocument,
    "query AllZeroMetrics($year: Int!) { townshipComparison(year: $year) { metrics { key allZero } } }": typeof types.AllZeroMetricsDocument,
    "query DutyRuleSet($year: Int!) { dutyRuleSet(year: $year) { year isDefault proposalBasis rules { key label minCount points proposalBasis description } } }": typeof types.DutyRuleSetDocument,
    "mutation SetDutyRules($year: Int!, $rules: [DutyRuleSpecInput!]!) {\n  setDutyRules(year: $year, rules: $rules) { year isDefault proposalBasis rules { key label minCount points proposalBasis description } }\n}": typeof types.SetDutyRulesDocument,
    "query MemberDuty($year: Int!, $townshipId: ID) {\n  memberDuty(year: $year, townshipId: $townshipId) { memberId memberName townshipId allMet missed points rules { key label actual minCount met points } }\n}": typeof types.MemberDutyDocument,
    "fragment ProposalStepResult on Proposal { id version status allowedActions }": typeof types.ProposalStepResultFragmentDoc,
    "mutation ReviewProposal($id: ID!, $input: ReviewProposalInput!, $expectedVersion: Int) {\n  reviewProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": typeof types.ReviewProposalDocument,
    "mutation AssignProposal($id: ID!, $input: AssignProposalInput!, $expectedVersion: Int) {\n  assignProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": typeof types.AssignProposalDocument,
    "mutation ReplyProposal($id: ID!, $input: ReplyProposalInput!, $expectedVersion: Int) {\n  replyProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": typeof types.ReplyProposalDocument,
    "mutation RecordProposalFeedback($id: ID!, $input: ProposalFeedbackInput!, $expectedVersion: Int) {\n  recordProposalFeedback(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": typeof types.RecordProposalFeedbackDocument,
    "mutation SetProposalImplementation($id: ID!, $status: ImplementationStatus!, $expectedVersion: Int) {\n  setProposalImplementation(id: $id, status: $status, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": typeof types.SetProposalImplementationDocument,
    "mutation CloseProposal($id: ID!, $input: CloseProposalInput, $expectedVersion: Int) {\n  closeProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": typeof types.CloseProposalDocument,
    "mutation SetProposalKey($id: ID!, $input: ProposalKeyInput!, $expectedVersion: Int) {\n  setProposalKey(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult isKey supervisingChair }\n}": typeof types.SetProposalKeyDocument,
    "fragment TownshipFields on Township {\n  id version name code kind bodyName bodyKind director phone address sortOrder memberCount createdAt updatedAt\n}": typeof types.TownshipFieldsFragmentDoc,
    "fragment SectorFields on Sector { id version name category sortOrder memberCount createdAt updatedAt }": typeof types.SectorFieldsFragmentDoc,
    "fragment CommitteeFields on Committee { id version name description sortOrder memberCount createdAt updatedAt }": typeof types.CommitteeFieldsFragmentDoc,
    "fragment MemberFields on Member {\n  id version name gender ethnicity birthDate affiliation sectorId sector { id name } townshipId township { id name } kind\n  term status workUnit title phone birthYear personalDataMasked joinedOn leftOn leaveReason archivedAt createdAt updatedAt\n}": typeof types.MemberFieldsFragmentDoc,
    "fragment HandlingUnitFields on HandlingUnit { id version name shortName kind contactPerson contactPhone archivedAt createdAt updatedAt }": typeof types.HandlingUnitFieldsFragmentDoc,
    "fragment ProposalFields on Proposal {\n  id version serialNo title year session category status proposerKind proposerOrgName leadMemberId leadMember { id name }\n  townshipId township { id name } submittedOn isKey supervisingChair assignedOn deadline overdueDays leadUnitId leadUnit {\n  id name shortName } firstReplyOn replyClass satisfaction implementation allowedActions updatedAt\n}": typeof types.ProposalFieldsFragmentDoc,
    "fragment ProposalOneFields on Proposal {\n  ...ProposalFields content coSigners { id name township { id name } } reviewDecision reviewNote reviewedOn mergedIntoId\n  mergedInto { id serialNo title year status } mergedProposals { id serialNo title year status } units { role unitId unit\n  { id name } } lastReplyOn replyText feedbackOn closedOn createdAt history { id action actorName at fromStatus toStatus\n  note }\n}": typeof types.ProposalOneFieldsFragmentDoc,
    "fragment ActivityFields on Activity {\n  id version title kind heldOn year location townshipId township { id name } meetingKind consultationScale topic\n  reportTitle submittedTo suggestionsMade suggestionsAdopted peopleReached opinionsCollected donationYuan beneficiaries\n  outletLevel piecesSubmitted participantCount presentCount createdAt updatedAt\n}": typeof types.ActivityFieldsFragmentDoc,
    "fragment OpinionReportFields on OpinionReport {\n  id version title submittedOn year status adoptionLevel adoptedOn leaderInstruction instructionLevel publishedIssue\n  townshipId township { id name } submitterIds submitters { id name township { id name } } createdAt updatedAt\n}": typeof types.OpinionReportFieldsFragmentDoc,
    "fragment WorkPlanFields on WorkPlan {\n  id version title year townshipId township { id name } notes completionRate items { id metricKey metricLabel kind quarter\n  target description progress { actual target completed } } createdAt updatedAt\n}": typeof types.WorkPlanFieldsFragmentDoc,
    "fragment DutyReportFields on DutyReport {\n  id version memberId member { id name township { id name } } year submittedOn title createdAt updatedAt\n}": typeof types.DutyReportFieldsFragmentDoc,
    "fragment SupervisionTargetFields on SupervisionTarget {\n  id version topic kind year unitId unit { id name } phases nextPhases complete planCheckOn midYearOn evaluationOn\n  lookBackOn questionnairesIssued questionnairesReturned score grade recommendationCount createdAt updatedAt\n}": typeof types.SupervisionTargetFieldsFragmentDoc,
    "fragment SupervisionTargetOneFields on SupervisionTarget {\n  ...SupervisionTargetFields planCheckNotes midYearNotes evaluationNotes lookBackNotes findings rectificationItems { id\n  version text dueOn status targetId }\n}": typeof types.SupervisionTargetOneFieldsFragmentDoc,
    "fragment RectificationItemFields on RectificationItem {\n  id version text dueOn status targetId target { id topic year unit { id name } } createdAt updatedAt\n}": typeof types.RectificationItemFieldsFragmentDoc,
    "fragment UserFields on User {\n  id version username displayName role townshipId township { id name } handlingUnitId handlingUnit { id name } disabledAt\n  loginBlockedUntil createdAt updatedAt\n}": typeof types.UserFieldsFragmentDoc,
    "fragment ApiTokenFields on ApiToken {\n  id name prefix role townshipId handlingUnitId readOnly personalData expiresAt lastUsedAt revokedAt createdAt createdBy {\n  id displayName }\n}": typeof types.ApiTokenFieldsFragmentDoc,
    "fragment AuditEntryFields on AuditEntry { id at action actorKind actorId actorName entityType entityId requestId clientAddress }": typeof types.AuditEntryFieldsFragmentDoc,
    "fragment CommitteeOneFields on Committee {\n  ...CommitteeFields members { memberId role member { id name township { id name } sector { id name } } }\n}": typeof types.CommitteeOneFieldsFragmentDoc,
    "fragment ActivityOneFields on Activity {\n  ...ActivityFields notes participants { memberId attendance member { id name township { id name } } }\n}": typeof types.ActivityOneFieldsFragmentDoc,
    "fragment OpinionReportOneFields on OpinionReport { ...OpinionReportFields content }": typeof types.OpinionReportOneFieldsFragmentDoc,
    "fragment AuditEntryOneFields on AuditEntry { ...AuditEntryFields before after }": typeof types.AuditEntryOneFieldsFragmentDoc,
    "mutation RecordPhase($id: ID!, $phase: SupervisionPhase!, $on: Date!, $notes: String) {\n  recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: $notes) { id version phases nextPhases complete }\n}": typeof types.RecordPhaseDocument,
    "mutation RecordEvaluation($id: ID!, $input: SupervisionEvaluationInput!) {\n  recordSupervisionEvaluation(id: $id, input: $input) { id version score grade }\n}": typeof types.RecordEvaluationDocument,
    "mutation SetRectificationStatus($id: ID!, $status: RectificationStatus!) {\n  setRectificationStatus(id: $id, status: $status) { id version status }\n}": typeof types.SetRectificationStatusDocument,
    "mutation CreateRectificationItem($input: RectificationItemInput!) { createRectificationItem(input: $input) { id } }": typeof types.CreateRectificationItemDocument,
    "mutation DeleteRectificationItem($id: ID!) { deleteRectificationItem(id: $id) }": typeof types.DeleteRectificationItemDocument,
    "mutation UnlockLogin($username: String!) { unlockLogin(username: $username) }": typeof types.UnlockLoginDocument,
};
const documents: Documents = {
    "mutation SetAttendance($activityId: ID!, $memberId: ID!, $attendance: Attendance!) {\n  setActivityAttendance(activityId: $activityId, memberId: $memberId, attendance: $attendance) { id version presentCount participantCount }\n}": types.SetAttendanceDocument,
    "query AnnualSummary($townshipId: ID!, $year: Int!) {\n  annualSummary(townshipId: $townshipId, year: $year) { townshipId townshipName year figures { key label text value } sentences text }\n}": types.AnnualSummaryDocument,
    "fragment SessionUser on User {\n  id username displayName role townshipId handlingUnitId township { id name } handlingUnit { id name }\n}": types.SessionUserFragmentDoc,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { token }\n}": types.LoginDocument,
    "query Session { me { ...SessionUser } myPermissions { operations } }": types.SessionDocument,
    "query TownshipComparison($year: Int!, $metrics: [String!], $perMember: Boolean!) {\n  townshipComparison(year: $year, metrics: $metrics, perMember: $perMember) {\n    year perMember\n    metrics { key label kind group total mean median }\n    rows { townshipId townshipName values { key value rank previous change changeRate } }\n  }\n}": types.TownshipComparisonDocument,
    "query TownshipMetrics($townshipId: ID!, $fromYear: Int!, $toYear: Int!) {\n  townshipMetrics(townshipId: $townshipId, fromYear: $fromYear, toYear: $toYear) { year values { key value perMember } }\n}": types.TownshipMetricsDocument,
    "query Assessment($year: Int!) {\n  assessment(year: $year) { year scheme { key label weight perMember } rows { townshipId townshipName score rank metrics { key value scaled } } }\n}": types.AssessmentDocument,
    "query AssessmentScheme($year: Int!) { assessmentScheme(year: $year) { key label weight perMember } }": types.AssessmentSchemeDocument,
    "mutation SetAssessmentScheme($year: Int!, $items: [AssessmentItemInput!]!) {\n  setAssessmentScheme(year: $year, items: $items) { key label weight perMember }\n}": types.SetAssessmentSchemeDocument,
    "query AllZeroMetrics($year: Int!) { townshipComparison(year: $year) { metrics { key allZero } } }": types.AllZeroMetricsDocument,
    "query DutyRuleSet($year: Int!) { dutyRuleSet(year: $year) { year isDefault proposalBasis rules { key label minCount points proposalBasis description } } }": types.DutyRuleSetDocument,
    "mutation SetDutyRules($year: Int!, $rules: [DutyRuleSpecInput!]!) {\n  setDutyRules(year: $year, rules: $rules) { year isDefault proposalBasis rules { key label minCount points proposalBasis description } }\n}": types.SetDutyRulesDocument,
    "query MemberDuty($year: Int!, $townshipId: ID) {\n  memberDuty(year: $year, townshipId: $townshipId) { memberId memberName townshipId allMet missed points rules { key label actual minCount met points } }\n}": types.MemberDutyDocument,
    "fragment ProposalStepResult on Proposal { id version status allowedActions }": types.ProposalStepResultFragmentDoc,
    "mutation ReviewProposal($id: ID!, $input: ReviewProposalInput!, $expectedVersion: Int) {\n  reviewProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": types.ReviewProposalDocument,
    "mutation AssignProposal($id: ID!, $input: AssignProposalInput!, $expectedVersion: Int) {\n  assignProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": types.AssignProposalDocument,
    "mutation ReplyProposal($id: ID!, $input: ReplyProposalInput!, $expectedVersion: Int) {\n  replyProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": types.ReplyProposalDocument,
    "mutation RecordProposalFeedback($id: ID!, $input: ProposalFeedbackInput!, $expectedVersion: Int) {\n  recordProposalFeedback(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": types.RecordProposalFeedbackDocument,
    "mutation SetProposalImplementation($id: ID!, $status: ImplementationStatus!, $expectedVersion: Int) {\n  setProposalImplementation(id: $id, status: $status, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": types.SetProposalImplementationDocument,
    "mutation CloseProposal($id: ID!, $input: CloseProposalInput, $expectedVersion: Int) {\n  closeProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}": types.CloseProposalDocument,
    "mutation SetProposalKey($id: ID!, $input: ProposalKeyInput!, $expectedVersion: Int) {\n  setProposalKey(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult isKey supervisingChair }\n}": types.SetProposalKeyDocument,
    "fragment TownshipFields on Township {\n  id version name code kind bodyName bodyKind director phone address sortOrder memberCount createdAt updatedAt\n}": types.TownshipFieldsFragmentDoc,
    "fragment SectorFields on Sector { id version name category sortOrder memberCount createdAt updatedAt }": types.SectorFieldsFragmentDoc,
    "fragment CommitteeFields on Committee { id version name description sortOrder memberCount createdAt updatedAt }": types.CommitteeFieldsFragmentDoc,
    "fragment MemberFields on Member {\n  id version name gender ethnicity birthDate affiliation sectorId sector { id name } townshipId township { id name } kind\n  term status workUnit title phone birthYear personalDataMasked joinedOn leftOn leaveReason archivedAt createdAt updatedAt\n}": types.MemberFieldsFragmentDoc,
    "fragment HandlingUnitFields on HandlingUnit { id version name shortName kind contactPerson contactPhone archivedAt createdAt updatedAt }": types.HandlingUnitFieldsFragmentDoc,
    "fragment ProposalFields on Proposal {\n  id version serialNo title year session category status proposerKind proposerOrgName leadMemberId leadMember { id name }\n  townshipId township { id name } submittedOn isKey supervisingChair assignedOn deadline overdueDays leadUnitId leadUnit {\n  id name shortName } firstReplyOn replyClass satisfaction implementation allowedActions updatedAt\n}": types.ProposalFieldsFragmentDoc,
    "fragment ProposalOneFields on Proposal {\n  ...ProposalFields content coSigners { id name township { id name } } reviewDecision reviewNote reviewedOn mergedIntoId\n  mergedInto { id serialNo title year status } mergedProposals { id serialNo title year status } units { role unitId unit\n  { id name } } lastReplyOn replyText feedbackOn closedOn createdAt history { id action actorName at fromStatus toStatus\n  note }\n}": types.ProposalOneFieldsFragmentDoc,
    "fragment ActivityFields on Activity {\n  id version title kind heldOn year location townshipId township { id name } meetingKind consultationScale topic\n  reportTitle submittedTo suggestionsMade suggestionsAdopted peopleReached opinionsCollected donationYuan beneficiaries\n  outletLevel piecesSubmitted participantCount presentCount createdAt updatedAt\n}": types.ActivityFieldsFragmentDoc,
    "fragment OpinionReportFields on OpinionReport {\n  id version title submittedOn year status adoptionLevel adoptedOn leaderInstruction instructionLevel publishedIssue\n  townshipId township { id name } submitterIds submitters { id name township { id name } } createdAt updatedAt\n}": types.OpinionReportFieldsFragmentDoc,
    "fragment WorkPlanFields on WorkPlan {\n  id version title year townshipId township { id name } notes completionRate items { id metricKey metricLabel kind quarter\n  target description progress { actual target completed } } createdAt updatedAt\n}": types.WorkPlanFieldsFragmentDoc,
    "fragment DutyReportFields on DutyReport {\n  id version memberId member { id name township { id name } } year submittedOn title createdAt updatedAt\n}": types.DutyReportFieldsFragmentDoc,
    "fragment SupervisionTargetFields on SupervisionTarget {\n  id version topic kind year unitId unit { id name } phases nextPhases complete planCheckOn midYearOn evaluationOn\n  lookBackOn questionnairesIssued questionnairesReturned score grade recommendationCount createdAt updatedAt\n}": types.SupervisionTargetFieldsFragmentDoc,
    "fragment SupervisionTargetOneFields on SupervisionTarget {\n  ...SupervisionTargetFields planCheckNotes midYearNotes evaluationNotes lookBackNotes findings rectificationItems { id\n  version text dueOn status targetId }\n}": types.SupervisionTargetOneFieldsFragmentDoc,
    "fragment RectificationItemFields on RectificationItem {\n  id version text dueOn status targetId target { id topic year unit { id name } } createdAt updatedAt\n}": types.RectificationItemFieldsFragmentDoc,
    "fragment UserFields on User {\n  id version username displayName role townshipId township { id name } handlingUnitId handlingUnit { id name } disabledAt\n  loginBlockedUntil createdAt updatedAt\n}": types.UserFieldsFragmentDoc,
    "fragment ApiTokenFields on ApiToken {\n  id name prefix role townshipId handlingUnitId readOnly personalData expiresAt lastUsedAt revokedAt createdAt createdBy {\n  id displayName }\n}": types.ApiTokenFieldsFragmentDoc,
    "fragment AuditEntryFields on AuditEntry { id at action actorKind actorId actorName entityType entityId requestId clientAddress }": types.AuditEntryFieldsFragmentDoc,
    "fragment CommitteeOneFields on Committee {\n  ...CommitteeFields members { memberId role member { id name township { id name } sector { id name } } }\n}": types.CommitteeOneFieldsFragmentDoc,
    "fragment ActivityOneFields on Activity {\n  ...ActivityFields notes participants { memberId attendance member { id name township { id name } } }\n}": types.ActivityOneFieldsFragmentDoc,
    "fragment OpinionReportOneFields on OpinionReport { ...OpinionReportFields content }": types.OpinionReportOneFieldsFragmentDoc,
    "fragment AuditEntryOneFields on AuditEntry { ...AuditEntryFields before after }": types.AuditEntryOneFieldsFragmentDoc,
    "mutation RecordPhase($id: ID!, $phase: SupervisionPhase!, $on: Date!, $notes: String) {\n  recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: $notes) { id version phases nextPhases complete }\n}": types.RecordPhaseDocument,
    "mutation RecordEvaluation($id: ID!, $input: SupervisionEvaluationInput!) {\n  recordSupervisionEvaluation(id: $id, input: $input) { id version score grade }\n}": types.RecordEvaluationDocument,
    "mutation SetRectificationStatus($id: ID!, $status: RectificationStatus!) {\n  setRectificationStatus(id: $id, status: $status) { id version status }\n}": types.SetRectificationStatusDocument,
    "mutation CreateRectificationItem($input: RectificationItemInput!) { createRectificationItem(input: $input) { id } }": types.CreateRectificationItemDocument,
    "mutation DeleteRectificationItem($id: ID!) { deleteRectificationItem(id: $id) }": types.DeleteRectificationItemDocument,
    "mutation UnlockLogin($username: String!) { unlockLogin(username: $username) }": types.UnlockLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAttendance($activityId: ID!, $memberId: ID!, $attendance: Attendance!) {\n  setActivityAttendance(activityId: $activityId, memberId: $memberId, attendance: $attendance) { id version presentCount participantCount }\n}"): typeof import('./graphql').SetAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualSummary($townshipId: ID!, $year: Int!) {\n  annualSummary(townshipId: $townshipId, year: $year) { townshipId townshipName year figures { key label text value } sentences text }\n}"): typeof import('./graphql').AnnualSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionUser on User {\n  id username displayName role townshipId handlingUnitId township { id name } handlingUnit { id name }\n}"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { token }\n}"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Session { me { ...SessionUser } myPermissions { operations } }"): typeof import('./graphql').SessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TownshipComparison($year: Int!, $metrics: [String!], $perMember: Boolean!) {\n  townshipComparison(year: $year, metrics: $metrics, perMember: $perMember) {\n    year perMember\n    metrics { key label kind group total mean median }\n    rows { townshipId townshipName values { key value rank previous change changeRate } }\n  }\n}"): typeof import('./graphql').TownshipComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TownshipMetrics($townshipId: ID!, $fromYear: Int!, $toYear: Int!) {\n  townshipMetrics(townshipId: $townshipId, fromYear: $fromYear, toYear: $toYear) { year values { key value perMember } }\n}"): typeof import('./graphql').TownshipMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Assessment($year: Int!) {\n  assessment(year: $year) { year scheme { key label weight perMember } rows { townshipId townshipName score rank metrics { key value scaled } } }\n}"): typeof import('./graphql').AssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentScheme($year: Int!) { assessmentScheme(year: $year) { key label weight perMember } }"): typeof import('./graphql').AssessmentSchemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAssessmentScheme($year: Int!, $items: [AssessmentItemInput!]!) {\n  setAssessmentScheme(year: $year, items: $items) { key label weight perMember }\n}"): typeof import('./graphql').SetAssessmentSchemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AllZeroMetrics($year: Int!) { townshipComparison(year: $year) { metrics { key allZero } } }"): typeof import('./graphql').AllZeroMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutyRuleSet($year: Int!) { dutyRuleSet(year: $year) { year isDefault proposalBasis rules { key label minCount points proposalBasis description } } }"): typeof import('./graphql').DutyRuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDutyRules($year: Int!, $rules: [DutyRuleSpecInput!]!) {\n  setDutyRules(year: $year, rules: $rules) { year isDefault proposalBasis rules { key label minCount points proposalBasis description } }\n}"): typeof import('./graphql').SetDutyRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MemberDuty($year: Int!, $townshipId: ID) {\n  memberDuty(year: $year, townshipId: $townshipId) { memberId memberName townshipId allMet missed points rules { key label actual minCount met points } }\n}"): typeof import('./graphql').MemberDutyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProposalStepResult on Proposal { id version status allowedActions }"): typeof import('./graphql').ProposalStepResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewProposal($id: ID!, $input: ReviewProposalInput!, $expectedVersion: Int) {\n  reviewProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}"): typeof import('./graphql').ReviewProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignProposal($id: ID!, $input: AssignProposalInput!, $expectedVersion: Int) {\n  assignProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}"): typeof import('./graphql').AssignProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyProposal($id: ID!, $input: ReplyProposalInput!, $expectedVersion: Int) {\n  replyProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}"): typeof import('./graphql').ReplyProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordProposalFeedback($id: ID!, $input: ProposalFeedbackInput!, $expectedVersion: Int) {\n  recordProposalFeedback(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}"): typeof import('./graphql').RecordProposalFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetProposalImplementation($id: ID!, $status: ImplementationStatus!, $expectedVersion: Int) {\n  setProposalImplementation(id: $id, status: $status, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}"): typeof import('./graphql').SetProposalImplementationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseProposal($id: ID!, $input: CloseProposalInput, $expectedVersion: Int) {\n  closeProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult }\n}"): typeof import('./graphql').CloseProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetProposalKey($id: ID!, $input: ProposalKeyInput!, $expectedVersion: Int) {\n  setProposalKey(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProposalStepResult isKey supervisingChair }\n}"): typeof import('./graphql').SetProposalKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TownshipFields on Township {\n  id version name code kind bodyName bodyKind director phone address sortOrder memberCount createdAt updatedAt\n}"): typeof import('./graphql').TownshipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SectorFields on Sector { id version name category sortOrder memberCount createdAt updatedAt }"): typeof import('./graphql').SectorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommitteeFields on Committee { id version name description sortOrder memberCount createdAt updatedAt }"): typeof import('./graphql').CommitteeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MemberFields on Member {\n  id version name gender ethnicity birthDate affiliation sectorId sector { id name } townshipId township { id name } kind\n  term status workUnit title phone birthYear personalDataMasked joinedOn leftOn leaveReason archivedAt createdAt updatedAt\n}"): typeof import('./graphql').MemberFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HandlingUnitFields on HandlingUnit { id version name shortName kind contactPerson contactPhone archivedAt createdAt updatedAt }"): typeof import('./graphql').HandlingUnitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProposalFields on Proposal {\n  id version serialNo title year session category status proposerKind proposerOrgName leadMemberId leadMember { id name }\n  townshipId township { id name } submittedOn isKey supervisingChair assignedOn deadline overdueDays leadUnitId leadUnit {\n  id name shortName } firstReplyOn replyClass satisfaction implementation allowedActions updatedAt\n}"): typeof import('./graphql').ProposalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProposalOneFields on Proposal {\n  ...ProposalFields content coSigners { id name township { id name } } reviewDecision reviewNote reviewedOn mergedIntoId\n  mergedInto { id serialNo title year status } mergedProposals { id serialNo title year status } units { role unitId unit\n  { id name } } lastReplyOn replyText feedbackOn closedOn createdAt history { id action actorName at fromStatus toStatus\n  note }\n}"): typeof import('./graphql').ProposalOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActivityFields on Activity {\n  id version title kind heldOn year location townshipId township { id name } meetingKind consultationScale topic\n  reportTitle submittedTo suggestionsMade suggestionsAdopted peopleReached opinionsCollected donationYuan beneficiaries\n  outletLevel piecesSubmitted participantCount presentCount createdAt updatedAt\n}"): typeof import('./graphql').ActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OpinionReportFields on OpinionReport {\n  id version title submittedOn year status adoptionLevel adoptedOn leaderInstruction instructionLevel publishedIssue\n  townshipId township { id name } submitterIds submitters { id name township { id name } } createdAt updatedAt\n}"): typeof import('./graphql').OpinionReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WorkPlanFields on WorkPlan {\n  id version title year townshipId township { id name } notes completionRate items { id metricKey metricLabel kind quarter\n  target description progress { actual target completed } } createdAt updatedAt\n}"): typeof import('./graphql').WorkPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DutyReportFields on DutyReport {\n  id version memberId member { id name township { id name } } year submittedOn title createdAt updatedAt\n}"): typeof import('./graphql').DutyReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SupervisionTargetFields on SupervisionTarget {\n  id version topic kind year unitId unit { id name } phases nextPhases complete planCheckOn midYearOn evaluationOn\n  lookBackOn questionnairesIssued questionnairesReturned score grade recommendationCount createdAt updatedAt\n}"): typeof import('./graphql').SupervisionTargetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SupervisionTargetOneFields on SupervisionTarget {\n  ...SupervisionTargetFields planCheckNotes midYearNotes evaluationNotes lookBackNotes findings rectificationItems { id\n  version text dueOn status targetId }\n}"): typeof import('./graphql').SupervisionTargetOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RectificationItemFields on RectificationItem {\n  id version text dueOn status targetId target { id topic year unit { id name } } createdAt updatedAt\n}"): typeof import('./graphql').RectificationItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserFields on User {\n  id version username displayName role townshipId township { id name } handlingUnitId handlingUnit { id name } disabledAt\n  loginBlockedUntil createdAt updatedAt\n}"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiTokenFields on ApiToken {\n  id name prefix role townshipId handlingUnitId readOnly personalData expiresAt lastUsedAt revokedAt createdAt createdBy {\n  id displayName }\n}"): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditEntryFields on AuditEntry { id at action actorKind actorId actorName entityType entityId requestId clientAddress }"): typeof import('./graphql').AuditEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommitteeOneFields on Committee {\n  ...CommitteeFields members { memberId role member { id name township { id name } sector { id name } } }\n}"): typeof import('./graphql').CommitteeOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActivityOneFields on Activity {\n  ...ActivityFields notes participants { memberId attendance member { id name township { id name } } }\n}"): typeof import('./graphql').ActivityOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OpinionReportOneFields on OpinionReport { ...OpinionReportFields content }"): typeof import('./graphql').OpinionReportOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditEntryOneFields on AuditEntry { ...AuditEntryFields before after }"): typeof import('./graphql').AuditEntryOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPhase($id: ID!, $phase: SupervisionPhase!, $on: Date!, $notes: String) {\n  recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: $notes) { id version phases nextPhases complete }\n}"): typeof import('./graphql').RecordPhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordEvaluation($id: ID!, $input: SupervisionEvaluationInput!) {\n  recordSupervisionEvaluation(id: $id, input: $input) { id version score grade }\n}"): typeof import('./graphql').RecordEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetRectificationStatus($id: ID!, $status: RectificationStatus!) {\n  setRectificationStatus(id: $id, status: $status) { id version status }\n}"): typeof import('./graphql').SetRectificationStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRectificationItem($input: RectificationItemInput!) { createRectificationItem(input: $input) { id } }"): typeof import('./graphql').CreateRectificationItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteRectificationItem($id: ID!) { deleteRectificationItem(id: $id) }"): typeof import('./graphql').DeleteRectificationItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlockLogin($username: String!) { unlockLogin(username: $username) }"): typeof import('./graphql').UnlockLoginDocument;


export function graphql(source: string) {
  return (documents as Record<string, unknown>)[source] ?? {};
}
