import { Brackets, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Field, ID, type ClassType } from 'type-graphql';
import { SortOrder, rules } from '@cppcc/domain';
import { assertValid } from './errors';
import { DEFAULT_PAGE, type ListResult, type SortSpec } from './pagination';
import { applyReadScope, readsEveryRow, type ScopeCondition } from './scope';
import { personalSearch } from './personal-data';
import { hydrate } from './hydrate';
import type { GraphQLContext } from './context';

/** How one entity's list query reads its filter: the typed fields, the text search, the sort keys. */
export interface ListSpec<E extends ObjectLiteral, F extends object, S extends string> {
  alias: string;
  /** The filter's input class: its `@IdFilter` fields say which records the filter names. */
  filterType: ClassType<F>;
  /** Columns searched by `q` (substring match; works for Chinese on both databases). */
  searchColumns: string[];
  /** Sort-field enum value → column. */
  sortColumns: Record<S, string>;
  applyFilter?(qb: SelectQueryBuilder<E>, filter: F): void;
}

export interface BaseFilter {
  /** Records of the listed entity itself: the read scope already hides the ones the caller may not see. */
  ids?: string[] | null;
  q?: string | null;
}

type EntityRef = () => EntityTarget<ObjectLiteral>;
const FILTER_REFERENCES = new Map<ClassType<object>, Map<string, EntityRef>>();

/**
 * An id-valued filter field (`memberId`, `unitId` …) and the entity whose record it names.
 * listRecords answers the empty page when the caller may not read that record, exactly as when
 * it does not exist: a filter must reveal nothing about a record the caller may not see
 * (which county activities another township's member attended, say). Declares the GraphQL field.
 */
export function IdFilter(entity: EntityRef, description?: string): PropertyDecorator {
  return (prototype, property) => {
    const note = 'a record the caller may not read matches nothing';
    Field(() => ID, { nullable: true, description: `${description ?? 'Id'}; ${note}` })(prototype, property);
    const type = prototype.constructor as ClassType<object>;
    if (!FILTER_REFERENCES.has(type)) FILTER_REFERENCES.set(type, new Map());
    FILTER_REFERENCES.get(type)!.set(String(property), entity);
  };
}

/** Filter input type name → field → the entity (type) its id names; the authorization matrix enumerates these. */
export function filterReferenceNames(): Record<string, Record<string, string>> {
  const name = (e: EntityTarget<ObjectLiteral>) => (typeof e === 'function' ? e.name : String(e));
  return Object.fromEntries(
    [...FILTER_REFERENCES].map(([type, fields]) => [
      type.name,
      Object.fromEntries([...fields].map(([f, e]) => [f, name(e())])),
    ]),
  );
}

/**
 * False when the filter names a record the caller may not read (or one that does not exist): the
 * answer is then the empty page. Checked through the same per-request loader as single reads.
 */
async function namedRecordsReadable(
  ctx: GraphQLContext,
  filterType: ClassType<object>,
  filter: object,
): Promise<boolean> {
  for (const [field, ref] of FILTER_REFERENCES.get(filterType) ?? []) {
    const value = (filter as Record<string, unknown>)[field];
    if (!value) continue;
    const entity = ref() as EntityTarget<{ id: number }>;
    if (readsEveryRow(entity, ctx.viewer)) continue;
    const ids = parseIds(`filter.${field}`, [String(value)]);
    const rows = await ctx.loaders.byId(entity).loadMany(ids);
    const failure = rows.find((r) => r instanceof Error);
    if (failure) throw failure;
    if (rows.some((r) => r == null)) return false;
  }
  return true;
}

// '!' as LIKE escape: a backslash means different things in MySQL and SQLite string literals.
const LIKE_ESCAPE = '!';

/** Escapes LIKE wildcards so that a search for "50%" finds the text "50%". */
export function likePattern(q: string): string {
  return `%${q.replace(/[!%_]/g, (c) => `${LIKE_ESCAPE}${c}`)}%`;
}

/** Longer searches are not searches (and SQLite refuses LIKE patterns over 50,000 bytes). */
export const SEARCH_MAX = 100;
export const IDS_MAX = 500;

/** A searched column, optionally only where a condition holds (personal columns: see core/personal-data.ts). */
export type SearchColumn = string | { column: string; where: ScopeCondition };

