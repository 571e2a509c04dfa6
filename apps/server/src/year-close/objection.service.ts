import type { EntityManager } from 'typeorm';
import { ObjectionStatus, objectionAnswerErrors, objectionRaiseErrors, yearState } from '@cppcc/domain';
import { isMetricKey, isTownshipMetric } from '@cppcc/analytics';
import type { GraphQLContext } from '../core/context';
import { apiError, assertValid } from '../core/errors';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import type { PageInput, SortSpec } from '../core/pagination';
import { createRecord } from '../core/record-store';
import { recordVerb } from '../core/record-verb';
import { defineScope, townshipScoped } from '../core/scope';
import { isPrincipal, townshipScope } from '../core/viewer';
import { townshipComparison } from '../analytics/analytics.service';
import { Objection } from './objection.entity';
import { ObjectionFilter, ObjectionSortField, type ObjectionInput } from './objection.inputs';
import { latestEdition } from './year-edition.entity';

const LABEL = '数据异议';

// Officers read and raise their own township's objections; the county reads all and answers.
defineScope(Objection, townshipScoped<Objection>('townshipId'));

const spec: ListSpec<Objection, ObjectionFilter, ObjectionSortField> = {
  alias: 'o',
  filterType: ObjectionFilter,
  searchColumns: ['reason', 'evidence', 'answer'],
  sortColumns: { ID: 'id', CREATED_AT: 'createdAt', ANSWERED_AT: 'answeredAt', TOWNSHIP: 'townshipId' },
  applyFilter(qb, f) {
    for (const key of ['year', 'status', 'metric'] as const) {
      if (f[key] != null) qb.andWhere(`o.${key} = :${key}`, { [key]: f[key] });
    }
    if (f.townshipId)
      qb.andWhere('o.townshipId = :townshipId', { townshipId: parseIds('filter.townshipId', [f.townshipId])[0] });
  },
};

export function listObjections(
  ctx: GraphQLContext,
  args: { filter?: ObjectionFilter; sort?: SortSpec<ObjectionSortField>[]; page?: PageInput },
) {
  return listRecords(ctx, Objection, spec, args);
}

/** Open objections of the year: they hold its close back. */
export function openObjectionCount(manager: EntityManager, year: number): Promise<number> {
  return manager.getRepository(Objection).count({ where: { year, status: ObjectionStatus.OPEN } });
}

/** 提出异议: an officer disputes a figure of their township while the year is in review. */
export async function raiseObjection(ctx: GraphQLContext, input: ObjectionInput): Promise<Objection> {
  const township = townshipScope(ctx.viewer);
  if (township == null) throw apiError('FORBIDDEN', '只有乡镇（街道）政协工作人员可以对本乡镇的数据提出异议');
  const latest = await latestEdition(ctx.db.manager, input.year);
  assertValid(
    isMetricKey(input.metric) && isTownshipMetric(input.metric)
      ? objectionRaiseErrors(yearState(latest), input)
      : [{ field: 'input.metric', message: `没有这一乡镇指标：${input.metric}` }],
  );
  // The figure as disputed, so that the answer can be read against it.
  const comparison = await townshipComparison(ctx, input.year, [input.metric], false, 'records');
  const row = comparison.rows.find((r) => r.townshipId === String(township));
  const figure = row?.values.find((v) => v.key === input.metric)?.value ?? null;
  return createRecord(
    ctx,
    Objection,
    {
      year: input.year,
      townshipId: township,
      metric: input.metric,
      figure,
      reason: input.reason.trim(),
      evidence: input.evidence?.trim() || null,
      status: ObjectionStatus.OPEN,
      raisedByName: isPrincipal(ctx.viewer) ? ctx.viewer.name : null,
    },
    { label: LABEL, validate: () => [] },
  );
}

/** 答复: the county accepts (and fixes the records) or refuses with a reason. */
export function answerObjection(
  ctx: GraphQLContext,
  id: number,
  decision: ObjectionStatus.ACCEPTED | ObjectionStatus.REFUSED,
  answer: string | null | undefined,
  expectedVersion: number | null | undefined,
): Promise<Objection> {
  const action = decision === ObjectionStatus.ACCEPTED ? 'ACCEPT_OBJECTION' : 'REFUSE_OBJECTION';
  return recordVerb(ctx, Objection, id, LABEL, action, expectedVersion, (before) => {
    assertValid(objectionAnswerErrors(before.status, decision, answer));
    return {
      changes: {
        status: decision,
        answer: answer?.trim() || null,
        answeredByName: isPrincipal(ctx.viewer) ? ctx.viewer.name : null,
        answeredAt: new Date(),
      },
    };
  });
}
