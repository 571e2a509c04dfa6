import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { GraphQLContext } from './context';
import { conflict, notFound } from './errors';
import { entityTypeName, inTransaction } from './record-store';
import { assertCanWrite } from './scope';
import { writeAudit } from './audit-log';

export interface VerbOutcome<E> {
  /** Columns the verb sets on the record (the version is always incremented). */
  changes?: Partial<E>;
  /** What the audit entry shows, when more than the record itself (e.g. the child row changed). */
  auditBefore?: object;
  auditAfter?: object;
}

/**
 * A workflow verb on one record (recordSupervisionPhase, setRectificationStatus,
 * setActivityAttendance …): loads it, checks the caller may write it, lets `apply` decide
 * (throwing INVALID_TRANSITION or BAD_USER_INPUT refuses), stores the change as a new
 * version and writes one audit entry — all in one transaction.
 */
export async function recordVerb<E extends ObjectLiteral & { id: number; version: number }>(
  ctx: GraphQLContext,
  entity: EntityTarget<E>,
  id: number,
  label: string,
  action: string,
  apply: (before: E, manager: EntityManager) => Promise<VerbOutcome<E>> | VerbOutcome<E>,
): Promise<E> {
  return inTransaction(ctx, async (manager) => {
    const repo = manager.getRepository(entity);
    const before = await repo.findOneBy({ id } as never);
    if (!before) throw notFound(label, id);
    assertCanWrite(ctx.viewer, entity, before);
    const outcome = await apply(before, manager);
    const result = await repo
      .createQueryBuilder()
      .update()
      .set({ ...(outcome.changes ?? {}), version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id, version: before.version })
      .execute();
    if (result.affected === 0) throw conflict(`${label}已被他人修改，请刷新后重试`);
    const after = (await repo.findOneByOrFail({ id } as never)) as E;
    await writeAudit(manager, ctx, {
      action,
      entityType: entityTypeName(entity),
      entityId: id,
      before: outcome.auditBefore ? { ...before, ...outcome.auditBefore } : before,
      after: outcome.auditAfter ? { ...after, ...outcome.auditAfter } : after,
    });
    return after;
  });
}
