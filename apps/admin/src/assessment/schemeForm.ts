// The 考核方案 editor's rows and their checks: the analytics package's validateScheme (the same
// function the server runs), with errors keyed like the server's (`items.2.weight`).
import {
  DEFAULT_ASSESSMENT_SCHEME,
  isPerMemberApplicable,
  isMetricKey,
  validateScheme,
  type MetricKey,
} from '@cppcc/analytics';
import { formFieldOf } from '../graphql';

export interface SchemeRow {
  key: string;
  /** As typed: validated as a number > 0. */
  weight: string;
  perMember: boolean;
}

export const toRows = (items: readonly { key: string; weight: number; perMember: boolean }[]): SchemeRow[] =>
  items.map((i) => ({ key: i.key, weight: String(i.weight), perMember: i.perMember }));

export const DEFAULT_ROWS: SchemeRow[] = toRows(DEFAULT_ASSESSMENT_SCHEME);

/** `scheme[2].weight` / `items[2].weight` → `items.2.weight`; `scheme` → `items`. */
export function rowErrorKey(field: string): string {
  return formFieldOf(field.replace(/^scheme/, 'items'));
}

export function toItems(rows: readonly SchemeRow[]): { key: string; weight: number; perMember: boolean }[] {
  return rows.map((r) => ({
    key: r.key,
    weight: r.weight.trim() === '' ? Number.NaN : Number(r.weight),
    perMember: r.perMember && isMetricKey(r.key) && isPerMemberApplicable(r.key as MetricKey),
  }));
}

/** Errors by row field (`items.0.key`, `items.3.weight`, `items` for the whole list); empty when valid. */
export function schemeErrors(rows: readonly SchemeRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const items = rows.map((r) => ({
    key: r.key,
    weight: r.weight.trim() === '' ? Number.NaN : Number(r.weight),
    perMember: r.perMember,
  }));
  for (const e of validateScheme(items)) {
    const key = rowErrorKey(e.field);
    if (!(key in errors)) errors[key] = e.message;
  }
  rows.forEach((r, i) => {
    if (!r.key) errors[`items.${i}.key`] = '请选择指标';
  });
  return errors;
}

export function totalWeight(rows: readonly SchemeRow[]): number {
  return rows.reduce((s, r) => s + (Number.isFinite(Number(r.weight)) ? Number(r.weight) : 0), 0);
}
