// Rules for democratic supervision (民主监督) targets as pure functions: phase order,
// evaluation figures, grade from score, rectification item status.
import { RectificationStatus, Satisfaction, SupervisionPhase } from './enums';
import { RECTIFICATION_STATUS_LABELS, SATISFACTION_LABELS, SUPERVISION_PHASE_LABELS } from './labels';
import type { FieldError } from './rules/field-error';

export type RuleResult = { ok: true } | { ok: false; reason: string };

// ---- Phases: 早期检查工作计划 → 中期督促落实 → 后期民主评议 → (回头看)

/** All phases in the order they happen; LOOK_BACK is last and optional. */
export const SUPERVISION_PHASE_ORDER: readonly SupervisionPhase[] = [
  SupervisionPhase.PLAN_CHECK,
  SupervisionPhase.MID_YEAR_URGING,
  SupervisionPhase.EVALUATION,
  SupervisionPhase.LOOK_BACK,
];

/** Phases every target must go through; a target is complete when these are recorded. */
export const REQUIRED_SUPERVISION_PHASES: readonly SupervisionPhase[] = [
  SupervisionPhase.PLAN_CHECK,
  SupervisionPhase.MID_YEAR_URGING,
  SupervisionPhase.EVALUATION,
];

/**
 * Whether `phase` may be recorded now. A phase needs every earlier phase recorded (so
 * LOOK_BACK needs EVALUATION), and each phase is recorded once: corrections edit the
 * existing record rather than adding a second one.
 */
export function canRecordPhase(recorded: readonly SupervisionPhase[], phase: SupervisionPhase): RuleResult {
  const label = SUPERVISION_PHASE_LABELS[phase];
  if (recorded.includes(phase)) {
    return { ok: false, reason: `“${label}”已记录，如需更正请修改原记录` };
  }
  const index = SUPERVISION_PHASE_ORDER.indexOf(phase);
  if (index < 0) return { ok: false, reason: `未知的监督阶段：${String(phase)}` };
  const missing = SUPERVISION_PHASE_ORDER.slice(0, index).filter((p) => !recorded.includes(p));
  if (missing.length > 0) {
    const names = missing.map((p) => `“${SUPERVISION_PHASE_LABELS[p]}”`).join('、');
    return { ok: false, reason: `须先记录${names}，才能记录“${label}”` };
  }
  return { ok: true };
}

/** The phases that may be recorded next (the console's buttons). */
export function recordablePhases(recorded: readonly SupervisionPhase[]): SupervisionPhase[] {
  return SUPERVISION_PHASE_ORDER.filter((p) => canRecordPhase(recorded, p).ok);
}

/** All required phases are recorded (LOOK_BACK is not needed). */
export function isSupervisionComplete(recorded: readonly SupervisionPhase[]): boolean {
  return REQUIRED_SUPERVISION_PHASES.every((p) => recorded.includes(p));
}

// ---- Evaluation figures

/**
 * An evaluation's figures. A null/absent field is "not recorded yet" and is not checked
 * (required-ness is the input layer's business); present fields must be valid.
 */
export interface EvaluationInput {
  questionnairesIssued?: number | null;
  questionnairesReturned?: number | null;
  score?: number | null;
  recommendationCount?: number | null;
}

/** The package's FieldError, with the field narrowed to the evaluation's own names. */
export interface EvaluationFieldError extends FieldError {
  field: keyof EvaluationInput;
}

const COUNT_FIELDS: readonly { field: keyof EvaluationInput; label: string }[] = [
  { field: 'questionnairesIssued', label: '发放问卷数' },
  { field: 'questionnairesReturned', label: '收回问卷数' },
  { field: 'recommendationCount', label: '建议条数' },
];

function isPresent(v: number | null | undefined): v is number {
  return v !== null && v !== undefined;
}

/**
 * Errors in an evaluation's figures, empty when valid. Counts are non-negative integers,
 * returned ≤ issued. The score may have decimals (it is usually an average of
 * questionnaires, e.g. 92.5) but must lie in 0–100.
 */
