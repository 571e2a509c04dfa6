import { Role } from '../enums';

/**
 * Who may change which field of a record, where that is narrower than who may write the record
 * at all: field → roles. A field not named here may be changed by every writer of the record.
 * The server refuses the others (FORBIDDEN naming the field); the console shows them read-only.
 */
export type FieldWriters = Readonly<Record<string, readonly Role[]>>;

const COUNTY: readonly Role[] = [Role.COUNTY_ADMIN];
const COUNTY_AND_OWN_OFFICER: readonly Role[] = [Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER];

/**
 * A township's identity (name, code, kind, its CPPCC body and the body's kind, its place in the
 * county's order) is the county's; the township's own officer keeps its contact fields current.
 */
export const TOWNSHIP_FIELD_WRITERS: FieldWriters = {
  name: COUNTY,
  code: COUNTY,
  kind: COUNTY,
  bodyName: COUNTY,
  bodyKind: COUNTY,
  sortOrder: COUNTY,
  director: COUNTY_AND_OWN_OFFICER,
  phone: COUNTY_AND_OWN_OFFICER,
  address: COUNTY_AND_OWN_OFFICER,
};

/** May this role change this field (given that it may write the record)? */
export function mayChangeField(writers: FieldWriters | undefined, role: Role, field: string): boolean {
  const roles = writers?.[field];
  return roles === undefined || roles.includes(role);
}
