import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role } from '@cppcc/domain';
import { apiError } from './errors';
import { isPrincipal, townshipScope, unitScope, type Viewer } from './viewer';

/**
 * Row-level scoping, in one place: every list (listRecords), every single read and nested
 * relation (Loaders.byId) and every write (record store) asks the entity's scope.
 */
export interface ScopeCondition {
  /** SQL over the query's alias, written with `{a}` for the alias, e.g. `{a}.townshipId = :tsp` */
  sql: string;
  params?: Record<string, unknown>;
}

export interface EntityScope<E> {
  /** Rows the viewer may read: a condition, `true` for all rows, `false` for none. */
  read(viewer: Viewer): ScopeCondition | boolean;
  /** Townships a record belongs to; officers may write only records wholly in their township. */
  townshipsOf?(record: E): (number | null)[];
  /** Small reference data every caller reads whole: served from the process cache. */
  cacheable?: boolean;
}

const SCOPES = new Map<unknown, EntityScope<never>>();

export function defineScope<E>(entity: EntityTarget<E>, scope: EntityScope<E>): void {
  SCOPES.set(entity, scope as EntityScope<never>);
}

function scopeOf<E>(entity: EntityTarget<E>): EntityScope<E> | undefined {
  return SCOPES.get(entity) as EntityScope<E> | undefined;
}

/** Unscoped callers: the system, admins, leaders, county-wide API tokens. */
function countyWide(viewer: Viewer): boolean {
  return (
    viewer.kind === 'system' || (isPrincipal(viewer) && townshipScope(viewer) == null && unitScope(viewer) == null)
  );
}

/** Reference data every signed-in caller reads (townships, sectors, committees, units). */
export function referenceScope<E>(): EntityScope<E> {
  return { read: (viewer) => viewer.kind === 'system' || isPrincipal(viewer), cacheable: true };
}

/** True when the viewer reads every row of a cacheable reference entity. */
export function readsWholeReference<E>(entity: EntityTarget<E>, viewer: Viewer): boolean {
  return scopeOf(entity)?.cacheable === true && conditionFor(entity, viewer) === true;
}

/**
 * Records that belong to one township through a column: officers read their township's only,
 * handling units none (unless `forUnit` says which), county-wide callers all.
 */
export function townshipScoped<E extends ObjectLiteral>(
  column: keyof E & string,
  forUnit?: (unitId: number) => ScopeCondition,
): EntityScope<E> {
  return {
    read(viewer) {
      if (countyWide(viewer)) return true;
      const unit = unitScope(viewer);
      if (unit != null) return forUnit ? forUnit(unit) : false;
      const township = townshipScope(viewer);
      return township != null ? { sql: `{a}.${column} = :scopeTownship`, params: { scopeTownship: township } } : false;
    },
    townshipsOf: (record) => [record[column] as number | null],
  };
}

/** Only county-wide callers read these (audit, users, tokens); unscoped entities default to this. */
export function countyOnlyScope<E>(): EntityScope<E> {
  return { read: (viewer) => countyWide(viewer) };
}

function conditionFor<E>(entity: EntityTarget<E>, viewer: Viewer): ScopeCondition | boolean {
  const scope = scopeOf(entity) ?? countyOnlyScope<E>();
  return scope.read(viewer);
}

/** True when the viewer reads every row of the entity (nothing to hide from them). */
export function readsEveryRow<E>(entity: EntityTarget<E>, viewer: Viewer): boolean {
  return conditionFor(entity, viewer) === true;
}

/** Narrows a query to what the viewer may read. */
export function applyReadScope<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  entity: EntityTarget<E>,
  alias: string,
  viewer: Viewer,
): void {
  const condition = conditionFor(entity, viewer);
  if (condition === true) return;
  if (condition === false) {
    qb.andWhere('1 = 0');
    return;
  }
  qb.andWhere(condition.sql.replaceAll('{a}', alias), condition.params ?? {});
}

export function forbidden(message = '无权执行此操作'): Error {
  return apiError('FORBIDDEN', message);
}

/**
 * Write check for one record as it was and as it would be: a township officer may touch only
 * records that are, and stay, in their own township; read-only and other roles nothing.
 */
export function assertCanWrite<E>(viewer: Viewer, entity: EntityTarget<E>, ...records: (E | null | undefined)[]): void {
  if (viewer.kind === 'system') return;
  if (!isPrincipal(viewer) || viewer.readOnly) throw forbidden();
  if (viewer.role === Role.COUNTY_ADMIN && townshipScope(viewer) == null) return;
  const township = townshipScope(viewer);
  const scope = scopeOf(entity);
  if (township == null || !scope?.townshipsOf) throw forbidden();
  for (const record of records) {
    if (!record) continue;
    for (const t of scope.townshipsOf(record)) {
      if (t !== township) throw forbidden('只能修改本乡镇的记录');
    }
  }
}
