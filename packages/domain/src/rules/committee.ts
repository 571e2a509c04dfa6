import { CommitteeRole } from '../enums';
import type { FieldError } from './field-error';

/** A committee has each member at most once and at most one 主任. */
export function committeeRoster(
  entries: { memberId: string | number; role: CommitteeRole }[],
  field = 'input.members',
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const key = String(e.memberId);
    if (seen.has(key)) errors.push({ field: `${field}[${i}].memberId`, message: `委员 ${key} 重复` });
    seen.add(key);
  });
  if (entries.filter((e) => e.role === CommitteeRole.DIRECTOR).length > 1) {
    errors.push({ field, message: '一个专委会只能有一名主任' });
  }
  return errors;
}
