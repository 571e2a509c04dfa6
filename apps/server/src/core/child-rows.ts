import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { GraphQLContext } from './context';
import { deleteRecord } from './record-store';
import { townshipScoped, type EntityScope } from './scope';

// Child rows: the rows a record owns and replaces as a whole (a committee's roster, an
// activity's participants, a report's submitters, a plan's items).

/**
 * Replaces every child row of one parent inside the caller's transaction. The old rows go by
 * primary key: a delete by the parent column would take InnoDB gap locks on its index, and two
 * parents written at once (two new members, say) would deadlock on each other's inserts.
 */
export async function replaceChildRows<C extends ObjectLiteral & { id: number }>(
  manager: EntityManager,
  entity: EntityTarget<C>,
  parentColumn: keyof C & string,
  parentId: number,
  rows: Partial<C>[],
): Promise<void> {
  const repo = manager.getRepository(entity);
  const old = await repo.find({ where: { [parentColumn]: parentId } as never, select: { id: true } as never });
  if (old.length > 0) await repo.delete(old.map((row) => row.id));
  if (rows.length > 0) await repo.insert(rows.map((row) => ({ ...row, [parentColumn]: parentId })) as never);
}

/** The member ids a parent's child rows name now (for "members already on the record"). */
export async function childMemberIds<C extends ObjectLiteral & { memberId: number }>(
  manager: EntityManager,
  entity: EntityTarget<C>,
  parentColumn: keyof C & string,
  parentId: number | null,
): Promise<Set<number>> {
  if (parentId == null) return new Set();
  const rows = await manager
    .getRepository(entity)
    .find({ where: { [parentColumn]: parentId } as never, select: { memberId: true } as never });
  return new Set(rows.map((r) => r.memberId));
}

/**
 * Rows visible exactly where their parent row is, for parents kept in a township column:
 * `{a}.<column> IN (SELECT id FROM <parentTable> WHERE townshipId = :scopeTownship)` for a
 * township caller, every row for county-wide callers, none for handling units.
 */
export function throughParentScope<E>(column: keyof E & string, parentTable: string): EntityScope<E> {
  const parent = townshipScoped<Record<string, unknown>>('townshipId');
  return {
    read(viewer) {
      const condition = parent.read(viewer);
      if (typeof condition === 'boolean') return condition;
      return {
        sql: `{a}.${column} IN (SELECT sp.id FROM ${parentTable} sp WHERE ${condition.sql.replaceAll('{a}', 'sp')})`,
        params: condition.params,
      };
    },
  };
}

export interface ChildTable {
  entity: EntityTarget<ObjectLiteral>;
  /** The child's column holding the parent id. */
  column: string;
  /** Further columns the child rows match, when the table holds children of several parents (claims). */
  match?: Record<string, string>;
}

/**
 * Hard-deletes a record with its child rows, in one transaction with one audit entry. The
 * children go in deleteRecord's guard, which runs inside that transaction after the write check.
 */
export function deleteWithChildren(
  ctx: GraphQLContext,
  entity: EntityTarget<ObjectLiteral & { id: number }>,
  id: number,
  label: string,
  children: ChildTable[],
): Promise<boolean> {
  return deleteRecord(ctx, entity, id, label, async (manager) => {
    for (const child of children)
      await manager.getRepository(child.entity).delete({ ...child.match, [child.column]: id });
    return null;
  });
}
