import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { isMetricKey, metricByKey, planCompletion, type MetricKey } from '@cppcc/analytics';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_AND_OFFICER, READERS, read, write } from '../core/access';
import { Township } from '../townships/township.entity';
import { WorkPlan, WorkPlanItem } from './plan.entity';
import { WorkPlanFilter, WorkPlanInput, WorkPlanPatch, WorkPlanSortField } from './work-plan.inputs';
import { workPlanService } from './work-plan.service';
import { PlanItemProgress, itemProgress, planCounts } from './plan-progress';

const Base = createCrudResolver(
  {
    name: 'WorkPlan',
    plural: 'workPlans',
    entity: WorkPlan,
    filter: WorkPlanFilter,
    sortField: WorkPlanSortField,
    input: WorkPlanInput,
    patch: WorkPlanPatch,
    deleteDescription: 'Deletes the plan and its items (the records it counted stay)',
    access: {
      read: read(READERS),
      create: write(ADMIN_AND_OFFICER),
      update: write(ADMIN_AND_OFFICER),
      delete: write(ADMIN_AND_OFFICER),
    },
  },
  workPlanService,
);

@Resolver(() => WorkPlan)
export class WorkPlanResolver extends Base {
  @FieldResolver(() => Township)
  township(@Root() plan: WorkPlan, @Ctx() ctx: GraphQLContext): Township | Promise<Township> {
    return ctx.loaders.reference(Township, plan.townshipId) as Township | Promise<Township>;
  }

  @FieldResolver(() => [WorkPlanItem], { description: 'Items in the order they were given' })
  async items(@Root() plan: WorkPlan, @Ctx() ctx: GraphQLContext): Promise<WorkPlanItem[]> {
    // An item's progress needs its plan: the plan is at hand, so no second query for it.
    ctx.loaders.byId(WorkPlan).prime(plan.id, plan);
    return ctx.loaders.manyBy(WorkPlanItem, 'planId').load(plan.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Σ min(actual, target) / Σ target over the items that name a metric; null without such items',
  })
  async completionRate(@Root() plan: WorkPlan, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    const [items, counts] = await Promise.all([
      ctx.loaders.manyBy(WorkPlanItem, 'planId').load(plan.id),
      planCounts(ctx, plan),
    ]);
    return planCompletion(items.flatMap((item) => itemProgress(item, counts) ?? []));
  }
}

@Resolver(() => WorkPlanItem)
export class WorkPlanItemResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Chinese name of the metric (metricCatalog label)' })
  metricLabel(@Root() item: WorkPlanItem): string | null {
    return isMetricKey(item.metricKey ?? '') ? metricByKey(item.metricKey as MetricKey).label : null;
  }

  @FieldResolver(() => PlanItemProgress, {
    nullable: true,
    description: 'null for an old item that names no metric (it counts in no completion rate)',
  })
  async progress(@Root() item: WorkPlanItem, @Ctx() ctx: GraphQLContext): Promise<PlanItemProgress | null> {
    const plan = (await ctx.loaders.byId(WorkPlan).load(item.planId)) as WorkPlan;
    return itemProgress(item, await planCounts(ctx, plan));
  }
}
