import { ClaimKind, ClaimReview, OpinionStatus, Role } from '../enums';
import { GOVERNMENT_LEVEL_LABELS } from '../labels';
import type { FieldError } from './field-error';

// Results a township reports about its own work — an opinion report adopted (and where it
// appeared), a leader's instruction on it, suggestions of an activity adopted — are claims until
// the county confirms them; only confirmed claims count in the figures (docs/domain.md, claims).

/** The record columns each kind of claim consists of, by record. */
export const CLAIM_COLUMNS = {
  [ClaimKind.OPINION_ADOPTION]: ['status', 'adoptionLevel', 'adoptedOn', 'publishedIssue'],
  [ClaimKind.LEADER_INSTRUCTION]: ['leaderInstruction', 'instructionLevel', 'instructionLeader', 'instructedOn'],
  [ClaimKind.SUGGESTIONS_ADOPTED]: ['suggestionsAdopted'],
} as const satisfies Record<ClaimKind, readonly string[]>;

/** Which claims a record of each claimable table can carry, and its column holding each one's review. */
export const CLAIMS_OF = {
  OpinionReport: {
    [ClaimKind.OPINION_ADOPTION]: 'adoptionReview',
    [ClaimKind.LEADER_INSTRUCTION]: 'instructionReview',
  },
  Activity: { [ClaimKind.SUGGESTIONS_ADOPTED]: 'adoptionReview' },
} as const;

export type ClaimableRecord = keyof typeof CLAIMS_OF;

type Values = Record<string, unknown>;

/** What a record claims of a kind, or null when it claims nothing (not adopted, no instruction, none adopted). */
export function claimedValues(kind: ClaimKind, row: object): Values | null {
  const record = row as Values;
  const claims =
    kind === ClaimKind.OPINION_ADOPTION
      ? record.status === OpinionStatus.ADOPTED
      : kind === ClaimKind.LEADER_INSTRUCTION
        ? record.leaderInstruction === true || record.leaderInstruction === 1
        : Number(record.suggestionsAdopted ?? 0) > 0;
  if (!claims) return null;
  return Object.fromEntries(CLAIM_COLUMNS[kind].map((c) => [c, normalised(record[c])]));
}

/** Stored and written values compared alike: booleans as 0/1, numbers and their text, empty as null. */
function normalised(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return value;
}

export type ClaimChange = { kind: 'none' } | { kind: 'cleared' } | { kind: 'claimed'; values: Values };

/** What a write does to a claim: nothing, withdraws it (the record claims nothing now), or makes a new one. */
export function claimChange(kind: ClaimKind, before: object | null, after: object): ClaimChange {
  const was = before ? claimedValues(kind, before) : null;
  const now = claimedValues(kind, after);
  if (!now) return was ? { kind: 'cleared' } : { kind: 'none' };
  if (was && JSON.stringify(was) === JSON.stringify(now)) return { kind: 'none' };
  return { kind: 'claimed', values: now };
}

/** County admins' claims are confirmed as they are entered; everyone else's wait for the county. */
export function initialReview(role: Role | null | undefined): ClaimReview {
  return role === Role.COUNTY_ADMIN ? ClaimReview.CONFIRMED : ClaimReview.PENDING;
}

export const CLAIM_EVIDENCE_MAX = 500;

/** A township's claim needs its evidence: the issue it appeared in, the instruction's reference, a file. */
export function claimEvidenceErrors(
  review: ClaimReview,
  evidence: string | null | undefined,
  field: string,
): FieldError[] {
  const text = evidence?.trim() ?? '';
  if (text.length > CLAIM_EVIDENCE_MAX) return [{ field, message: `证明材料不能超过 ${CLAIM_EVIDENCE_MAX} 个字` }];
  if (review === ClaimReview.PENDING && !text)
    return [{ field, message: '申报采用或批示须提供证明材料（刊发期号、批示文号或附件说明），由县政协确认后计入统计' }];
  return [];
}

/** A decision on a claim: only a waiting one; refusing needs a reason. */
export function claimDecisionErrors(
  current: ClaimReview,
  decision: ClaimReview,
  reason: string | null | undefined,
): FieldError[] {
  if (current !== ClaimReview.PENDING) return [{ field: 'id', message: '该申报已处理，不能重复确认' }];
  if (decision === ClaimReview.REFUSED && !reason?.trim())
    return [{ field: 'input.note', message: '不予确认须说明理由' }];
  return [];
}

/** A claim in one line, as the county reads it: level, date and issue, separated by wide spaces. */
export function claimSummary(kind: ClaimKind, claimed: Record<string, unknown>): string {
  const text = (key: string) => (claimed[key] == null || claimed[key] === '' ? null : String(claimed[key]));
  const level = (key: string) => GOVERNMENT_LEVEL_LABELS[text(key) as keyof typeof GOVERNMENT_LEVEL_LABELS] ?? null;
  const parts =
    kind === ClaimKind.OPINION_ADOPTION
      ? [`${level('adoptionLevel') ?? ''}采用`, text('adoptedOn'), text('publishedIssue')]
      : kind === ClaimKind.LEADER_INSTRUCTION
        ? [`${level('instructionLevel') ?? ''}领导批示`, text('instructionLeader'), text('instructedOn')]
        : [`采纳建议 ${text('suggestionsAdopted') ?? 0} 条`];
  return parts.filter(Boolean).join('　');
}
