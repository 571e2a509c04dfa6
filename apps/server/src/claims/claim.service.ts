import { ClaimReview, claimDecisionErrors, type ClaimableRecord } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid } from '../core/errors';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import type { PageInput, SortSpec } from '../core/pagination';
import { recordVerb } from '../core/record-verb';
import { defineScope, townshipScoped } from '../core/scope';
import { isPrincipal } from '../core/viewer';
import { Claim } from './claim.entity';
import { ClaimFilter, ClaimSortField } from './claim.inputs';
import { setRecordReview } from './claims';

// Officers read their own township's claims and the county's decisions on them; only the county decides.
defineScope(Claim, townshipScoped<Claim>('townshipId'));

const spec: ListSpec<Claim, ClaimFilter, ClaimSortField> = {
  alias: 'c',
  filterType: ClaimFilter,
  searchColumns: ['title', 'evidence'],
  sortColumns: { ID: 'id', CREATED_AT: 'createdAt', DECIDED_AT: 'decidedAt', TOWNSHIP: 'townshipId' },
  applyFilter(qb, f) {
    for (const key of ['review', 'kind', 'year', 'recordType'] as const) {
      if (f[key] != null) qb.andWhere(`c.${key} = :${key}`, { [key]: f[key] });
    }
    if (f.townshipId)
      qb.andWhere('c.townshipId = :townshipId', { townshipId: parseIds('filter.townshipId', [f.townshipId])[0] });
    if (f.recordId != null) qb.andWhere('c.recordId = :recordId', { recordId: f.recordId });
    if (!f.includeSuperseded) qb.andWhere('c.supersededAt IS NULL');
  },
};

export function listClaims(
  ctx: GraphQLContext,
  args: { filter?: ClaimFilter; sort?: SortSpec<ClaimSortField>[]; page?: PageInput },
) {
  return listRecords(ctx, Claim, spec, args);
}

/** 确认 / 不予确认: the county's decision on a waiting claim; the record's figures follow it. */
export function decideClaim(
  ctx: GraphQLContext,
  id: number,
  decision: ClaimReview.CONFIRMED | ClaimReview.REFUSED,
  note: string | null | undefined,
  expectedVersion: number | null | undefined,
): Promise<Claim> {
  const action = decision === ClaimReview.CONFIRMED ? 'CONFIRM_CLAIM' : 'REFUSE_CLAIM';
  return recordVerb(ctx, Claim, id, '成果申报', action, expectedVersion, async (before, manager) => {
    assertValid(
      before.supersededAt
        ? [{ field: 'id', message: '该申报已被记录的后续修改取代，请处理最新的申报' }]
        : claimDecisionErrors(before.review, decision, note),
    );
    await setRecordReview(manager, before.recordType as ClaimableRecord, before.recordId, before.kind, decision);
    const viewer = ctx.viewer;
    return {
      changes: {
        review: decision,
        decisionNote: note?.trim() || null,
        decidedById: isPrincipal(viewer) ? viewer.id : null,
        decidedByName: isPrincipal(viewer) ? viewer.name : null,
        decidedAt: new Date(),
      },
    };
  });
}
