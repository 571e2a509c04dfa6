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
 * The members of a year, each with the township that counts them, joined to `member m` as `yt`:
 * the stretch of their history (member_tenure) that overlaps the year and starts last — the
 * township on 31 December, or on their last day of that year (packages/domain tenureInYear,
 * docs/metrics.md "Attribution"). Archived members count for the years before their archiving.
 * Parameters: yearMembersParams(year), in place of the fragment.
 */
export const YEAR_MEMBERS_JOIN = `JOIN (SELECT t.memberId AS memberId, t.townshipId AS townshipId FROM member_tenure t
    WHERE t.startsOn <= ? AND (t.endsOn IS NULL OR t.endsOn >= ?) AND NOT EXISTS (
      SELECT 1 FROM member_tenure l WHERE l.memberId = t.memberId AND l.startsOn > t.startsOn AND l.startsOn <= ?)
  ) yt ON yt.memberId = m.id AND (m.archivedAt IS NULL OR m.archivedAt >= ?)`;

export function yearMembersParams(year: number): string[] {
  return [`${year}-12-31`, `${year}-01-01`, `${year}-12-31`, `${year}-01-01`];
}

/** Quarter (1–4) condition on a YYYY-MM-DD column, the same text on both databases. */
export function inQuarter(quarterExpr: string, dateExpr: string): string {
  const month = `SUBSTR(${dateExpr}, 6, 2)`;
  return `(${quarterExpr} IS NULL OR (${quarterExpr} = 1 AND ${month} <= '03') OR (${quarterExpr} = 2 AND ${month} BETWEEN '04' AND '06')
    OR (${quarterExpr} = 3 AND ${month} BETWEEN '07' AND '09') OR (${quarterExpr} = 4 AND ${month} >= '10'))`;
}
