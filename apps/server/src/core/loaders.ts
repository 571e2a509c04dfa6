import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { applyReadScope, readsWholeReference } from './scope';
import { referenceCache } from './reference-cache';
import type { Viewer } from './viewer';

/**
 * The request's one registry of DataLoaders, created lazily: a list of N records with nested
 * relations or aggregates costs one query per relation, not N. Modules add their own batches
 * through batch(); nothing else keeps per-request state.
 */
export class Loaders {
  private readonly cache = new Map<unknown, DataLoader<unknown, unknown>>();

  constructor(
    private readonly db: DataSource,
    private readonly viewer: Viewer,
  ) {}

  private memo<K, V>(key: unknown, make: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = make() as DataLoader<unknown, unknown>;
      this.cache.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** A module's own batch function under a name unique in the process (e.g. `duty-counts:2024`). */
  batch<K extends string | number, V>(name: string, load: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.memo(`batch:${name}`, () => new DataLoader<K, V>(load));
  }

  /** Records by primary key, within the caller's read scope; missing or unseen ids load as null. */
  byId<E extends ObjectLiteral & { id: number }>(entity: EntityTarget<E>): DataLoader<number, E | null> {
    return this.memo(
      entity,
      () =>
        new DataLoader<number, E | null>(async (ids) => {
          if (readsWholeReference(entity, this.viewer)) {
            const cached = await referenceCache.rows(this.db, entity);
            if (ids.every((id) => cached.has(id))) return ids.map((id) => cached.get(id) ?? null);
          }
          const qb = this.db
            .getRepository(entity)
            .createQueryBuilder('r')
            .where('r.id IN (:...ids)', { ids: [...ids] });
          applyReadScope(qb, entity, 'r', this.viewer);
          const rows = await qb.getMany();
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /**
   * A reference record (township, sector, unit) by id: straight from the warm process cache when
   * possible — no promise for graphql-js to wait on for each nested field — else through byId.
   */
  reference<E extends ObjectLiteral & { id: number }>(
    entity: EntityTarget<E>,
    id: number | null,
  ): E | null | Promise<E | null> {
    if (id == null) return null;
    if (readsWholeReference(entity, this.viewer)) {
      const hit = referenceCache.peek(this.db, entity)?.get(id);
      if (hit) return hit;
    }
    return this.byId(entity).load(id);
  }

  /** Records grouped by a foreign-key column (e.g. memberships by committeeId), within the read scope. */
  manyBy<E extends ObjectLiteral>(entity: EntityTarget<E>, column: keyof E & string): DataLoader<number, E[]> {
    return this.memo(
      `${String(entity)}:${column}:many`,
      () =>
        new DataLoader<number, E[]>(async (keys) => {
          const qb = this.db
            .getRepository(entity)
            .createQueryBuilder('r')
            .where(`r.${column} IN (:...keys)`, { keys: [...keys] })
            .orderBy('r.id', 'ASC');
          applyReadScope(qb, entity, 'r', this.viewer);
          const rows = await qb.getMany();
          const groups = new Map<number, E[]>(keys.map((k) => [k, []]));
          for (const row of rows) groups.get(row[column] as number)?.push(row);
          return keys.map((k) => groups.get(k) ?? []);
        }),
    );
  }

  /** COUNT(*) grouped by a column in one query; `filter` adds SQL conditions. Aggregates are not scoped: comparisons are county-wide. */
  countBy(
    name: string,
    entity: EntityTarget<ObjectLiteral>,
    column: string,
    filter?: { sql: string; params?: Record<string, unknown> },
  ): DataLoader<number, number> {
    return this.memo(
      `count:${name}`,
      () =>
        new DataLoader<number, number>(async (keys) => {
          const qb = this.db
            .getRepository(entity)
            .createQueryBuilder('r')
            .select(`r.${column}`, 'key')
            .addSelect('COUNT(*)', 'n')
            .where(`r.${column} IN (:...keys)`, { keys: [...keys] })
            .groupBy(`r.${column}`);
          if (filter) qb.andWhere(filter.sql, filter.params ?? {});
          const rows = await qb.getRawMany<{ key: number | string; n: number | string }>();
          const counts = new Map(rows.map((r) => [Number(r.key), Number(r.n)]));
          return keys.map((k) => counts.get(k) ?? 0);
        }),
    );
  }
}
