// Who may do what in the console: pure functions mirroring the API's rules (DOMAIN.md).
// They only decide what the console shows; the server enforces the same rules.
//   COUNTY_ADMIN      everything
//   TOWNSHIP_OFFICER  reads the registry; writes members of their own township; edits their
//                     own township's CPPCC body (name of the body, its kind, director)
//   LEADER, API_CLIENT read-only
//   HANDLING_UNIT     none of the registry (their page is 我的交办提案)
import { Role } from '@cppcc/domain';

export { Role };

/** What authProvider.getPermissions() returns. */
export interface Permissions {
  role: Role;
  townshipId?: string | null;
  handlingUnitId?: string | null;
}

/** A bare role is enough for resource-level checks; record-level checks need the scope too. */
export type Who = Role | Permissions | null | undefined;

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | string;

export const REGISTRY_RESOURCES = ['townships', 'sectors', 'committees', 'members', 'handlingUnits'] as const;

/** Custom pages (not resources) by key. */
export const PAGES = {
  dashboard: 'dashboard',
  myProposals: 'myProposals',
} as const;

type AnyRecord = { id?: unknown; townshipId?: unknown; [key: string]: unknown } | null | undefined;

function roleOf(who: Who): Role | null {
  if (!who) return null;
  return typeof who === 'string' ? who : who.role;
}

function townshipOf(who: Who): string | null {
  if (!who || typeof who === 'string' || who.townshipId == null) return null;
  return String(who.townshipId);
}

const isRegistry = (resource: string) => (REGISTRY_RESOURCES as readonly string[]).includes(resource);

/** Township fields an officer may change on their own township (the CPPCC body's information). */
export const OFFICER_TOWNSHIP_FIELDS = ['bodyName', 'bodyKind', 'director'] as const;

export function canRead(who: Who, resource: string): boolean {
  const role = roleOf(who);
  if (!role) return false;
  if (resource === PAGES.myProposals) return role === Role.HANDLING_UNIT;
  if (resource === PAGES.dashboard) return role !== Role.HANDLING_UNIT;
  if (!isRegistry(resource)) return role === Role.COUNTY_ADMIN;
  return role === Role.COUNTY_ADMIN || role === Role.TOWNSHIP_OFFICER || role === Role.LEADER || role === Role.API_CLIENT;
}

export function canCreate(who: Who, resource: string): boolean {
  const role = roleOf(who);
  if (role === Role.COUNTY_ADMIN) return isRegistry(resource);
  if (role === Role.TOWNSHIP_OFFICER) return resource === 'members' && (typeof who === 'string' || townshipOf(who) !== null);
  return false;
}

/**
 * Without a record: may this role edit some records of the resource (the edit page opens)?
 * With a record: may they edit this one?
 */
export function canEdit(who: Who, resource: string, record?: AnyRecord): boolean {
  const role = roleOf(who);
  if (role === Role.COUNTY_ADMIN) return isRegistry(resource);
  if (role !== Role.TOWNSHIP_OFFICER) return false;
  if (resource === 'members') {
    if (!record) return true;
    const own = townshipOf(who);
    return own !== null && record.townshipId != null && String(record.townshipId) === own;
  }
  if (resource === 'townships') {
    if (!record) return true;
    const own = townshipOf(who);
    return own !== null && record.id != null && String(record.id) === own;
  }
  return false;
}

/** Delete, or archive for members and handling units. Officers archive members of their own township. */
export function canDelete(who: Who, resource: string, record?: AnyRecord): boolean {
  const role = roleOf(who);
  if (role === Role.COUNTY_ADMIN) return isRegistry(resource);
  if (role === Role.TOWNSHIP_OFFICER && resource === 'members') return canEdit(who, resource, record);
  return false;
}

/** May this user change this field of the record in the edit form? */
export function canEditField(who: Who, resource: string, field: string): boolean {
  const role = roleOf(who);
  if (role === Role.COUNTY_ADMIN) return true;
  if (role === Role.TOWNSHIP_OFFICER) {
    if (resource === 'townships') return (OFFICER_TOWNSHIP_FIELDS as readonly string[]).includes(field);
    if (resource === 'members') return field !== 'townshipId';
  }
  return false;
}

/** react-admin's authProvider.canAccess, in terms of the functions above. */
export function canAccess(who: Who, action: Action, resource: string, record?: AnyRecord): boolean {
  switch (action) {
    case 'list':
    case 'show':
    case 'export':
      return canRead(who, resource);
    case 'create':
    case 'clone':
      return canCreate(who, resource);
    case 'edit':
      return canEdit(who, resource, record);
    case 'delete':
      return canDelete(who, resource, record);
    default:
      return roleOf(who) === Role.COUNTY_ADMIN;
  }
}

/** A township officer's list of members is fixed to their township. */
export function fixedTownshipFilter(who: Who): { townshipId: string } | undefined {
  const role = roleOf(who);
  const own = townshipOf(who);
  return role === Role.TOWNSHIP_OFFICER && own !== null ? { townshipId: own } : undefined;
}
