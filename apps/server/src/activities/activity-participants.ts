import type { EntityManager } from 'typeorm';
import type { Attendance } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { childMemberIds, replaceChildRows } from '../core/child-rows';
import { memberKey, memberRowErrors } from '../members/member-rows';
import { assertValid, badInput } from '../core/errors';
import { recordVerb } from '../core/record-verb';
import { Activity, ActivityParticipant } from './activity.entity';
import type { ActivityParticipantInput } from './activity.inputs';

/**
 * Replaces an activity's participant list inside the caller's transaction. Members being
 * added must be active, and an officer may add only their own township's members
 * (BAD_USER_INPUT naming input.participants[i].memberId); members already listed stay.
 */
export async function replaceParticipants(
  ctx: GraphQLContext,
  manager: EntityManager,
  activityId: number,
  participants: ActivityParticipantInput[] | null | undefined,
  isNew: boolean,
): Promise<void> {
  if (participants == null) return;
  const ids = participants.map((p) => memberKey(p.memberId));
  const kept = isNew ? new Set<number>() : await childMemberIds(manager, ActivityParticipant, 'activityId', activityId);
  assertValid(await memberRowErrors(manager, ctx.viewer, ids, (i) => `input.participants[${i}].memberId`, kept));
  await replaceChildRows(
    manager,
    ActivityParticipant,
    'activityId',
    activityId,
    participants.map((p, i) => ({ memberId: ids[i], attendance: p.attendance })),
  );
}

/** Records one participant's attendance; a member who is not a participant is refused, naming memberId. */
export function setAttendance(
  ctx: GraphQLContext,
  activityId: number,
  memberId: string,
  attendance: Attendance,
  expectedVersion?: number | null,
): Promise<Activity> {
  return recordVerb(
    ctx,
    Activity,
    activityId,
    '活动',
    'SET_ATTENDANCE',
    expectedVersion,
    async (_activity, manager) => {
      const repo = manager.getRepository(ActivityParticipant);
      const row = await repo.findOneBy({ activityId, memberId: memberKey(memberId) });
      if (!row)
        throw badInput([{ field: 'memberId', message: `委员 ${memberId} 不是该活动的参与者，请先将其加入参与名单` }]);
      await repo.update({ id: row.id }, { attendance });
      return {
        auditBefore: { participant: { memberId: row.memberId, attendance: row.attendance } },
        auditAfter: { participant: { memberId: row.memberId, attendance } },
      };
    },
  );
}
