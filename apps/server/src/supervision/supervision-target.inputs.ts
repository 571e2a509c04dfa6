import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Satisfaction, SupervisionKind } from '@cppcc/domain';
import { DateScalar } from '../core/scalars';
import { IdFilter } from '../core/list-query';
import { HandlingUnit } from '../handling-units/handling-unit.entity';

export enum SupervisionTargetSortField {
  ID = 'ID',
  YEAR = 'YEAR',
  UNIT = 'UNIT',
  KIND = 'KIND',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(SupervisionTargetSortField, { name: 'SupervisionTargetSortField' });

@InputType()
export class SupervisionTargetFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in the topic' })
  q?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => SupervisionKind, { nullable: true })
  kind?: SupervisionKind;

  @IdFilter(() => HandlingUnit)
  unitId?: string;
}

@InputType()
export class SupervisionTargetInput {
  @Field(() => ID, { description: 'An existing, not archived handling unit' })
  unitId: string;

  @Field(() => Int)
  year: number;

  @Field(() => SupervisionKind)
  kind: SupervisionKind;

  @Field()
  topic: string;
}

@InputType({
  description:
    'Phases are recorded with recordSupervisionPhase; a patch may correct the date or notes of a phase already recorded',
})
export class SupervisionTargetPatch {
  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => SupervisionKind, { nullable: true })
  kind?: SupervisionKind;

  @Field(() => String, { nullable: true })
  topic?: string;

  @Field(() => DateScalar, { nullable: true })
  planCheckOn?: string | null;

  @Field(() => String, { nullable: true })
  planCheckNotes?: string | null;

  @Field(() => DateScalar, { nullable: true })
  midYearOn?: string | null;

  @Field(() => String, { nullable: true })
  midYearNotes?: string | null;

  @Field(() => DateScalar, { nullable: true })
  evaluationOn?: string | null;

  @Field(() => String, { nullable: true })
  evaluationNotes?: string | null;

  @Field(() => DateScalar, { nullable: true })
  lookBackOn?: string | null;

  @Field(() => String, { nullable: true })
  lookBackNotes?: string | null;
}

@InputType({ description: 'The figures of the end-of-year evaluation (后期民主评议)' })
export class SupervisionEvaluationInput {
  @Field(() => Int, { description: '发放问卷数, ≥ 0' })
  questionnairesIssued: number;

  @Field(() => Int, { description: '收回问卷数, ≤ issued' })
  questionnairesReturned: number;

  @Field(() => Float, { description: '0–100, two decimals kept' })
  score: number;

  @Field(() => Satisfaction, {
    nullable: true,
    description: 'Default: from the score (≥ 90 满意, ≥ 75 基本满意, else 不满意)',
  })
  grade?: Satisfaction | null;

  @Field(() => String, { nullable: true, description: '发现的问题' })
  findings?: string | null;

  @Field(() => Int, { description: '提出建议条数, ≥ 0' })
  recommendationCount: number;
}
