import { describe, expect, it } from 'vitest';
import { PlanItemKind } from '../enums';
import { countsByQuarter, itemActual, planItemErrors } from './work-plan';

describe('work plan items', () => {
  it('accepts targets > 0 with a quarter or for the whole year', () => {
    expect(planItemErrors([{ kind: PlanItemKind.STUDY, target: 1, quarter: 1 }, { kind: PlanItemKind.STUDY, target: 1, quarter: 2 }, { kind: PlanItemKind.OPINION_REPORT, target: 6 }])).toEqual([]);
  });
  it('refuses targets ≤ 0, quarters outside 1–4 and repeated items, naming the entry', () => {
    const errors = planItemErrors([
      { kind: PlanItemKind.STUDY, target: 0 },
      { kind: PlanItemKind.VISIT, target: -2 },
      { kind: PlanItemKind.INSPECTION, target: 2, quarter: 5 },
      { kind: PlanItemKind.INSPECTION, target: 1, quarter: 5 },
    ]);
    expect(errors.map((e) => e.field)).toEqual(['input.items[0].target', 'input.items[1].target', 'input.items[2].quarter', 'input.items[3].quarter', 'input.items[3].kind']);
  });
  it('counts records per quarter and gives an item its quarter or the whole year', () => {
    const q = countsByQuarter([{ month: 1, count: 2 }, { month: 3, count: 1 }, { month: 4, count: 1 }, { month: 12, count: 5 }]);
    expect(q).toEqual([0, 3, 1, 0, 5]);
    expect(itemActual(q, 1)).toBe(3);
    expect(itemActual(q, 3)).toBe(0);
    expect(itemActual(q, null)).toBe(9);
    expect(itemActual(undefined, null)).toBe(0);
  });
});
