import { In, type EntityManager } from 'typeorm';
import { memberReferenceErrors, type FieldError, type ReferencedMember } from '@cppcc/domain';
import { townshipScope, type Viewer } from '../core/viewer';
import { Member } from './member.entity';

// Members named by other records' rows (participants, submitters, supervisors, duty reports).

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
    ? await manager
        .getRepository(Member)
        .find({ where: { id: In(wanted) }, select: { id: true, status: true, archivedAt: true, townshipId: true } })
    : [];
  const found = new Map<number, ReferencedMember>(
    rows.map((m) => [m.id, { id: m.id, status: m.status, archived: m.archivedAt != null, townshipId: m.townshipId }]),
  );
  return memberReferenceErrors(ids, found, field, { kept, township: townshipScope(viewer) });
}
