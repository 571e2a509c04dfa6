import { Role } from '@cppcc/domain';
import { countyOnlyScope, type EntityScope, type ScopeCondition } from '../core/scope';
import { hasRole, unitScope } from '../core/viewer';

/** Supervision is county work: county-wide readers, and a handling unit for what concerns it. */
export const SUPERVISION_READERS: readonly Role[] = [
  Role.COUNTY_ADMIN,
  Role.LEADER,
  Role.API_CLIENT,
  Role.HANDLING_UNIT,
];

/**
 * Rows a handling unit reads because they concern it (`condition(unitId)`); county-wide
 * callers read all; township callers none. A unit login without a unit reads nothing.
 */
export function unitOwnedScope<E>(condition: (unitId: number) => ScopeCondition): EntityScope<E> {
  return {
    read(viewer) {
      if (hasRole(viewer, Role.HANDLING_UNIT)) {
        const unit = unitScope(viewer);
        return unit == null ? false : condition(unit);
      }
      return countyOnlyScope<E>().read(viewer);
    },
  };
}
