import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_ONLY, READERS, allow, read, write } from '../core/access';
import { DutyRule } from './plan.entity';
import { DutyRuleFilter, DutyRuleInput, DutyRulePatch, DutyRuleSortField, DutyRuleSpecInput } from './duty-rule.inputs';
import { dutyRuleService } from './duty-rule.service';
import { DutyRuleSet, dutyRuleSet, setDutyRules } from './duty-rule-set';

const Base = createCrudResolver(
  {
    name: 'DutyRule',
    plural: 'dutyRules',
    entity: DutyRule,
    filter: DutyRuleFilter,
    sortField: DutyRuleSortField,
    input: DutyRuleInput,
    patch: DutyRulePatch,
    deleteDescription: 'Deletes a stored rule (a year with no rules left falls back to the default 四个一)',
    access: { read: read(READERS), create: write(ADMIN_ONLY), update: write(ADMIN_ONLY), delete: write(ADMIN_ONLY) },
  },
  dutyRuleService,
);

allow({ dutyRuleSet: read(READERS), setDutyRules: write(ADMIN_ONLY) });

@Resolver(() => DutyRule)
export class DutyRuleResolver extends Base {
  @Query(() => DutyRuleSet, {
    description:
      'The rules in force for a year: the stored ones, or the county default (四个一, 10 points each) when none are stored',
  })
  dutyRuleSet(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<DutyRuleSet> {
    return dutyRuleSet(ctx, year);
  }

  @Mutation(() => DutyRuleSet, {
    description: 'Replaces the year’s rules as a whole (minCount ≥ 0, points ≥ 0, each key once)',
  })
  setDutyRules(
    @Arg('year', () => Int) year: number,
    @Arg('rules', () => [DutyRuleSpecInput]) rules: DutyRuleSpecInput[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<DutyRuleSet> {
    return setDutyRules(ctx, year, rules);
  }
}
