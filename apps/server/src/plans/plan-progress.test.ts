import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { planCompletion } from '@cppcc/analytics';
import { itemProgress, type TownshipYearCounts } from './plan-progress';
import type { WorkPlanItem } from './plan.entity';

const item = (metricKey: string | null, target: number, quarter: number | null) =>
  ({ id: 1, planId: 1, metricKey, kind: null, target, quarter, description: null }) as WorkPlanItem;
const counts: TownshipYearCounts = new Map([
  ['studySessions', [0, 2, 1, 0, 1] as const],
  ['opinionReports', [0, 1, 1, 1, 1] as const],
]);

describe('plan item progress', () => {
  it('counts the item’s quarter, or the whole year, and says whether the target is reached', () => {
    expect(itemProgress(item('studySessions', 1, 1), counts)).toEqual({ actual: 2, target: 1, completed: true });
    expect(itemProgress(item('studySessions', 1, 4), counts)).toEqual({ actual: 1, target: 1, completed: true });
    expect(itemProgress(item('studySessions', 6, null), counts)).toEqual({ actual: 4, target: 6, completed: false });
    expect(itemProgress(item('visits', 2, null), counts)).toEqual({ actual: 0, target: 2, completed: false });
    // An old item whose kind has no metric counts nothing: no progress rather than a false 0.
    expect(itemProgress(item(null, 1, 1), counts)).toBeNull();
  });
  it('gives a completion rate that over-fulfilment cannot inflate', () => {
    const items = [item('studySessions', 1, 1), item('opinionReports', 6, null)].map((i) => itemProgress(i, counts)!);
    expect(planCompletion(items)).toBeCloseTo((1 + 4) / 7, 10);
  });
});
