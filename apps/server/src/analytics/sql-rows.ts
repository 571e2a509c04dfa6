import type { DataSource, EntityManager } from 'typeorm';

type Queryable = DataSource | EntityManager;

/**
 * Runs one aggregate statement. Placeholders are `?` (both mysql2 and better-sqlite3 take them);
 * numbers come back as numbers whatever the driver (mysql2 returns SUM/COUNT as text or bigint).
 */
export async function aggregate<T extends Record<string, unknown>>(
  db: Queryable,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const rows = (await db.query(sql, params)) as Record<string, unknown>[];
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      out[key] =
        typeof value === 'bigint'
          ? Number(value)
          : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) && key !== 'name'
            ? Number(value)
            : value;
    }
    return out as T;
  });
}

/** `?, ?, ?` for an IN list. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/**
 * A member counts as active in a year when their time in office overlaps it: joined by its
 * end, not left before its start, and either still 在任 or with a leaving date (term ended,
 * withdrawn, revoked). Archived members count for the years before their archiving.
 * Takes the year twice as parameters: start and end dates.
 */
export const ACTIVE_IN_YEAR = `(m.joinedOn IS NULL OR m.joinedOn <= ?) AND (m.leftOn IS NULL OR m.leftOn >= ?)
  AND (m.leftOn IS NOT NULL OR m.status = 'ACTIVE') AND (m.archivedAt IS NULL OR m.archivedAt >= ?)`;

export function activeInYearParams(year: number): string[] {
  return [`${year}-12-31`, `${year}-01-01`, `${year}-01-01`];
}

/** Quarter (1–4) condition on a YYYY-MM-DD column, the same text on both databases. */
export function inQuarter(quarterExpr: string, dateExpr: string): string {
  const month = `SUBSTR(${dateExpr}, 6, 2)`;
  return `(${quarterExpr} IS NULL OR (${quarterExpr} = 1 AND ${month} <= '03') OR (${quarterExpr} = 2 AND ${month} BETWEEN '04' AND '06')
    OR (${quarterExpr} = 3 AND ${month} BETWEEN '07' AND '09') OR (${quarterExpr} = 4 AND ${month} >= '10'))`;
}
