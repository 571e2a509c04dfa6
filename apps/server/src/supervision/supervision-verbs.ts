import {
  SUPERVISION_PHASE_LABELS,
  SupervisionPhase,
  canRecordPhase,
  gradeForScore,
  nextRectificationStatus,
  rules,
  validateEvaluation,
  type RectificationStatus,
} from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { apiError, assertValid, prefixFields } from '../core/errors';
import { recordVerb } from '../core/record-verb';
import { RectificationItem, SupervisionTarget } from './supervision.entity';
import type { SupervisionEvaluationInput } from './supervision-target.inputs';
import { PHASE_COLUMNS, phaseDateErrors, recordedPhases } from './supervision-phases';

const invalidTransition = (reason: string) => apiError('INVALID_TRANSITION', reason);

/** Records one phase, in order (canRecordPhase), dated not before the phase before it. */
export function recordPhase(
  ctx: GraphQLContext,
  id: number,
  phase: SupervisionPhase,
  on: string,
  notes: string | null | undefined,
  expectedVersion?: number | null,
): Promise<SupervisionTarget> {
  return recordVerb(ctx, SupervisionTarget, id, '监督对象', 'RECORD_PHASE', expectedVersion, (target) => {
    const allowed = canRecordPhase(recordedPhases(target), phase);
    if (!allowed.ok) throw invalidTransition(allowed.reason);
    const { on: onColumn, notes: notesColumn } = PHASE_COLUMNS[phase];
    const changes = { [onColumn]: on, [notesColumn]: notes ?? null } as Partial<SupervisionTarget>;
    assertValid([
      ...rules.optionalText('notes', notes, 5000, '说明'),
      ...phaseDateErrors({ ...target, ...changes }, (p) => (p === phase ? 'on' : PHASE_COLUMNS[p].on)),
    ]);
    return { changes };
  });
}

/** Records (or corrects) the evaluation figures once the evaluation phase is recorded. */
export function recordEvaluation(
  ctx: GraphQLContext,
  id: number,
  input: SupervisionEvaluationInput,
  expectedVersion?: number | null,
): Promise<SupervisionTarget> {
  return recordVerb(ctx, SupervisionTarget, id, '监督对象', 'RECORD_EVALUATION', expectedVersion, (target) => {
    assertValid([
      ...prefixFields('input', validateEvaluation(input)),
      ...rules.optionalText('input.findings', input.findings, 5000, '发现的问题'),
    ]);
    if (target.evaluationOn == null) {
      throw invalidTransition(
        `须先记录“${SUPERVISION_PHASE_LABELS[SupervisionPhase.EVALUATION]}”阶段，才能录入测评结果`,
      );
    }
    const score = Math.round(input.score * 100) / 100;
    return {
      changes: {
        questionnairesIssued: input.questionnairesIssued,
        questionnairesReturned: input.questionnairesReturned,
        score,
        grade: input.grade ?? gradeForScore(score),
        findings: input.findings ?? null,
        recommendationCount: input.recommendationCount,
      },
    };
  });
}

/** 待整改 → 整改中 → 已整改 (may skip 整改中), never back: nextRectificationStatus decides. */
export function setRectificationStatus(
  ctx: GraphQLContext,
  id: number,
  status: RectificationStatus,
  expectedVersion?: number | null,
): Promise<RectificationItem> {
  return recordVerb(ctx, RectificationItem, id, '整改事项', 'SET_STATUS', expectedVersion, (item) => {
    const move = nextRectificationStatus(item.status, status);
    if (!move.ok) throw invalidTransition(move.reason);
    return { changes: { status: move.to } };
  });
}
