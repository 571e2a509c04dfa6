import { Role } from '@cppcc/domain';
import { isPrincipal, type Viewer } from './viewer';

/**
 * The access rule of every GraphQL operation, declared beside its resolver and enforced in one
 * place (the access plugin) before anything executes. An operation with no rule is refused:
 * deny by default, and the authorization-matrix test fails on it.
 */
export type AccessRule =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[]; write: boolean };

export const ALL_ROLES: readonly Role[] = Object.values(Role);
/** Everyone who may read county-wide records (scopes still narrow officers and units). */
export const READERS: readonly Role[] = [Role.COUNTY_ADMIN, Role.LEADER, Role.TOWNSHIP_OFFICER, Role.API_CLIENT];
/** County-wide readers without township officers: what concerns the county as a whole or members across townships. */
export const COUNTY_READERS: readonly Role[] = [Role.COUNTY_ADMIN, Role.LEADER, Role.API_CLIENT];
export const ADMIN_ONLY: readonly Role[] = [Role.COUNTY_ADMIN];
export const ADMIN_AND_OFFICER: readonly Role[] = [Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER];

export const publicAccess = (): AccessRule => ({ kind: 'public' });
export const authenticated = (): AccessRule => ({ kind: 'authenticated' });
export const read = (roles: readonly Role[]): AccessRule => ({ kind: 'roles', roles, write: false });
export const write = (roles: readonly Role[]): AccessRule => ({ kind: 'roles', roles, write: true });

const RULES = new Map<string, AccessRule>();

/** Declares rules for root operations by field name (queries and mutations share one namespace here). */
export function allow(rules: Record<string, AccessRule>): void {
  for (const [operation, rule] of Object.entries(rules)) {
    const existing = RULES.get(operation);
    if (existing && JSON.stringify(existing) !== JSON.stringify(rule))
      throw new Error(`access rule for ${operation} declared twice`);
    RULES.set(operation, rule);
  }
}

export function accessRules(): ReadonlyMap<string, AccessRule> {
  return RULES;
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

/** The root operations this caller passes the gate for (myPermissions): the same rules, the same decide. */
export function allowedOperations(viewer: Viewer): string[] {
  return [...RULES]
    .filter(([, rule]) => decide(rule, viewer) === 'allow')
    .map(([operation]) => operation)
    .sort();
}

/** What the rule says for this caller; `undefined` rule means nobody declared one: refuse. */
export function decide(rule: AccessRule | undefined, viewer: Viewer): Decision {
  if (viewer.kind === 'system') return 'allow';
  if (!rule) return isPrincipal(viewer) ? 'forbidden' : 'unauthenticated';
  if (rule.kind === 'public') return 'allow';
  if (!isPrincipal(viewer)) return 'unauthenticated';
  if (rule.kind === 'authenticated') return 'allow';
  if (!rule.roles.includes(viewer.role)) return 'forbidden';
  if (rule.write && viewer.readOnly) return 'forbidden';
  return 'allow';
}
