import { Role } from '@cppcc/domain';

/** Who is calling: decided once per request from the Authorization header. */
export type Viewer =
  | { kind: 'anonymous' }
  /** The server itself (seeding, CLI): not bound by scopes. */
  | { kind: 'system' }
  | {
      kind: 'user' | 'token';
      /** user id, or the API token's id */
      id: number;
      name: string;
      role: Role;
      townshipId: number | null;
      handlingUnitId: number | null;
      /** API tokens are read-only unless issued otherwise */
      readOnly: boolean;
      /** An API token issued with the personal-data permission (see core/personal-data.ts) */
      personalData?: boolean;
    };

export type Principal = Extract<Viewer, { kind: 'user' | 'token' }>;

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
export const SYSTEM: Viewer = { kind: 'system' };

export function isPrincipal(viewer: Viewer): viewer is Principal {
  return viewer.kind === 'user' || viewer.kind === 'token';
}

/** The township a caller is confined to, if any (officers, and tokens issued for one township). */
export function townshipScope(viewer: Viewer): number | null {
  return isPrincipal(viewer)
    ? viewer.role === Role.TOWNSHIP_OFFICER || viewer.townshipId != null
      ? viewer.townshipId
      : null
    : null;
}

/** The handling unit a caller is confined to, if any. */
export function unitScope(viewer: Viewer): number | null {
  return isPrincipal(viewer) && viewer.role === Role.HANDLING_UNIT ? viewer.handlingUnitId : null;
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return isPrincipal(viewer) && roles.includes(viewer.role);
}
