import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { memberReferenceErrors, type FieldError, type ReferencedMember } from '@cppcc/domain';
import type { GraphQLContext } from './context';
import { deleteRecord } from './record-store';
import { townshipScoped, type EntityScope } from './scope';
import { townshipScope, type Viewer } from './viewer';
import { Member } from '../members/member.entity';

// Child rows: the rows a record owns and replaces as a whole (a committee's roster, an
// activity's participants, a report's submitters, a plan's items).

/** Replaces every child row of one parent inside the caller's transaction. */
export async function replaceChildRows<C extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<C>,
  parentColumn: keyof C & string,
  parentId: number,
  rows: Partial<C>[],
): Promise<void> {
  const repo = manager.getRepository(entity);
  await repo.delete({ [parentColumn]: parentId } as never);
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
  const rows = await manager.getRepository(entity).find({ where: { [parentColumn]: parentId } as never, select: { memberId: true } as never });
  return new Set(rows.map((r) => r.memberId));
}

/** A GraphQL ID for a member as a key: text that is not a positive integer can match no member. */
export function memberKey(id: string | number): number {
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : -1;
}

/**
 * Errors of the members a record names (see memberReferenceErrors): members being added must
 * be active, and a township caller may add only their own township's members.
 */
export async function memberRowErrors(
  manager: EntityManager,
  viewer: Viewer,
  ids: readonly number[],
  field: (i: number) => string,
  kept: ReadonlySet<number> = new Set(),
): Promise<FieldError[]> {
  const wanted = [...new Set(ids.filter((id) => id > 0 && !kept.has(id)))];
  const rows = wanted.length
    ? await manager.getRepository(Member).find({ where: { id: In(wanted) }, select: { id: true, status: true, archivedAt: true, townshipId: true } })
    : [];
  const found = new Map<number, ReferencedMember>(rows.map((m) => [m.id, { id: m.id, status: m.status, archived: m.archivedAt != null, townshipId: m.townshipId }]));
  return memberReferenceErrors(ids, found, field, { kept, township: townshipScope(viewer) });
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
      return { sql: `{a}.${column} IN (SELECT sp.id FROM ${parentTable} sp WHERE ${condition.sql.replaceAll('{a}', 'sp')})`, params: condition.params };
    },
  };
}

export interface ChildTable {
  entity: EntityTarget<ObjectLiteral>;
  /** The child's column holding the parent id. */
  column: string;
}

/**
 * Hard-deletes a record with its child rows, in one transaction with one audit entry. The
 * children go in deleteRecord's guard, which runs inside that transaction after the write check.
 */
export function deleteWithChildren(ctx: GraphQLContext, entity: EntityTarget<ObjectLiteral & { id: number }>, id: number, label: string, children: ChildTable[]): Promise<boolean> {
  return deleteRecord(ctx, entity, id, label, async (manager) => {
    for (const child of children) await manager.getRepository(child.entity).delete({ [child.column]: id });
    return null;
  });
}
