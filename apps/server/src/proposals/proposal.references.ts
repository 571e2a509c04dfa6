import { In, type EntityManager } from 'typeorm';
import type { FieldError, ReferencedMember } from '@cppcc/domain';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { Member } from '../members/member.entity';

/** A GraphQL ID as a stored key; text that is no id becomes -1, which then reads as "not found". */
export function refId(value: string | number | null | undefined): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : -1;
}

/** Members by id, unscoped (the rules decide what a confined caller may learn), as the member rules see them. */
export async function loadMembers(
  manager: EntityManager,
  ids: readonly number[],
): Promise<Map<number, ReferencedMember>> {
  const wanted = [...new Set(ids.filter((id) => id > 0))];
  if (wanted.length === 0) return new Map();
  const rows = await manager.getRepository(Member).find({
    where: { id: In(wanted) },
    select: { id: true, status: true, archivedAt: true, townshipId: true },
  });
  return new Map(
    rows.map((m) => [m.id, { id: m.id, status: m.status, archived: m.archivedAt != null, townshipId: m.townshipId }]),
  );
}

export interface UnitReference {
  /** The input field naming the unit, e.g. input.coUnitIds[1]. */
  field: string;
  /** The id as given. */
  value: string;
}

/** Handling units an assignment names: each must exist and must not be archived (archived units get no new work). */
export async function unitReferences(
  manager: EntityManager,
  refs: readonly UnitReference[],
): Promise<{ errors: FieldError[]; units: Map<number, HandlingUnit> }> {
  const wanted = [...new Set(refs.map((r) => refId(r.value)).filter((id) => id > 0))];
  const rows = wanted.length ? await manager.getRepository(HandlingUnit).findBy({ id: In(wanted) }) : [];
  const units = new Map(rows.map((u) => [u.id, u]));
  const errors: FieldError[] = [];
  for (const ref of refs) {
    const unit = units.get(refId(ref.value));
    if (!unit) errors.push({ field: ref.field, message: `承办单位 ${ref.value} 不存在` });
    else if (unit.archivedAt) errors.push({ field: ref.field, message: `承办单位「${unit.name}」已归档，不能再交办` });
  }
  return { errors, units };
}