export function validateEvaluation(input: EvaluationInput): EvaluationFieldError[] {
  const errors: EvaluationFieldError[] = [];
  for (const { field, label } of COUNT_FIELDS) {
    const v = input[field];
    if (isPresent(v) && !(Number.isInteger(v) && v >= 0)) {
      errors.push({ field, message: `${label}须为非负整数` });
    }
  }
  const issued = input.questionnairesIssued;
  const returned = input.questionnairesReturned;
  if (
    isPresent(issued) &&
    isPresent(returned) &&
    Number.isInteger(issued) &&
    Number.isInteger(returned) &&
    issued >= 0 &&
    returned > issued
  ) {
    errors.push({
      field: 'questionnairesReturned',
      message: `收回问卷数（${returned}）不能多于发放问卷数（${issued}）`,
    });
  }
  const score = input.score;
  if (isPresent(score) && !(Number.isFinite(score) && score >= 0 && score <= 100)) {
    errors.push({ field: 'score', message: '测评得分须在 0 到 100 之间' });
  }
  return errors;
}

// ---- Grade from score

export interface GradeThresholds {
  /** Lowest score graded 满意. */
  satisfied: number;
  /** Lowest score graded 基本满意; below it is 不满意. */
  basicallySatisfied: number;
}

/**
 * County default: ≥ 90 满意, ≥ 75 基本满意, otherwise 不满意. Counties set their own
 * bands in the evaluation scheme (测评办法); pass them as `thresholds`.
 */
export const DEFAULT_GRADE_THRESHOLDS: Readonly<GradeThresholds> = { satisfied: 90, basicallySatisfied: 75 };

/** Grade (满意/基本满意/不满意) for a score in 0–100; throws RangeError outside it. */
export function gradeForScore(
  score: number,
  thresholds: Readonly<GradeThresholds> = DEFAULT_GRADE_THRESHOLDS,
): Satisfaction {
  if (!(Number.isFinite(score) && score >= 0 && score <= 100)) {
    throw new RangeError(`测评得分须在 0 到 100 之间：${score}`);
  }
  if (score >= thresholds.satisfied) return Satisfaction.SATISFIED;
  if (score >= thresholds.basicallySatisfied) return Satisfaction.BASICALLY_SATISFIED;
  return Satisfaction.DISSATISFIED;
}

/** Chinese grade for a score, for reports ("测评等次：满意"). */
export function gradeLabelForScore(score: number, thresholds?: Readonly<GradeThresholds>): string {
  return SATISFACTION_LABELS[gradeForScore(score, thresholds)];
}

// ---- Rectification items 整改事项: 待整改 → 整改中 → 已整改 (may skip 整改中), never back

const RECTIFICATION_MOVES: Readonly<Record<RectificationStatus, readonly RectificationStatus[]>> = {
  [RectificationStatus.PENDING]: [RectificationStatus.IN_PROGRESS, RectificationStatus.DONE],
  [RectificationStatus.IN_PROGRESS]: [RectificationStatus.DONE],
  [RectificationStatus.DONE]: [],
};

export type RectificationResult =
  { ok: true; to: RectificationStatus } | { ok: false; code: 'INVALID_TRANSITION'; reason: string };

/** Statuses an item may move to from `from`. */
export function allowedRectificationTargets(from: RectificationStatus): RectificationStatus[] {
  return [...(RECTIFICATION_MOVES[from] ?? [])];
}

/** Checks a status change; a backwards move or no change at all is refused. */
export function nextRectificationStatus(from: RectificationStatus, to: RectificationStatus): RectificationResult {
  if (allowedRectificationTargets(from).includes(to)) return { ok: true, to };
  const fromLabel = RECTIFICATION_STATUS_LABELS[from] ?? String(from);
  const toLabel = RECTIFICATION_STATUS_LABELS[to] ?? String(to);
  const why = from === to ? '状态未变化' : '整改状态不能回退';
  return {
    ok: false,
    code: 'INVALID_TRANSITION',
    reason: `整改事项当前为“${fromLabel}”，不能改为“${toLabel}”：${why}`,
  };
}
