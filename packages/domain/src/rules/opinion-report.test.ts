import { describe, expect, it } from 'vitest';
import { GovernmentLevel, OpinionStatus } from '../enums';
import { opinionReportErrors, type OpinionReportFields } from './opinion-report';

const base: OpinionReportFields = {
  title: '关于农村饮水安全的建议',
  submittedOn: '2024-05-06',
  status: OpinionStatus.SUBMITTED,
};
const fields = (r: Partial<OpinionReportFields>) => opinionReportErrors({ ...base, ...r }).map((e) => e.field);

describe('opinion report rules', () => {
  it('accepts submitted and adopted reports', () => {
    expect(fields({})).toEqual([]);
    expect(
      fields({
        status: OpinionStatus.ADOPTED,
        adoptionLevel: GovernmentLevel.CITY,
        adoptedOn: '2024-06-01',
        leaderInstruction: true,
        instructionLevel: GovernmentLevel.COUNTY,
      }),
    ).toEqual([]);
  });
  it('needs an adoption level when adopted, and none otherwise', () => {
    expect(fields({ status: OpinionStatus.ADOPTED })).toEqual(['input.adoptionLevel']);
    expect(fields({ status: OpinionStatus.NOT_ADOPTED, adoptionLevel: GovernmentLevel.CITY })).toEqual([
      'input.adoptionLevel',
    ]);
    expect(fields({ adoptedOn: '2024-06-01' })).toEqual(['input.adoptedOn']);
  });
  it('refuses adoption before submission and instruction levels without an instruction', () => {
    expect(
      fields({ status: OpinionStatus.ADOPTED, adoptionLevel: GovernmentLevel.CITY, adoptedOn: '2024-01-01' }),
    ).toEqual(['input.adoptedOn']);
    expect(fields({ instructionLevel: GovernmentLevel.CITY })).toEqual(['input.instructionLevel']);
    expect(fields({ leaderInstruction: true })).toEqual(['input.instructionLevel']);
  });
});
