import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { applyPersonalData } from '../core/personal-data';
import { registerDomainEnums } from '../core/domain-enums';
import { TownshipResolver } from '../townships/township.resolver';
import { SectorResolver } from '../sectors/sector.resolver';
import { CommitteeMemberResolver, CommitteeResolver } from '../committees/committee.resolver';
import { MemberResolver } from '../members/member.resolver';
import { HandlingUnitResolver } from '../handling-units/handling-unit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { ApiTokenResolver } from '../auth/api-token.resolver';
import { UserResolver } from '../users/user.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { ProposalReplyResolver, ProposalResolver, ProposalUnitResolver } from '../proposals/proposal.resolver';
import { HandlingResolver, UnitRequestResolver } from '../proposals/proposal.handling.resolver';
import { AnalyticsResolver } from '../analytics/analytics.resolver';
import { ActivityParticipantResolver, ActivityResolver } from '../activities/activity.resolver';
import { OpinionReportResolver } from '../opinions/opinion-report.resolver';
import { WorkPlanItemResolver, WorkPlanResolver } from '../plans/work-plan.resolver';
import { DutyRuleResolver } from '../plans/duty-rule.resolver';
import { DutyReportResolver } from '../plans/duty-report.resolver';
import { MemberDutyResolver } from '../plans/duty-record.resolver';
import { SupervisionTargetResolver } from '../supervision/supervision-target.resolver';
import { RectificationItemResolver } from '../supervision/rectification-item.resolver';
import { SpecialSupervisorResolver } from '../supervision/special-supervisor.resolver';
import { RuleViolationResolver } from '../data-checks/rule-violation.resolver';
import { ClaimResolver } from '../claims/claim.resolver';
import { YearCloseResolver } from '../year-close/year-close.resolver';
import { ObjectionResolver } from '../year-close/objection.resolver';
import { AttachmentResolver } from '../files/attachment.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  TownshipResolver,
  SectorResolver,
  CommitteeResolver,
  CommitteeMemberResolver,
  MemberResolver,
  HandlingUnitResolver,
  AuthResolver,
  UserResolver,
  ApiTokenResolver,
  AuditResolver,
  ProposalResolver,
  ProposalUnitResolver,
  ProposalReplyResolver,
  HandlingResolver,
  UnitRequestResolver,
  AnalyticsResolver,
  ActivityResolver,
  ActivityParticipantResolver,
  OpinionReportResolver,
  WorkPlanResolver,
  WorkPlanItemResolver,
  DutyRuleResolver,
  DutyReportResolver,
  MemberDutyResolver,
  SupervisionTargetResolver,
  RectificationItemResolver,
  SpecialSupervisorResolver,
  RuleViolationResolver,
  ClaimResolver,
  YearCloseResolver,
  ObjectionResolver,
  AttachmentResolver,
];

let built: Promise<GraphQLSchema> | null = null;

/** Built once per process: type-graphql's metadata is global, and building is not free. */
export function getSchema(): Promise<GraphQLSchema> {
  registerDomainEnums();
  built ??= buildSchema({ resolvers: RESOLVERS, validate: true }).then(applyPersonalData);
  return built;
}

/** The committed schema file: sorted, so that a diff shows only real API changes. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
