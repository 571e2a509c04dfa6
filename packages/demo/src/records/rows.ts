import type { Activity, ActivityParticipant } from '@cppcc/server/dist/activities/activity.entity';
import type { Claim } from '@cppcc/server/dist/claims/claim.entity';
import type { OpinionReport, OpinionSubmitter } from '@cppcc/server/dist/opinions/opinion-report.entity';
import type { DutyReport, DutyRule, WorkPlan, WorkPlanItem } from '@cppcc/server/dist/plans/plan.entity';
import type {
  Proposal,
  ProposalEvent,
  ProposalReply,
  ProposalSigner,
  ProposalUnit,
} from '@cppcc/server/dist/proposals/proposal.entity';
import type { ProposalContact, ProposalUnitRequest } from '@cppcc/server/dist/proposals/proposal-handling.entity';
import type {
  RectificationItem,
  SpecialSupervisor,
  SupervisionTarget,
} from '@cppcc/server/dist/supervision/supervision.entity';

// Row types: the entity columns without the ones the database fills in (version, timestamps).
type Row<T> = Omit<T, 'version' | 'createdAt' | 'updatedAt'>;

export type ProposalRow = Row<Proposal>;
export type ProposalSignerRow = Row<ProposalSigner>;
export type ProposalUnitRow = Row<ProposalUnit>;
export type ProposalEventRow = Row<ProposalEvent>;
export type ProposalReplyRow = Row<ProposalReply>;
export type ProposalContactRow = Row<ProposalContact>;
export type ProposalUnitRequestRow = Row<ProposalUnitRequest>;
export type ActivityRow = Row<Activity>;
export type ActivityParticipantRow = Row<ActivityParticipant>;
export type OpinionReportRow = Row<OpinionReport>;
export type OpinionSubmitterRow = Row<OpinionSubmitter>;
export type SupervisionTargetRow = Row<SupervisionTarget>;
export type RectificationItemRow = Row<RectificationItem>;
export type SpecialSupervisorRow = Row<SpecialSupervisor>;
export type WorkPlanRow = Row<WorkPlan>;
/** A claim is dated when it was made (createdAt), not when the demo was loaded. */
export type ClaimRow = Row<Claim> & { createdAt: Date };
export type WorkPlanItemRow = Row<WorkPlanItem>;
export type DutyRuleRow = Row<DutyRule>;
export type DutyReportRow = Row<DutyReport>;

/** Every table's rows, in insertion order (each list's ids are 1..n). */
export interface DemoRecords {
  proposals: ProposalRow[];
  proposalSigners: ProposalSignerRow[];
  proposalUnits: ProposalUnitRow[];
  proposalEvents: ProposalEventRow[];
  proposalReplies: ProposalReplyRow[];
  proposalContacts: ProposalContactRow[];
  proposalUnitRequests: ProposalUnitRequestRow[];
  activities: ActivityRow[];
  activityParticipants: ActivityParticipantRow[];
  opinionReports: OpinionReportRow[];
  opinionSubmitters: OpinionSubmitterRow[];
  supervisionTargets: SupervisionTargetRow[];
  rectificationItems: RectificationItemRow[];
  specialSupervisors: SpecialSupervisorRow[];
  workPlans: WorkPlanRow[];
  workPlanItems: WorkPlanItemRow[];
  dutyRules: DutyRuleRow[];
  dutyReports: DutyReportRow[];
  claims: ClaimRow[];
}
