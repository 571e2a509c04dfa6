import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IdFilter } from '../core/list-query';
import { Township } from '../townships/township.entity';

export enum WorkPlanSortField {
  ID = 'ID',
  YEAR = 'YEAR',
  TOWNSHIP = 'TOWNSHIP',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(WorkPlanSortField, { name: 'WorkPlanSortField' });

@InputType()
export class WorkPlanFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in title and notes' })
  q?: string;

  @IdFilter(() => Township)
  townshipId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;
}

@InputType({
  description:
    'e.g. 每季度组织委员集中学习一次 → { metricKey: "studySessions", target: 1, quarter: 1 } … or { metricKey: "studySessions", target: 4 }',
})
export class WorkPlanItemInput {
  @Field(() => String, {
    description:
      'A record-count metric of the catalog: studySessions, meetings, majorConsultations, microConsultations, inspections, inspectionReports, researchReports, visits, publicityItems, opinionReports',
  })
  metricKey: string;

  @Field(() => Int, { description: '> 0' })
  target: number;

  @Field(() => Int, { nullable: true, description: '1–4, or null for the whole year' })
  quarter?: number | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

function workPlanFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => ID, { nullable: partial, description: 'One plan per township and year' })
    townshipId?: string;

    @Field(() => Int, { nullable: partial })
    year?: number;

    @Field(() => String, { nullable: partial })
    title?: string;

    @Field(() => String, { nullable: true })
    notes?: string | null;

    @Field(() => [WorkPlanItemInput], {
      nullable: true,
      description: 'The whole item list; on update it replaces the list. Progress is computed, never typed in',
    })
    items?: WorkPlanItemInput[] | null;
  }
  return Fields;
}

export const WorkPlanInput = workPlanFields('WorkPlanInput', false);
export type WorkPlanInput = InstanceType<typeof WorkPlanInput>;
export const WorkPlanPatch = workPlanFields('WorkPlanPatch', true);
export type WorkPlanPatch = InstanceType<typeof WorkPlanPatch>;
