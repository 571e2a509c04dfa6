import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Role } from '@cppcc/domain';
import { ANONYMOUS, SYSTEM, type Viewer } from '../core/viewer';
import { proposalChildScope, proposalScope, throughProposal } from './proposal.scope';

const user = (
  role: Role,
  extra: Partial<{ townshipId: number; handlingUnitId: number; readOnly: boolean }> = {},
): Viewer => ({
  kind: 'user',
  id: 1,
  name: 'x',
  role,
  townshipId: extra.townshipId ?? null,
  handlingUnitId: extra.handlingUnitId ?? null,
  readOnly: extra.readOnly ?? false,
});

describe('proposal read scope', () => {
  it('lets county-wide callers read all and anonymous callers none', () => {
    for (const viewer of [SYSTEM, user(Role.COUNTY_ADMIN), user(Role.LEADER), user(Role.API_CLIENT)])
      expect(proposalScope.read(viewer)).toBe(true);
    expect(proposalScope.read(ANONYMOUS)).toBe(false);
  });

  it('confines officers to their township and units to their assignments', () => {
    expect(proposalScope.read(user(Role.TOWNSHIP_OFFICER, { townshipId: 4 }))).toEqual({
      sql: '{a}.townshipId = :scopeTownship',
      params: { scopeTownship: 4 },
    });
    expect(proposalScope.read(user(Role.HANDLING_UNIT, { handlingUnitId: 7 }))).toEqual({
      sql: '{a}.id IN (SELECT pu.proposalId FROM proposal_unit pu WHERE pu.unitId = :scopeUnit)',
      params: { scopeUnit: 7 },
    });
  });

  it('scopes child rows through their proposal', () => {
    expect(throughProposal(true)).toBe(true);
    expect(throughProposal(false)).toBe(false);
    expect(throughProposal({ sql: '{a}.townshipId = :scopeTownship', params: { scopeTownship: 4 } })).toEqual({
      sql: '{a}.proposalId IN (SELECT sp.id FROM proposal sp WHERE sp.townshipId = :scopeTownship)',
      params: { scopeTownship: 4 },
    });
    const unitRows = proposalChildScope().read(user(Role.HANDLING_UNIT, { handlingUnitId: 7 }));
    expect(unitRows).toEqual({
      sql: '{a}.proposalId IN (SELECT sp.id FROM proposal sp WHERE sp.id IN (SELECT pu.proposalId FROM proposal_unit pu WHERE pu.unitId = :scopeUnit))',
      params: { scopeUnit: 7 },
    });
    expect(proposalChildScope().read(user(Role.LEADER))).toBe(true);
  });
});
