import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

const keysCache = new WeakMap<EntityMetadata, Map<string, string[]>>();

function rawKeys(db: DataSource, metadata: EntityMetadata, alias: string): string[] {
  let byAlias = keysCache.get(metadata);
  if (!byAlias) keysCache.set(metadata, (byAlias = new Map()));
  let keys = byAlias.get(alias);
  if (!keys) byAlias.set(alias, (keys = metadata.columns.map((c) => DriverUtils.buildAlias(db.driver, undefined, alias, c.databaseName))));
  return keys;
}

/**
 * Entities from the raw rows of a single-table select, converted column by column as TypeORM
 * does (dates, booleans, transformers) but without its join-aware result grouping, which is
 * most of the cost of a list page.
 */
export function hydrate<E extends ObjectLiteral>(db: DataSource, metadata: EntityMetadata, alias: string, rows: Record<string, unknown>[]): E[] {
  const keys = rawKeys(db, metadata, alias);
  return rows.map((raw) => {
    const entity = metadata.create() as E;
    metadata.columns.forEach((column, i) => {
      const value = raw[keys[i]];
      if (value !== undefined) column.setEntityValue(entity, db.driver.prepareHydratedValue(value, column));
    });
    return entity;
  });
}
