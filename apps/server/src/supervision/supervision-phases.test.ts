import { describe, expect, it } from 'vitest';
import { SupervisionPhase } from '@cppcc/domain';
import { phaseCorrectionErrors, phaseDateErrors, recordedPhases, type PhaseRecord } from './supervision-phases';

const none: PhaseRecord = {
  planCheckOn: null,
  planCheckNotes: null,
  midYearOn: null,
  midYearNotes: null,
  evaluationOn: null,
  evaluationNotes: null,
  lookBackOn: null,
  lookBackNotes: null,
};
const twoPhases: PhaseRecord = { ...none, planCheckOn: '2024-03-01', midYearOn: '2024-07-01' };

describe('supervision phases as stored', () => {
  it('reads the recorded phases from their dates', () => {
    expect(recordedPhases(none)).toEqual([]);
    expect(recordedPhases(twoPhases)).toEqual([SupervisionPhase.PLAN_CHECK, SupervisionPhase.MID_YEAR_URGING]);
  });
  it('refuses a phase dated before an earlier phase', () => {
    expect(phaseDateErrors({ ...twoPhases, evaluationOn: '2024-06-30' }, (p) => p)).toEqual([
      { field: SupervisionPhase.EVALUATION, message: expect.stringContaining('2024-07-01') },
    ]);
    expect(phaseDateErrors({ ...twoPhases, evaluationOn: '2024-07-01' }, (p) => p)).toEqual([]);
  });
  it('lets an update correct recorded phases only', () => {
    expect(phaseCorrectionErrors(twoPhases, { ...twoPhases, midYearOn: '2024-07-15', midYearNotes: '更正' })).toEqual(
      [],
    );
    expect(phaseCorrectionErrors(twoPhases, { ...twoPhases, evaluationOn: '2024-12-01' })[0].field).toBe(
      'input.evaluationOn',
    );
    expect(phaseCorrectionErrors(twoPhases, { ...twoPhases, lookBackNotes: 'x' })[0].field).toBe('input.lookBackNotes');
    expect(phaseCorrectionErrors(twoPhases, { ...twoPhases, planCheckOn: null })[0].field).toBe('input.planCheckOn');
    expect(phaseCorrectionErrors(twoPhases, { ...twoPhases, planCheckOn: '2024-08-01' })[0].field).toBe(
      'input.midYearOn',
    );
  });
});
