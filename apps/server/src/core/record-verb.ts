import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { GraphQLContext } from './context';
import { changeRecord, type WritePlan } from './record-store';

export type VerbOutcome<E> = Omit<WritePlan<E>, 'writeRelated'>;

/**
 * A workflow verb on one record (recordSupervisionPhase, setRectificationStatus,
 * setActivityAttendance …) through the one write path (changeRecord): `apply` decides
 * (throwing INVALID_TRANSITION or BAD_USER_INPUT refuses) and may write related rows itself.
 */
export function recordVerb<E extends ObjectLiteral & { id: number; version: number }>(
  ctx: GraphQLContext,
  entity: EntityTarget<E>,
  id: number,
  label: string,
  action: string,
  expectedVersion: number | null | undefined,
  apply: (before: E, manager: EntityManager) => Promise<VerbOutcome<E>> | VerbOutcome<E>,
): Promise<E> {
  return changeRecord(ctx, entity, id, { label, action, expectedVersion, plan: apply });
}
