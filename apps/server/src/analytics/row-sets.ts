/**
 * The rows a family of figures is counted over, as the parts of one portable SELECT. The same parts
 * build the aggregates (conditions summed, grouped by township or by member) and the drill-down
 * (the rows one condition selects), so that a figure and the records it opens into cannot drift.
 */
export interface RowSet {
  /** A leading `WITH …` (a CTE must open the statement), or ''. */
  readonly with: string;
  readonly from: string;
  readonly where: string;
  /** The `?` values in text order: those of `with`, then `from`, then `where`. */
  readonly params: readonly unknown[];
}

/**
 * One figure over a row set: the rows it counts and, for a sum, what each row adds (NULL as 0).
 * Written without placeholders (constants only), so conditions go anywhere in a statement.
 */
export interface Counted {
  readonly when: string;
  readonly value?: string;
}

/** A condition with its own `?` values. */
export interface Condition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

function placeholderFree(sql: string): string {
  if (sql.includes('?')) throw new TypeError(`A counted condition takes no parameters: ${sql}`);
  return sql;
}

/** `SUM(CASE WHEN … THEN 1 ELSE 0 END)`, or the sum of the values of the rows counted. */
export function sumOf(counted: Counted): string {
  return `SUM(CASE WHEN ${placeholderFree(counted.when)} THEN ${counted.value ? placeholderFree(counted.value) : 1} ELSE 0 END)`;
}

/**
 * One GROUP BY over the rows: a column per figure, keyed by `groupBy` (`key` in the result), or
 * one row for all when `groupBy` is null.
 */
export function sumsStatement(
  rows: RowSet,
  groupBy: { expr: string; as: string } | null,
  columns: readonly (readonly [name: string, counted: Counted])[],
  filters: readonly Condition[] = [],
): [string, unknown[]] {
  const key = groupBy ? `${groupBy.expr} AS ${groupBy.as},\n        ` : '';
  const sums = columns.map(([name, counted]) => `${sumOf(counted)} AS ${name}`).join(',\n        ');
  return [
    `${rows.with}SELECT ${key}${sums}
      FROM ${rows.from} WHERE ${rows.where}${filters.map((f) => ` AND ${f.sql}`).join('')}${groupBy ? ` GROUP BY ${groupBy.expr}` : ''}`,
    [...rows.params, ...filters.flatMap((f) => f.params)],
  ];
}

/** The drill-down of one figure: the rows it counts, as named columns. */
export interface Listing {
  /** `expr AS name` list of what a listed row shows. */
  readonly select: string;
  /** Joins for names shown (no placeholders). */
  readonly joins: string;
  readonly counted: Counted;
  /** Narrowing conditions (township, member). */
  readonly filters: readonly Condition[];
  readonly orderBy: string;
}

/**
 * A page of the rows and their totals (count, and the sum of the values for a sum). A sum lists
 * only the rows that add something: a row adding 0 is not behind the figure.
 */
export function listingStatements(
  rows: RowSet,
  listing: Listing,
  page: { offset: number; limit: number },
): { page: [string, unknown[]]; totals: [string, unknown[]] } {
  const { counted } = listing;
  const conditions = [
    rows.where,
    placeholderFree(counted.when),
    ...(counted.value ? [`COALESCE(${placeholderFree(counted.value)}, 0) <> 0`] : []),
    ...listing.filters.map((f) => f.sql),
  ].join(' AND ');
  const params = [...rows.params, ...listing.filters.flatMap((f) => f.params)];
  const value = counted.value ?? 'NULL';
  return {
    page: [
      `${rows.with}SELECT ${listing.select}, ${value} AS value FROM ${rows.from} ${placeholderFree(listing.joins)} WHERE ${conditions} ORDER BY ${listing.orderBy} LIMIT ? OFFSET ?`,
      [...params, page.limit, page.offset],
    ],
    totals: [`${rows.with}SELECT COUNT(*) AS n, SUM(${value}) AS total FROM ${rows.from} WHERE ${conditions}`, params],
  };
}
