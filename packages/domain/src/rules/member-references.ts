import { MemberStatus } from '../enums';
import type { FieldError } from './field-error';

/** What the rules need to know of a member named in a record (participant, submitter …). */
export interface ReferencedMember {
  id: number;
  status: MemberStatus;
  archived: boolean;
  townshipId: number;
}

export interface MemberReferenceOptions {
  /** Members already on the record: kept as they are, even if they have left since. */
  kept?: ReadonlySet<number>;
  /** The caller's township when confined to one: new members must belong to it. */
  township?: number | null;
}

/**
 * Errors of a list of member ids a record names (`field(i)` names entry i): each member
 * once; members being added must exist, be 在任 (ACTIVE) and not archived, and — for a
 * caller confined to a township — belong to that township. A member of another township
 * reads as "not found" to such a caller: they may not learn whether it exists.
 */
export function memberReferenceErrors(
  ids: readonly number[],
  found: ReadonlyMap<number, ReferencedMember>,
  field: (i: number) => string,
  options: MemberReferenceOptions = {},
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      errors.push({ field: field(i), message: `委员 ${id} 重复` });
      return;
    }
    seen.add(id);
    if (options.kept?.has(id)) return;
    const member = found.get(id);
    const confined = options.township != null;
    if (!member || (confined && member.townshipId !== options.township)) {
      errors.push({ field: field(i), message: confined ? `委员 ${id} 不存在或不属于本乡镇` : `委员 ${id} 不存在` });
    } else if (member.archived || member.status !== MemberStatus.ACTIVE)
      errors.push({ field: field(i), message: `委员 ${id} 不是在任委员` });
  });
  return errors;
}
