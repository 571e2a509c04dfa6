import { IsNull, type EntityManager } from 'typeorm';
import {
  CLAIMS_OF,
  ClaimReview,
  Role,
  claimChange,
  claimEvidenceErrors,
  initialReview,
  type ClaimKind,
  type ClaimableRecord,
} from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid } from '../core/errors';
import { isPrincipal } from '../core/viewer';
import { Claim } from './claim.entity';

// The claim mechanism: a claimable record's write calls recordClaims in its transaction; the
// county's decision (claim.service.ts) sets the record's review column, which the figures read.

/** The table of each claimable record, for setting its review column. */
export const CLAIM_TABLE: Record<ClaimableRecord, string> = { OpinionReport: 'opinion_report', Activity: 'activity' };

export interface ClaimableRow {
  id: number;
  townshipId: number | null;
  year: number;
  title: string;
}

/** Sets the record's review column of a claim kind (null: it claims nothing). */
export async function setRecordReview(
  manager: EntityManager,
  recordType: ClaimableRecord,
  recordId: number,
  kind: ClaimKind,
  review: ClaimReview | null,
): Promise<void> {
  const column = (CLAIMS_OF[recordType] as Partial<Record<ClaimKind, string>>)[kind];
  if (!column) return;
  // Plain SQL: the query builder would bump the record's version, and a decision is no edit of it.
  const { escape } = manager.connection.driver;
  await manager.query(`UPDATE ${escape(CLAIM_TABLE[recordType])} SET ${escape(column)} = ? WHERE id = ?`, [
    review,
    recordId,
  ]);
}

/**
 * After a claimable record is written (same transaction): each claim whose values changed becomes a
 * new claim — confirmed at once when a county admin (or the system) wrote it, otherwise waiting,
 * with its evidence required — and replaces the one before; a claim the record no longer makes is
 * withdrawn. An unchanged claim keeps its decision. `before` is the record as it was: a result entered
 * before claims were kept (migrated, or demo data) has no claim row, and stays as it was unless changed.
 */
export async function recordClaims(
  ctx: Pick<GraphQLContext, 'viewer'>,
  manager: EntityManager,
  recordType: ClaimableRecord,
  record: ClaimableRow,
  evidence: string | null | undefined,
  before: object | null,
): Promise<void> {
  const repo = manager.getRepository(Claim);
  for (const kind of Object.keys(CLAIMS_OF[recordType]) as ClaimKind[]) {
    const current = await repo.findOne({ where: { recordType, recordId: record.id, kind, supersededAt: IsNull() } });
    const was = current ? (JSON.parse(current.claimed) as Record<string, unknown>) : before;
    const change = claimChange(kind, was, record);
    if (change.kind === 'none') continue;
    if (current) await repo.update(current.id, { supersededAt: new Date() });
    if (change.kind === 'cleared') {
      await setRecordReview(manager, recordType, record.id, kind, null);
      continue;
    }
    const viewer = ctx.viewer;
    const review = initialReview(isPrincipal(viewer) ? viewer.role : Role.COUNTY_ADMIN);
    assertValid(claimEvidenceErrors(review, evidence, 'input.claimEvidence'));
    const confirmed = review === ClaimReview.CONFIRMED;
    await repo.insert({
      kind,
      recordType,
      recordId: record.id,
      townshipId: record.townshipId,
      year: record.year,
      title: record.title,
      claimed: JSON.stringify(change.values),
      evidence: evidence?.trim() || null,
      review,
      claimedById: isPrincipal(viewer) ? viewer.id : null,
      claimedByName: isPrincipal(viewer) ? viewer.name : null,
      decidedById: confirmed && isPrincipal(viewer) ? viewer.id : null,
      decidedByName: confirmed && isPrincipal(viewer) ? viewer.name : null,
      decidedAt: confirmed ? new Date() : null,
      decisionNote: null,
      supersededAt: null,
    });
    await setRecordReview(manager, recordType, record.id, kind, review);
  }
}
