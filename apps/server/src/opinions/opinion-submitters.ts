import type { EntityManager } from 'typeorm';
import type { GraphQLContext } from '../core/context';
import { childMemberIds, replaceChildRows } from '../core/child-rows';
import { memberKey, memberRowErrors } from '../members/member-rows';
import { assertValid } from '../core/errors';
import { OpinionSubmitter } from './opinion-report.entity';

/** Replaces a report's submitters (same member rules as activity participants). */
export async function replaceSubmitters(
  ctx: GraphQLContext,
  manager: EntityManager,
  reportId: number,
  submitterIds: string[] | null | undefined,
  isNew: boolean,
): Promise<void> {
  if (submitterIds == null) return;
  const ids = submitterIds.map(memberKey);
  const kept = isNew ? new Set<number>() : await childMemberIds(manager, OpinionSubmitter, 'reportId', reportId);
  assertValid(await memberRowErrors(manager, ctx.viewer, ids, (i) => `input.submitterIds[${i}]`, kept));
  await replaceChildRows(
    manager,
    OpinionSubmitter,
    'reportId',
    reportId,
    ids.map((memberId) => ({ memberId })),
  );
}
