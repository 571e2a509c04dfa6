// The county report's township table sorts on any column; townships without a value (no plan, no
// members, not assessed) stay last whichever way, as the comparison ranks them.

export interface ReportTownshipRow {
  readonly rank: number | null;
  readonly score: number | null;
  readonly planCompletionRate: number | null;
  readonly members: number;
  readonly membersMeetingAllRules: number;
  readonly dutyComplianceRate: number | null;
  readonly figures: readonly { readonly key: string; readonly value: number | null }[];
}

/** A column: `order` (the county's order of townships), a field of the row, or a workload metric key. */
export type TownshipColumn =
  | 'order'
  | 'rank'
  | 'score'
  | 'planCompletionRate'
  | 'members'
  | 'membersMeetingAllRules'
  | 'dutyComplianceRate'
  | string;

export type SortDirection = 'asc' | 'desc';

function valueOf(row: ReportTownshipRow, column: TownshipColumn, index: number): number | null {
  switch (column) {
    case 'order':
      return index;
    case 'rank':
    case 'score':
    case 'planCompletionRate':
    case 'members':
    case 'membersMeetingAllRules':
    case 'dutyComplianceRate':
      return row[column];
    default:
      return row.figures.find((f) => f.key === column)?.value ?? null;
  }
}

/** The rows sorted on the column; equal values keep the county's order, nulls come last. */
export function sortTownships<T extends ReportTownshipRow>(
  rows: readonly T[],
  column: TownshipColumn,
  direction: SortDirection,
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, column, index) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      return sign * (a.value - b.value) || a.index - b.index;
    })
    .map((e) => e.row);
}

/** Where a column's first click sorts: rank and order ascending (1 first), figures descending (most first). */
export const firstDirection = (column: TownshipColumn): SortDirection =>
  column === 'rank' || column === 'order' ? 'asc' : 'desc';
