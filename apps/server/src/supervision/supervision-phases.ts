import { SUPERVISION_PHASE_LABELS, SUPERVISION_PHASE_ORDER, SupervisionPhase, type FieldError } from '@cppcc/domain';

/** The date and notes of each phase of a supervision target, as stored. */
export interface PhaseRecord {
  planCheckOn: string | null;
  planCheckNotes: string | null;
  midYearOn: string | null;
  midYearNotes: string | null;
  evaluationOn: string | null;
  evaluationNotes: string | null;
  lookBackOn: string | null;
  lookBackNotes: string | null;
}

export const PHASE_COLUMNS: Readonly<Record<SupervisionPhase, { on: keyof PhaseRecord; notes: keyof PhaseRecord }>> = {
  [SupervisionPhase.PLAN_CHECK]: { on: 'planCheckOn', notes: 'planCheckNotes' },
  [SupervisionPhase.MID_YEAR_URGING]: { on: 'midYearOn', notes: 'midYearNotes' },
  [SupervisionPhase.EVALUATION]: { on: 'evaluationOn', notes: 'evaluationNotes' },
  [SupervisionPhase.LOOK_BACK]: { on: 'lookBackOn', notes: 'lookBackNotes' },
};

/** Phases recorded so far: those with a date. */
export function recordedPhases(t: PhaseRecord): SupervisionPhase[] {
  return SUPERVISION_PHASE_ORDER.filter((p) => t[PHASE_COLUMNS[p].on] != null);
}

/** Each recorded phase's date is not before the date of a recorded earlier phase. */
export function phaseDateErrors(t: PhaseRecord, field: (phase: SupervisionPhase) => string): FieldError[] {
  const errors: FieldError[] = [];
  let latest: { phase: SupervisionPhase; on: string } | null = null;
  for (const phase of SUPERVISION_PHASE_ORDER) {
    const on = t[PHASE_COLUMNS[phase].on];
    if (on == null) continue;
    if (latest && on < latest.on) {
      errors.push({
        field: field(phase),
        message: `“${SUPERVISION_PHASE_LABELS[phase]}”的日期不能早于“${SUPERVISION_PHASE_LABELS[latest.phase]}”（${latest.on}）`,
      });
    }
    if (!latest || on > latest.on) latest = { phase, on };
  }
  return errors;
}

/**
 * Errors of a correction made by update (the verb recordSupervisionPhase records phases):
 * a recorded phase keeps a date, an unrecorded one gets neither date nor notes, dates stay
 * in phase order.
 */
export function phaseCorrectionErrors(before: PhaseRecord, after: PhaseRecord, prefix = 'input'): FieldError[] {
  const errors: FieldError[] = [];
  for (const phase of SUPERVISION_PHASE_ORDER) {
    const { on, notes } = PHASE_COLUMNS[phase];
    const label = SUPERVISION_PHASE_LABELS[phase];
    if (before[on] == null && (after[on] != null || after[notes] != null)) {
      errors.push({
        field: `${prefix}.${after[on] != null ? on : notes}`,
        message: `“${label}”尚未记录：请用 recordSupervisionPhase 按顺序记录`,
      });
    } else if (before[on] != null && after[on] == null) {
      errors.push({ field: `${prefix}.${on}`, message: `“${label}”已记录，日期不能清空` });
    }
  }
  if (errors.length === 0) errors.push(...phaseDateErrors(after, (phase) => `${prefix}.${PHASE_COLUMNS[phase].on}`));
  return errors;
}
