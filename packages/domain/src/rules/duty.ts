import { DutyRuleKey, ProposalDutyBasis, ProposalStatus } from '../enums';
import type { FieldError } from './field-error';

/** A year whose PROPOSAL rule names no basis counts 立案. */
export const DEFAULT_PROPOSAL_DUTY_BASIS = ProposalDutyBasis.ACCEPTED;

/**
 * Review decisions that count for the PROPOSAL duty rule on the 立案 basis: accepted, and
 * converted to an opinion report (the work was taken up, as a 社情民意). A MERGED proposal counts
 * when the proposal it was finally merged into (following merges of merges) was accepted.
 */
export const DUTY_COUNTED_DECISIONS: readonly ProposalStatus[] = [ProposalStatus.ACCEPTED, ProposalStatus.CONVERTED];

export interface DutyProposalFacts {
  reviewDecision: ProposalStatus | null;
  /** The review decision of the last proposal of its merge chain, for a MERGED one. */
  finalTargetDecision?: ProposalStatus | null;
}

/** Whether a proposal counts for each of its proposers (lead and co-signers) under `basis`. */
export function countsForProposalDuty(basis: ProposalDutyBasis, p: DutyProposalFacts): boolean {
  if (basis === ProposalDutyBasis.SUBMITTED) return true;
  if (p.reviewDecision != null && DUTY_COUNTED_DECISIONS.includes(p.reviewDecision)) return true;
  return p.reviewDecision === ProposalStatus.MERGED && p.finalTargetDecision === ProposalStatus.ACCEPTED;
}

/** A counting basis belongs to the PROPOSAL rule only. */
export function proposalBasisErrors(
  key: DutyRuleKey | null | undefined,
  basis: ProposalDutyBasis | null | undefined,
  field: string,
): FieldError[] {
  if (basis == null || key === DutyRuleKey.PROPOSAL) return [];
  return [{ field, message: '只有“提交提案”规则可选择按立案或按提交计数' }];
}

/** The basis a PROPOSAL rule counts by (its own, or the default); null for other rules. */
export function effectiveProposalBasis(
  key: DutyRuleKey,
  basis: ProposalDutyBasis | null | undefined,
): ProposalDutyBasis | null {
  return key === DutyRuleKey.PROPOSAL ? (basis ?? DEFAULT_PROPOSAL_DUTY_BASIS) : null;
}
