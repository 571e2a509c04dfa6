import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DutyRuleKey } from '@cppcc/domain';
// The same outcome type as the analytics module's memberDuty list: one name for one concept.
import { DutyRuleOutcome } from '../analytics/analytics.types';

@ObjectType({ description: 'A member’s counts for the year, one per duty rule' })
export class MemberDutyCounts {
  @Field(() => Int, { description: 'Proposals of the year led or co-signed' })
  proposals: number;

  @Field(() => Int, { description: 'Opinion reports of the year submitted or co-submitted' })
  opinionReports: number;

  @Field(() => Int, { description: 'RESEARCH or INSPECTION activities attended (出席)' })
  researchOrInspections: number;

  @Field(() => Int, { description: '述职报告 for the year' })
  dutyReports: number;

  @Field(() => Int, { description: 'Plenary-session meetings attended (出席)' })
  plenaryAttendances: number;
}

@ObjectType({ description: 'A member’s duty record (履职) against the year’s rules' })
export class MemberDutyRecord {
  @Field(() => ID)
  memberId: string;

  @Field(() => Int)
  year: number;

  @Field(() => MemberDutyCounts)
  counts: MemberDutyCounts;

  @Field(() => [DutyRuleOutcome], { description: 'One per rule in force, in the rules’ order' })
  outcomes: DutyRuleOutcome[];

  @Field({ description: 'Every rule met' })
  allMet: boolean;

  @Field(() => Int, { description: '履职积分: sum of the points of the rules met' })
  points: number;

  @Field(() => [DutyRuleKey], { description: 'Rules missed, for the annual review (年度考评)' })
  missed: DutyRuleKey[];

  @Field({ description: 'true when the county default rules (四个一) applied' })
  defaultRules: boolean;
}
