import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { countsByQuarter, itemActual, type QuarterCounts } from '@cppcc/domain';
import { isPlanMetricKey, type PlanMetricKey } from '@cppcc/analytics';
import type { GraphQLContext } from '../core/context';
import { DATE_COLUMN, countColumns, metricsOf } from '../analytics/record-count-sql';
import { placeholders } from '../analytics/sql-rows';
import type { WorkPlan, WorkPlanItem } from './plan.entity';

@ObjectType({ description: 'What a plan item has achieved, counted from the records (never typed in)' })
export class PlanItemProgress {
  @Field(() => Int, { description: 'The records its metric counts, of the township in its year (and quarter)' })
  actual: number;

  @Field(() => Int)
  target: number;

  @Field({ description: 'actual ≥ target' })
  completed: boolean;
}

/** A township's records of one year, per record-count metric and quarter. */
export type TownshipYearCounts = Map<PlanMetricKey, QuarterCounts>;

type MonthRow = { townshipId: number | string; year: number | string; month: string } & Record<
  string,
  number | string | null
>;

const key = (townshipId: number, year: number) => `${townshipId}:${year}`;

/**
 * Per (township, year): each record-count metric (record-count-sql, the conditions the metric
 * and the analytics plan sums use) per quarter of the records' date — one GROUP BY per table for
 * any number of pairs. The month is read as SUBSTR(date, 6, 2), which both databases answer.
 */
export async function countRecordsByQuarter(
  manager: EntityManager,
  pairs: readonly { townshipId: number; year: number }[],
): Promise<Map<string, TownshipYearCounts>> {
  const result = new Map<string, TownshipYearCounts>(pairs.map((p) => [key(p.townshipId, p.year), new Map()]));
  if (pairs.length === 0) return result;
  const townships = [...new Set(pairs.map((p) => p.townshipId))];
  const years = [...new Set(pairs.map((p) => p.year))];
  const monthly = new Map<string, Map<PlanMetricKey, { month: number; count: number }[]>>();
  for (const table of ['activity', 'opinion_report'] as const) {
    const date = `x.${DATE_COLUMN[table]}`;
    const rows: MonthRow[] = await manager.query(
      `SELECT x.townshipId AS townshipId, x.year AS year, SUBSTR(${date}, 6, 2) AS month, ${countColumns(table, 'x', (k) => k)}
       FROM ${table} x WHERE x.townshipId IN (${placeholders(townships)}) AND x.year IN (${placeholders(years)})
       GROUP BY x.townshipId, x.year, SUBSTR(${date}, 6, 2)`,
      [...townships, ...years],
    );
    for (const row of rows) {
      const pair = key(Number(row.townshipId), Number(row.year));
      if (!result.has(pair)) continue;
      const metrics = monthly.get(pair) ?? new Map();
      monthly.set(pair, metrics);
      for (const metric of metricsOf(table)) {
        metrics.set(metric, [
          ...(metrics.get(metric) ?? []),
          { month: Number(row.month), count: Number(row[metric] ?? 0) },
        ]);
      }
    }
  }
  for (const [pair, metrics] of monthly) {
    for (const [metric, months] of metrics) result.get(pair)!.set(metric, countsByQuarter(months));
  }
  return result;
}

/** The counts of a plan's township and year, batched over every plan of the request. */
export function planCounts(ctx: GraphQLContext, plan: WorkPlan): Promise<TownshipYearCounts> {
  return ctx.loaders
    .batch<string, TownshipYearCounts>('plan-counts', async (keys) => {
      const pairs = keys.map((k) => {
        const [townshipId, year] = k.split(':').map(Number);
        return { townshipId, year };
      });
      const counts = await countRecordsByQuarter(ctx.db.manager, pairs);
      return keys.map((k) => counts.get(k) ?? new Map());
    })
    .load(key(plan.townshipId, plan.year));
}

/** null for an old item that names no metric: it counts nothing, so it has no progress. */
export function itemProgress(item: WorkPlanItem, counts: TownshipYearCounts): PlanItemProgress | null {
  if (!isPlanMetricKey(item.metricKey)) return null;
  const actual = itemActual(counts.get(item.metricKey), item.quarter);
  return { actual, target: item.target, completed: actual >= item.target };
}
