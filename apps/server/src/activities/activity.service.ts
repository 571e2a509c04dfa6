import { recordOwner, registerAttachmentOwner } from '../core/attachment-owners';
import type { EntityManager } from 'typeorm';
import { activityErrors, yearOf, type FieldError } from '@cppcc/domain';
import type { CrudService } from '../core/crud-resolver';
import type { GraphQLContext } from '../core/context';
import { deleteWithChildren } from '../core/child-rows';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import { createRecord, definedOnly, referenceExists, updateRecord, type RecordRules, toId } from '../core/record-store';
import { defineScope, townshipScoped } from '../core/scope';
import { Township } from '../townships/township.entity';
import { Activity, ActivityParticipant } from './activity.entity';
import { ActivityFilter, ActivitySortField, type ActivityInput, type ActivityPatch } from './activity.inputs';
import { replaceParticipants } from './activity-participants';
import { Claim } from '../claims/claim.entity';
import { recordClaims } from '../claims/claims';

const byTownship = townshipScoped<Activity>('townshipId');

/**
 * Officers read their township's activities, and county activities (townshipId null) that a
 * member of their township takes part in — their members' plenary attendance is part of the
 * township's record. They write only their own township's activities (record store).
 */
defineScope(Activity, {
  read(viewer) {
    const own = byTownship.read(viewer);
    if (typeof own === 'boolean') return own;
    const attended = `{a}.townshipId IS NULL AND {a}.id IN (SELECT sap.activityId FROM activity_participant sap INNER JOIN member sapm ON sapm.id = sap.memberId WHERE sapm.townshipId = :scopeTownship)`;
    return { sql: `(${own.sql} OR (${attended}))`, params: own.params };
  },
  townshipsOf: byTownship.townshipsOf,
});

/** An officer sees every participant of their township's activities, and their own members' rows anywhere. */
defineScope(ActivityParticipant, {
  read(viewer) {
    const own = byTownship.read(viewer);
    if (typeof own === 'boolean') return own;
    return {
      sql: `({a}.activityId IN (SELECT spa.id FROM activity spa WHERE spa.townshipId = :scopeTownship) OR {a}.memberId IN (SELECT spm.id FROM member spm WHERE spm.townshipId = :scopeTownship))`,
      params: own.params,
    };
  },
});
registerAttachmentOwner('Activity', recordOwner(Activity, 'activity'));

const spec: ListSpec<Activity, ActivityFilter, ActivitySortField> = {
  alias: 'a',
  filterType: ActivityFilter,
  searchColumns: ['title', 'topic', 'location', 'reportTitle'],
  sortColumns: {
    ID: 'id',
    HELD_ON: 'heldOn',
    TITLE: 'title',
    KIND: 'kind',
    TOWNSHIP: 'townshipId',
    UPDATED_AT: 'updatedAt',
  },
  applyFilter(qb, f) {
    for (const key of ['kind', 'meetingKind', 'consultationScale', 'year'] as const) {
      if (f[key] != null) qb.andWhere(`a.${key} = :${key}`, { [key]: f[key] });
    }
    if (f.townshipId)
      qb.andWhere('a.townshipId = :townshipId', { townshipId: parseIds('filter.townshipId', [f.townshipId])[0] });
    if (f.county === true) qb.andWhere('a.townshipId IS NULL');
    if (f.county === false) qb.andWhere('a.townshipId IS NOT NULL');
    if (f.from) qb.andWhere('a.heldOn >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.heldOn <= :to', { to: f.to });
    if (f.memberId) {
      qb.andWhere('a.id IN (SELECT fap.activityId FROM activity_participant fap WHERE fap.memberId = :memberId)', {
        memberId: parseIds('filter.memberId', [f.memberId])[0],
      });
    }
  },
};

export async function validateActivity(a: Activity, manager: EntityManager): Promise<FieldError[]> {
  return [
    ...activityErrors(a),
    ...(await referenceExists(manager, Township, a.townshipId, 'input.townshipId', '乡镇')),
  ];
}

const activityRules: RecordRules<Activity> = { label: '活动', validate: validateActivity };

/** Counts a user clears (null) are 0: the columns hold no "unknown". */
const ZERO_WHEN_CLEARED = ['suggestionsMade', 'suggestionsAdopted', 'donationYuan'] as const;

/** Input → columns: ids as numbers (text that is no id cannot match), year from heldOn. */
export function activityColumns(input: ActivityInput | ActivityPatch): Partial<Activity> {
  const { townshipId, participants: _participants, claimEvidence: _evidence, ...rest } = input;
  const columns = definedOnly(rest) as Partial<Activity>;
  for (const key of ZERO_WHEN_CLEARED) if (columns[key] === null) columns[key] = 0;
  if (townshipId !== undefined) columns.townshipId = townshipId === null ? null : toId(townshipId, 'input.townshipId');
  if (rest.title != null) columns.title = rest.title.trim();
  if (rest.heldOn) columns.year = yearOf(rest.heldOn);
  return columns;
}

export const activityService: CrudService<Activity, ActivityFilter, ActivityInput, ActivityPatch, ActivitySortField> = {
  get: (ctx, id) => ctx.loaders.byId(Activity).load(id),
  list: (ctx, args) => listRecords(ctx, Activity, spec, args),
  create: (ctx, input) =>
    createRecord(ctx, Activity, activityColumns(input), activityRules, async (saved, m) => {
      await replaceParticipants(ctx, m, saved.id, input.participants, true);
      await recordClaims(ctx, m, 'Activity', saved, input.claimEvidence, null);
    }),
  update: (ctx, id, patch, expectedVersion) =>
    updateRecord(
      ctx,
      Activity,
      id,
      activityColumns(patch),
      expectedVersion,
      activityRules,
      async (saved, m, before) => {
        await replaceParticipants(ctx, m, saved.id, patch.participants, false);
        await recordClaims(ctx, m, 'Activity', saved, patch.claimEvidence, before);
      },
    ),
  remove: (ctx: GraphQLContext, id: number) =>
    deleteWithChildren(ctx, Activity, id, '活动', [
      { entity: ActivityParticipant, column: 'activityId' },
      { entity: Claim, column: 'recordId', match: { recordType: 'Activity' } },
    ]),
};
