import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, type HandlingRules } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { ADMIN_ONLY, ALL_ROLES, COUNTY_READERS, allow, read, write } from '../core/access';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { HandlingRulesRow, ProposalUnitRequest } from './proposal-handling.entity';
import { Proposal } from './proposal.entity';
import { handlingRules, setHandlingRules } from './proposal.handling-rules';
import { HandlingRulesInput } from './proposal.inputs';
import { HandlingUnitStats, UnitWorklist, handlingUnitStats, unitWorklist } from './proposal.unit-stats';

// The units' side as a whole: the county's settings, the units' figures of a year, a unit's to-do list.
allow({
  handlingRules: read(ALL_ROLES),
  setHandlingRules: write(ADMIN_ONLY),
  handlingUnitStats: read([...COUNTY_READERS, Role.HANDLING_UNIT]),
  unitWorklist: read([Role.COUNTY_ADMIN, Role.LEADER, Role.HANDLING_UNIT]),
});

@Resolver()
export class HandlingResolver {
  @Query(() => HandlingRulesRow, { description: '提案办理规则 in force (the defaults until the county sets them)' })
  handlingRules(@Ctx() ctx: GraphQLContext): Promise<HandlingRules> {
    return handlingRules(ctx.db.manager);
  }

  @Mutation(() => HandlingRulesRow, { description: 'Sets the county’s 提案办理规则' })
  setHandlingRules(
    @Arg('input', () => HandlingRulesInput) input: HandlingRulesInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<HandlingRules> {
    return setHandlingRules(ctx, input);
  }

  @Query(() => [HandlingUnitStats], {
    description:
      '承办单位办理情况 of a year (docs/metrics.md): every unit for county-wide callers, its own row for a unit',
  })
  handlingUnitStats(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<HandlingUnitStats[]> {
    return handlingUnitStats(ctx, year);
  }

  @Query(() => UnitWorklist, {
    description: '承办单位待办: a unit user’s own; county callers name the unit',
  })
  unitWorklist(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
  ): Promise<UnitWorklist> {
    return unitWorklist(ctx, unitId);
  }
}

@Resolver(() => ProposalUnitRequest)
export class UnitRequestResolver {
  @FieldResolver(() => HandlingUnit, { nullable: true, description: 'The unit asking' })
  unit(
    @Root() row: ProposalUnitRequest,
    @Ctx() ctx: GraphQLContext,
  ): HandlingUnit | null | Promise<HandlingUnit | null> {
    return ctx.loaders.reference(HandlingUnit, row.unitId);
  }

  @FieldResolver(() => Proposal, { nullable: true })
  proposal(@Root() row: ProposalUnitRequest, @Ctx() ctx: GraphQLContext): Promise<Proposal | null> {
    return ctx.loaders.byId(Proposal).load(row.proposalId);
  }
}
