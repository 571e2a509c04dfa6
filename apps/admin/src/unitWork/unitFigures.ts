// The units' figures as the console writes and orders them: the columns, labels and "which way is
// better" are packages/analytics' UNIT_FIGURE_COLUMNS and rankUnits (the workbook uses the same).
import { rankUnits, UNIT_FIGURE_COLUMNS, type UnitFigureColumn, type UnitFigures } from '@cppcc/analytics';
import { formatPercent } from '../common/format';

export type UnitColumnKey = UnitFigureColumn['key'];
export { UNIT_FIGURE_COLUMNS };

/** The column the county reads first (the workbook's default too). */
export const DEFAULT_UNIT_COLUMN: UnitColumnKey = 'onTimeRate';

export const isUnitColumn = (key: unknown): key is UnitColumnKey => UNIT_FIGURE_COLUMNS.some((c) => c.key === key);
export const unitColumn = (key: UnitColumnKey): UnitFigureColumn => UNIT_FIGURE_COLUMNS.find((c) => c.key === key)!;

/** A figure as written in the table, the tiles and the bars; null (no denominator) → `noData`. */
export function formatUnitFigure(value: number | null | undefined, kind: UnitFigureColumn['kind'], noData: string) {
  if (value == null || !Number.isFinite(value)) return noData;
  if (kind === 'rate') return formatPercent(value);
  if (kind === 'days') return `${Number(value.toFixed(1))}天`;
  return String(value);
}

/**
 * The rows ranked on a column, better first; `worseFirst` turns the ranked part round. Units
 * without a value have no rank (null) and stay last either way.
 */
export function rankedUnits<R extends Omit<UnitFigures, 'unitId'>>(
  rows: readonly R[],
  key: UnitColumnKey,
  worseFirst = false,
): { row: R; rank: number | null }[] {
  const ranked = rankUnits(rows, key).map((e) => ({ row: e.row, rank: e.row[key] == null ? null : e.rank }));
  const withValue = ranked.filter((e) => e.rank !== null);
  const without = ranked.filter((e) => e.rank === null);
  return [...(worseFirst ? withValue.reverse() : withValue), ...without];
}
