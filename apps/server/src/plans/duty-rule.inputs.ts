import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DutyRuleKey, ProposalDutyBasis } from '@cppcc/domain';

export enum DutyRuleSortField {
  ID = 'ID',
  YEAR = 'YEAR',
  KEY = 'KEY',
}
registerEnumType(DutyRuleSortField, { name: 'DutyRuleSortField' });

@InputType()
export class DutyRuleFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in the description' })
  q?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => DutyRuleKey, { nullable: true })
  key?: DutyRuleKey;
}

function dutyRuleFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => Int, { nullable: partial })
    year?: number;

    @Field(() => DutyRuleKey, { nullable: partial, description: 'One rule per key and year' })
    key?: DutyRuleKey;

    @Field(() => Int, { nullable: partial, description: 'Minimum count for the year, ≥ 0' })
    minCount?: number;

    @Field(() => Int, { nullable: partial, description: '履职积分 for meeting the rule, ≥ 0' })
    points?: number;

    @Field(() => ProposalDutyBasis, {
      nullable: true,
      description: 'PROPOSAL only: 立案 (ACCEPTED, default) or 提交 (SUBMITTED); refused on other rules',
    })
    proposalBasis?: ProposalDutyBasis | null;

    @Field(() => String, { nullable: true })
    description?: string | null;
  }
  return Fields;
}

export const DutyRuleInput = dutyRuleFields('DutyRuleInput', false);
export type DutyRuleInput = InstanceType<typeof DutyRuleInput>;
export const DutyRulePatch = dutyRuleFields('DutyRulePatch', true);
export type DutyRulePatch = InstanceType<typeof DutyRulePatch>;

@InputType({ description: 'One rule of a year’s set (setDutyRules)' })
export class DutyRuleSpecInput {
  @Field(() => DutyRuleKey)
  key: DutyRuleKey;

  @Field(() => Int, { description: '≥ 0' })
  minCount: number;

  @Field(() => Int, { description: '≥ 0' })
  points: number;

  @Field(() => ProposalDutyBasis, {
    nullable: true,
    description: 'PROPOSAL only: 立案 (ACCEPTED, default) or 提交 (SUBMITTED); refused on other rules',
  })
  proposalBasis?: ProposalDutyBasis | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
