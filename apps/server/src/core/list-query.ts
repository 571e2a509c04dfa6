import { Brackets, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { SortOrder, rules } from '@cppcc/domain';
import { assertValid } from './errors';
import { DEFAULT_PAGE, type ListResult, type SortSpec } from './pagination';
import { applyReadScope } from './scope';
import { hydrate } from './hydrate';
import type { GraphQLContext } from './context';

/** How one entity's list query reads its filter: the typed fields, the text search, the sort keys. */
export interface ListSpec<E extends ObjectLiteral, F, S extends string> {
  alias: string;
  /** Columns searched by `q` (substring match; works for Chinese on both databases). */
  searchColumns: string[];
  /** Sort-field enum value → column. */
  sortColumns: Record<S, string>;
  applyFilter?(qb: SelectQueryBuilder<E>, filter: F): void;
}

export interface BaseFilter {
  ids?: string[] | null;
  q?: string | null;
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

export function applySearch<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, alias: string, columns: string[], q: string | null | undefined): void {
  const text = q?.trim();
  if (!text || columns.length === 0) return;
  assertValid([...text].length > SEARCH_MAX ? [{ field: 'filter.q', message: `搜索词不能超过${SEARCH_MAX}个字` }] : []);
  qb.andWhere(
    new Brackets((w) => {
      for (const c of columns) w.orWhere(`${alias}.${c} LIKE :q ESCAPE '${LIKE_ESCAPE}'`, { q: likePattern(text) });
    }),
  );
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
 * typed filters, `q`, stable order (by id last), bounded page and totalCount.
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
  applySearch(qb, alias, spec.searchColumns, filter.q);
  spec.applyFilter?.(qb, filter);
  for (const s of args.sort ?? []) {
    qb.addOrderBy(`${alias}.${spec.sortColumns[s.field]}`, s.order === SortOrder.DESC ? 'DESC' : 'ASC');
  }
  // Tie-break by id for a stable order; TypeORM keys ORDER BY by column, so never re-add id.
  if (!Object.keys(qb.expressionMap.orderBys).includes(`${alias}.id`)) qb.addOrderBy(`${alias}.id`, 'ASC');
  // The page and its count in parallel (two pool connections on MySQL), the page hydrated
  // without TypeORM's join-aware transformer: list specs select one table.
  const count = qb.clone().orderBy().select('COUNT(*)', 'n');
  const [rows, total] = await Promise.all([qb.offset(offset).limit(limit).getRawMany<Record<string, unknown>>(), count.getRawOne<{ n: number | string }>()]);
  return { nodes: hydrate<E>(ctx.db, qb.expressionMap.mainAlias!.metadata, alias, rows), totalCount: Number(total?.n ?? 0) };
}
