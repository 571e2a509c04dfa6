import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { PlanItemKind, countsByQuarter, itemActual, type QuarterCounts } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { Activity } from '../activities/activity.entity';
import { OpinionReport } from '../opinions/opinion-report.entity';
import { countedOpinionReport } from '../opinions/opinion-counting';
import type { WorkPlan, WorkPlanItem } from './plan.entity';
import { requestLoader } from './request-loader';

@ObjectType({ description: 'What a plan item has achieved, counted from the records (never typed in)' })
export class PlanItemProgress {
  @Field(() => Int, { description: 'Records of the item’s kind organised by the township in its year (and quarter)' })
  actual: number;

  @Field(() => Int)
  target: number;

  @Field({ description: 'actual ≥ target' })
  completed: boolean;
}

/** A township's records of one year, per plan-item kind and quarter. */
export type TownshipYearCounts = Map<PlanItemKind, QuarterCounts>;

interface MonthRow {
  townshipId: number | string;
  year: number | string;
  kind: string;
  month: string;
  n: number | string;
}

const key = (townshipId: number, year: number) => `${townshipId}:${year}`;

/**
 * Per (township, year): activities organised by the township, by kind, and its opinion reports,
 * counted per quarter of their date — two GROUP BY queries for any number of pairs. The month
 * is read as SUBSTR(date, 6, 2), which both databases answer for a DATE column.
 */
export async function countRecordsByQuarter(manager: EntityManager, pairs: readonly { townshipId: number; year: number }[]): Promise<Map<string, TownshipYearCounts>> {
  const result = new Map<string, TownshipYearCounts>(pairs.map((p) => [key(p.townshipId, p.year), new Map()]));
  if (pairs.length === 0) return result;
  const townships = [...new Set(pairs.map((p) => p.townshipId))];
  const years = [...new Set(pairs.map((p) => p.year))];
  const activities = manager
    .getRepository(Activity)
    .createQueryBuilder('a')
    .select('a.townshipId', 'townshipId')
    .addSelect('a.year', 'year')
    .addSelect('a.kind', 'kind')
    .addSelect('SUBSTR(a.heldOn, 6, 2)', 'month')
    .addSelect('COUNT(*)', 'n')
    .where('a.townshipId IN (:...townships) AND a.year IN (:...years)', { townships, years })
    .groupBy('a.townshipId')
    .addGroupBy('a.year')
    .addGroupBy('a.kind')
    .addGroupBy('SUBSTR(a.heldOn, 6, 2)')
    .getRawMany<MonthRow>();
  const opinions = manager
    .getRepository(OpinionReport)
    .createQueryBuilder('r')
    .select('r.townshipId', 'townshipId')
    .addSelect('r.year', 'year')
    .addSelect(`'${PlanItemKind.OPINION_REPORT}'`, 'kind')
    .addSelect('SUBSTR(r.submittedOn, 6, 2)', 'month')
    .addSelect('COUNT(*)', 'n')
    .where('r.townshipId IN (:...townships) AND r.year IN (:...years)', { townships, years })
    .andWhere(countedOpinionReport('r'))
    .groupBy('r.townshipId')
    .addGroupBy('r.year')
    .addGroupBy('SUBSTR(r.submittedOn, 6, 2)')
    .getRawMany<MonthRow>();
  const monthly = new Map<string, Map<PlanItemKind, { month: number; count: number }[]>>();
  for (const row of [...(await activities), ...(await opinions)]) {
    const pair = key(Number(row.townshipId), Number(row.year));
    if (!result.has(pair)) continue;
    const kinds = monthly.get(pair) ?? new Map();
    monthly.set(pair, kinds);
    const kind = row.kind as PlanItemKind;
    kinds.set(kind, [...(kinds.get(kind) ?? []), { month: Number(row.month), count: Number(row.n) }]);
  }
  for (const [pair, kinds] of monthly) {
    for (const [kind, months] of kinds) result.get(pair)!.set(kind, countsByQuarter(months));
  }
  return result;
}

/** The counts of a plan's township and year, batched over every plan of the request. */
export function planCounts(ctx: GraphQLContext, plan: WorkPlan): Promise<TownshipYearCounts> {
  return requestLoader<string, TownshipYearCounts>(ctx, 'plan-counts', async (keys) => {
    const pairs = keys.map((k) => {
      const [townshipId, year] = k.split(':').map(Number);
      return { townshipId, year };
    });
    const counts = await countRecordsByQuarter(ctx.db.manager, pairs);
    return keys.map((k) => counts.get(k) ?? new Map());
  }).load(key(plan.townshipId, plan.year));
}

export function itemProgress(item: WorkPlanItem, counts: TownshipYearCounts): PlanItemProgress {
  const actual = itemActual(counts.get(item.kind), item.quarter);
  return { actual, target: item.target, completed: actual >= item.target };
}