export function applySearch<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  columns: SearchColumn[],
  q: string | null | undefined,
): void {
  const text = q?.trim();
  if (!text || columns.length === 0) return;
  assertValid([...text].length > SEARCH_MAX ? [{ field: 'filter.q', message: `搜索词不能超过${SEARCH_MAX}个字` }] : []);
  qb.andWhere(
    new Brackets((w) => {
      for (const c of columns) {
        const like = `${alias}.${typeof c === 'string' ? c : c.column} LIKE :q ESCAPE '${LIKE_ESCAPE}'`;
        if (typeof c === 'string') w.orWhere(like, { q: likePattern(text) });
        else
          w.orWhere(`(${like} AND ${c.where.sql.replaceAll('{a}', alias)})`, {
            q: likePattern(text),
            ...c.where.params,
          });
      }
    }),
  );
}

const NEVER: ScopeCondition = { sql: '1 = 0' };

/** The search columns as this viewer may use them: personal columns only where it reads them whole. */
function searchColumnsFor(ctx: GraphQLContext, entity: EntityTarget<ObjectLiteral>, columns: string[]): SearchColumn[] {
  const typeName = typeof entity === 'function' ? entity.name : String(entity);
  return columns.map((column) => {
    const allowed = personalSearch(ctx.viewer, typeName, column);
    return allowed === true ? column : { column, where: allowed === false ? NEVER : allowed };
  });
}

export function parseIds(field: string, ids: string[]): number[] {
  assertValid(ids.length > IDS_MAX ? [{ field, message: `一次最多查询 ${IDS_MAX} 个 id` }] : []);
  const parsed = ids.map(Number);
  const bad = ids.find((_, i) => !Number.isSafeInteger(parsed[i]) || parsed[i] <= 0);
  assertValid(bad !== undefined ? [{ field, message: `id 必须是正整数：${JSON.stringify(bad)}` }] : []);
  return parsed;
}

/**
 * The one list query every `xs(filter, sort, page)` goes through: the caller's read scope,
 * typed filters (none naming a record the caller may not read), `q`, stable order (by id
 * last), bounded page and totalCount.
 */
export async function listRecords<E extends ObjectLiteral, F extends BaseFilter, S extends string>(
  ctx: GraphQLContext,
  entity: EntityTarget<E>,
  spec: ListSpec<E, F, S>,
  args: { filter?: F | null; sort?: SortSpec<S>[] | null; page?: { offset?: number; limit?: number } | null },
): Promise<ListResult<E>> {
  const offset = args.page?.offset ?? DEFAULT_PAGE.offset;
  const limit = args.page?.limit ?? DEFAULT_PAGE.limit;
  assertValid(rules.page(offset, limit));
  const { alias } = spec;
  const qb = ctx.db.getRepository(entity).createQueryBuilder(alias);
  applyReadScope(qb, entity, alias, ctx.viewer);
  const filter = args.filter ?? ({} as F);
  if (filter.ids) {
    const ids = parseIds('filter.ids', filter.ids);
    if (ids.length === 0) return { nodes: [], totalCount: 0 };
    qb.andWhere(`${alias}.id IN (:...ids)`, { ids });
  }
  applySearch(qb, alias, searchColumnsFor(ctx, entity, spec.searchColumns), filter.q);
  spec.applyFilter?.(qb, filter);
  for (const s of args.sort ?? []) {
    qb.addOrderBy(`${alias}.${spec.sortColumns[s.field]}`, s.order === SortOrder.DESC ? 'DESC' : 'ASC');
  }
  // Tie-break by id for a stable order; TypeORM keys ORDER BY by column, so never re-add id.
  if (!Object.keys(qb.expressionMap.orderBys).includes(`${alias}.id`)) qb.addOrderBy(`${alias}.id`, 'ASC');
  // After the filter's own checks, so that bad input is still BAD_USER_INPUT.
  if (!(await namedRecordsReadable(ctx, spec.filterType, filter))) return { nodes: [], totalCount: 0 };
  // The page and its count in parallel (two pool connections on MySQL), the page hydrated
  // without TypeORM's join-aware transformer: list specs select one table.
  const count = qb.clone().orderBy().select('COUNT(*)', 'n');
  const [rows, total] = await Promise.all([
    qb.offset(offset).limit(limit).getRawMany<Record<string, unknown>>(),
    count.getRawOne<{ n: number | string }>(),
  ]);
  return {
    nodes: hydrate<E>(ctx.db, qb.expressionMap.mainAlias!.metadata, alias, rows),
    totalCount: Number(total?.n ?? 0),
  };
}
