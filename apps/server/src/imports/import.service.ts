import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../core/context';
import { inTransaction } from '../core/record-store';
import { townshipScope } from '../core/viewer';
import { aggregate } from '../analytics/sql-rows';
import { memberService } from '../members/member.service';
import { activityService } from '../activities/activity.service';
import { convertRow, type ColumnSpec, type Lookups, type RowProblem } from './cells';
import { ACTIVITY_COLUMNS, MEMBER_COLUMNS } from './columns';
import type { SheetRows } from './workbook';

export type ImportKind = 'members' | 'activities';

export interface ImportResult {
  kind: ImportKind;
  dryRun: boolean;
  /** true when every row is valid (and, unless dryRun, all were stored) */
  ok: boolean;
  rows: number;
  created: number;
  errors: RowProblem[];
}

interface KindSpec {
  columns: ColumnSpec<Record<string, unknown>>[];
  create(ctx: GraphQLContext, input: Record<string, unknown>): Promise<unknown>;
}

const KINDS: Record<ImportKind, KindSpec> = {
  members: { columns: MEMBER_COLUMNS, create: (ctx, input) => memberService.create(ctx, input as never) },
  activities: { columns: ACTIVITY_COLUMNS, create: (ctx, input) => activityService.create(ctx, input as never) },
};

export const IMPORT_COLUMNS = { members: MEMBER_COLUMNS, activities: ACTIVITY_COLUMNS };

async function loadLookups(ctx: GraphQLContext): Promise<Lookups> {
  const townships = await aggregate<{ id: number; name: string }>(ctx.db, 'SELECT id, name FROM township');
  const sectors = await aggregate<{ id: number; name: string }>(ctx.db, 'SELECT id, name FROM sector');
  const own = townshipScope(ctx.viewer);
  const members = await aggregate<{ id: number; name: string; townshipId: number }>(
    ctx.db,
    `SELECT id, name, townshipId FROM member WHERE archivedAt IS NULL AND status = 'ACTIVE'${own != null ? ' AND townshipId = ?' : ''}`,
    own != null ? [own] : [],
  );
  const membersByTownship = new Map<number, Map<string, number[]>>();
  for (const m of members) {
    const pool = membersByTownship.get(Number(m.townshipId)) ?? new Map<string, number[]>();
    pool.set(m.name, [...(pool.get(m.name) ?? []), Number(m.id)]);
    membersByTownship.set(Number(m.townshipId), pool);
  }
  return {
    townships: new Map(townships.map((t) => [t.name, Number(t.id)])),
    sectors: new Map(sectors.map((s) => [s.name, Number(s.id)])),
    membersByTownship,
  };
}

/** Thrown inside the transaction to roll back a dry run, or a file with any bad row. */
class Rollback extends Error {}

function problemsOf(error: unknown, row: number, columns: ColumnSpec<Record<string, unknown>>[]): RowProblem[] | null {
  if (!(error instanceof GraphQLError)) return null;
  const code = error.extensions.code;
  if (code !== 'BAD_USER_INPUT' && code !== 'FORBIDDEN') return null;
  const fields = (error.extensions.fields as { field: string; message: string }[] | undefined) ?? [
    { field: String(error.extensions.field ?? ''), message: error.message },
  ];
  return fields.map((f) => {
    const column = columns.find((c) => f.field === `input.${c.field}` || f.field.startsWith(`input.${c.field}[`));
    return { row, column: column?.header ?? '', field: f.field, message: f.message };
  });
}

/**
 * All or nothing: every row is converted and created inside one transaction, through the same
 * service (rules, scoping, audit) as a single create; any bad row, or a dry run, rolls it all back.
 */
export async function runImport(
  ctx: GraphQLContext,
  kind: ImportKind,
  sheet: SheetRows,
  dryRun: boolean,
): Promise<ImportResult> {
  const spec = KINDS[kind];
  const errors: RowProblem[] = [];
  const missing = spec.columns.filter((c) => c.required && !sheet.headers.includes(c.header));
  for (const c of missing)
    errors.push({
      row: 1,
      column: c.header,
      field: `input.${c.field}`,
      message: `缺少必填列「${c.header}」，请使用导入模板`,
    });
  if (missing.length) return { kind, dryRun, ok: false, rows: sheet.rows.length, created: 0, errors };
  const lookups = await loadLookups(ctx);
  let created = 0;
  try {
    await inTransaction(ctx, async (manager) => {
      const txCtx: GraphQLContext = { ...ctx, tx: manager };
      for (const { row, cells } of sheet.rows) {
        const input: Record<string, unknown> = {};
        const problems = convertRow(row, cells, spec.columns, lookups, input);
        if (problems.length) {
          errors.push(...problems);
          continue;
        }
        try {
          await spec.create(txCtx, input);
          created += 1;
        } catch (error) {
          const rowProblems = problemsOf(error, row, spec.columns);
          if (!rowProblems) throw error;
          errors.push(...rowProblems);
        }
      }
      if (errors.length || dryRun) throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  const ok = errors.length === 0;
  return { kind, dryRun, ok, rows: sheet.rows.length, created: ok && !dryRun ? created : 0, errors };
}
