import { Township } from '../townships/township.entity';
import { Sector } from '../sectors/sector.entity';
import { Committee, CommitteeMembership } from '../committees/committee.entity';
import { Member } from '../members/member.entity';
import { MemberTenure, MemberTerm } from '../members/member-history.entity';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { User } from '../users/user.entity';
import { ApiToken } from '../auth/api-token.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { AuditEntry } from '../core/audit-entry.entity';
import { Proposal, ProposalEvent, ProposalReply, ProposalSigner, ProposalUnit } from '../proposals/proposal.entity';
import { HandlingRulesRow, ProposalContact, ProposalUnitRequest } from '../proposals/proposal-handling.entity';
import { Activity, ActivityParticipant } from '../activities/activity.entity';
import { OpinionReport, OpinionSubmitter } from '../opinions/opinion-report.entity';
import { RectificationItem, SpecialSupervisor, SupervisionTarget } from '../supervision/supervision.entity';
import { DutyReport, DutyRule, WorkPlan, WorkPlanItem } from '../plans/plan.entity';
import { AssessmentSchemeItem } from '../analytics/assessment-scheme.entity';
import { Claim } from '../claims/claim.entity';
import { Objection } from '../year-close/objection.entity';
import { Attachment } from '../files/attachment.entity';
import { YearCorrection, YearEdition, YearSnapshotPart } from '../year-close/year-edition.entity';

/** Every entity of every module: the data source and the migration generator read this list. */
export const ENTITIES = [
  Township,
  Sector,
  Committee,
  CommitteeMembership,
  Member,
  MemberTenure,
  MemberTerm,
  HandlingUnit,
  User,
  ApiToken,
  LoginThrottle,
  AuditEntry,
  Proposal,
  ProposalSigner,
  ProposalUnit,
  ProposalEvent,
  ProposalReply,
  ProposalUnitRequest,
  ProposalContact,
  HandlingRulesRow,
  Activity,
  ActivityParticipant,
  OpinionReport,
  OpinionSubmitter,
  SupervisionTarget,
  RectificationItem,
  SpecialSupervisor,
  WorkPlan,
  WorkPlanItem,
  DutyRule,
  DutyReport,
  AssessmentSchemeItem,
  Claim,
  YearEdition,
  YearSnapshotPart,
  YearCorrection,
  Objection,
  Attachment,
];
