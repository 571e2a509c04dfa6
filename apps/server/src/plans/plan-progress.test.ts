import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { PlanItemKind } from '@cppcc/domain';
import { planCompletion } from '@cppcc/analytics';
import { itemProgress, type TownshipYearCounts } from './plan-progress';
import type { WorkPlanItem } from './plan.entity';

const item = (kind: PlanItemKind, target: number, quarter: number | null) => ({ id: 1, planId: 1, kind, target, quarter, description: null }) as WorkPlanItem;
const counts: TownshipYearCounts = new Map([
  [PlanItemKind.STUDY, [0, 2, 1, 0, 1] as const],
  [PlanItemKind.OPINION_REPORT, [0, 1, 1, 1, 1] as const],
]);

describe('plan item progress', () => {
  it('counts the item’s quarter, or the whole year, and says whether the target is reached', () => {
    expect(itemProgress(item(PlanItemKind.STUDY, 1, 1), counts)).toEqual({ actual: 2, target: 1, completed: true });
    expect(itemProgress(item(PlanItemKind.STUDY, 1, 4), counts)).toEqual({ actual: 1, target: 1, completed: true });
    expect(itemProgress(item(PlanItemKind.STUDY, 6, null), counts)).toEqual({ actual: 4, target: 6, completed: false });
    expect(itemProgress(item(PlanItemKind.VISIT, 2, null), counts)).toEqual({ actual: 0, target: 2, completed: false });
  });
  it('gives a completion rate that over-fulfilment cannot inflate', () => {
    const items = [item(PlanItemKind.STUDY, 1, 1), item(PlanItemKind.OPINION_REPORT, 6, null)].map((i) => itemProgress(i, counts));
    expect(planCompletion(items)).toBeCloseTo((1 + 4) / 7, 10);
  });
});
