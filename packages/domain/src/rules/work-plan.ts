import type { PlanItemKind } from '../enums';
import type { FieldError } from './field-error';
import { quarterOf } from './calendar';
import { optionalText } from './registry';

export interface PlanItemFields {
  kind: PlanItemKind | null | undefined;
  target: number | null | undefined;
  quarter?: number | null;
  description?: string | null;
}

/**
 * Errors of a work plan's items, empty when valid: each has a kind, a whole target > 0
 * and a quarter 1–4 (or none: the whole year), and a kind appears once per quarter, since
 * two such items would count the same records twice.
 */
export function planItemErrors(items: readonly PlanItemFields[], prefix = 'input.items'): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const f = (name: string) => `${prefix}[${i}].${name}`;
    if (item.kind == null) errors.push({ field: f('kind'), message: '计划项目类型不能为空' });
    if (item.target == null || !Number.isInteger(item.target) || item.target <= 0) {
      errors.push({ field: f('target'), message: '目标数须为正整数（大于 0）' });
    }
    if (item.quarter != null && !(Number.isInteger(item.quarter) && item.quarter >= 1 && item.quarter <= 4)) {
      errors.push({ field: f('quarter'), message: '季度应为 1 到 4，全年则不填' });
    }
    errors.push(...optionalText(f('description'), item.description, 300, '说明'));
    const key = `${item.kind}:${item.quarter ?? 'year'}`;
    if (seen.has(key)) errors.push({ field: f('kind'), message: '同一季度（或全年）的同类计划项目重复' });
    seen.add(key);
  });
  return errors;
}

/** Records of one kind counted per quarter: index 1–4 (index 0 unused). */
export type QuarterCounts = readonly [number, number, number, number, number];

/** Adds per-month counts (month 1–12) into per-quarter counts. */
export function countsByQuarter(monthly: readonly { month: number; count: number }[]): QuarterCounts {
  const q: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const { month, count } of monthly) q[quarterOf(month)] += count;
  return q;
}

/** What an item has achieved: the records of its quarter, or of the whole year when it has none. */
export function itemActual(counts: QuarterCounts | undefined, quarter: number | null | undefined): number {
  if (!counts) return 0;
  return quarter == null ? counts[1] + counts[2] + counts[3] + counts[4] : counts[quarter] ?? 0;
}
