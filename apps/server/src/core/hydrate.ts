import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

interface ColumnPlan {
  key: string;
  property: string;
  /** The driver's conversion, or undefined where the raw value is already the entity's value. */
  convert?: (value: unknown) => unknown;
}

// Column types whose raw values both drivers hand over unchanged (prepareHydratedValue is the identity).
const PLAIN_TYPES = new Set<unknown>(['varchar', 'text', 'integer', 'int', String]);

function isPlain(column: ColumnMetadata): boolean {
  return (
    PLAIN_TYPES.has(column.type) &&
    !column.transformer &&
    !column.embeddedMetadata &&
    !(column.isVirtual && column.referencedColumn)
  );
}

const plans = new WeakMap<EntityMetadata, Map<string, ColumnPlan[]>>();

function planFor(db: DataSource, metadata: EntityMetadata, alias: string): ColumnPlan[] {
  let byAlias = plans.get(metadata);
  if (!byAlias) plans.set(metadata, (byAlias = new Map()));
  let plan = byAlias.get(alias);
  if (!plan) {
    plan = metadata.columns.map((column) => ({
      key: DriverUtils.buildAlias(db.driver, undefined, alias, column.databaseName),
      property: column.propertyName,
      convert: isPlain(column) ? undefined : (value: unknown) => db.driver.prepareHydratedValue(value, column),
    }));
    byAlias.set(alias, plan);
  }
  return plan;
}

/**
 * Entities from the raw rows of a single-table select, converted column by column as TypeORM
 * does (dates, booleans, transformers) but without its join-aware result grouping, which is
 * most of the cost of a list page. Plain text and integer columns are copied as they come.
 */
export function hydrate<E extends ObjectLiteral>(
  db: DataSource,
  metadata: EntityMetadata,
  alias: string,
  rows: Record<string, unknown>[],
): E[] {
  const plan = planFor(db, metadata, alias);
  const prototype = (metadata.target as { prototype: object }).prototype;
  return rows.map((raw) => {
    // No constructor call, as TypeORM loads entities that skip theirs: ours have no initialisers
    // (field declarations only), and running them per row showed in profiles.
    const entity = Object.create(prototype) as Record<string, unknown>;
    for (const column of plan) {
      const value = raw[column.key];
      if (value !== undefined) entity[column.property] = column.convert ? column.convert(value) : value;
    }
    return entity as E;
  });
}
