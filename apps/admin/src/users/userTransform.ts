// What a user form sends: the township only for officers (and API clients), the unit only for
// unit users, the password only when set (on create) or when changing it.
import { Role } from '@cppcc/domain';

export const takesTownship = (role: unknown) => role === Role.TOWNSHIP_OFFICER;
export const takesUnit = (role: unknown) => role === Role.HANDLING_UNIT;

export function userTransform<T extends Record<string, unknown>>(data: T): T {
  const out: Record<string, unknown> = { ...data };
  if (!takesTownship(out.role)) out.townshipId = null;
  if (!takesUnit(out.role)) out.handlingUnitId = null;
  if (!out.changePassword && 'id' in out) delete out.password;
  if (typeof out.password === 'string' && out.password === '') delete out.password;
  delete out.changePassword;
  return out as T;
}
