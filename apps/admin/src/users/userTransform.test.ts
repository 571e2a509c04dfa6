import { describe, expect, it } from 'vitest';
import { apiTokenTransform } from '../apiTokens/ApiTokenForm';
import { opinionTransform } from '../opinionReports/opinionTransform';
import { userTransform } from './userTransform';

describe('user form', () => {
  it('a township for officers only, a unit for unit users only', () => {
    expect(userTransform({ role: 'LEADER', townshipId: '3', handlingUnitId: '4', password: 'longpassword' })).toEqual({
      role: 'LEADER',
      townshipId: null,
      handlingUnitId: null,
      password: 'longpassword',
    });
    expect(userTransform({ role: 'TOWNSHIP_OFFICER', townshipId: '3', handlingUnitId: '4' })).toMatchObject({
      townshipId: '3',
      handlingUnitId: null,
    });
    expect(userTransform({ role: 'HANDLING_UNIT', townshipId: '3', handlingUnitId: '4' })).toMatchObject({
      townshipId: null,
      handlingUnitId: '4',
    });
  });
  it('on edit the password is sent only when changing it', () => {
    expect(userTransform({ id: '3', role: 'LEADER', password: 'x' })).not.toHaveProperty('password');
    expect(userTransform({ id: '3', role: 'LEADER', changePassword: true, password: 'newpassword1' })).toEqual({
      id: '3',
      role: 'LEADER',
      townshipId: null,
      handlingUnitId: null,
      password: 'newpassword1',
    });
    expect(userTransform({ role: 'LEADER', password: '' })).not.toHaveProperty('password');
  });
});

describe('API token form', () => {
  it('scope follows the role the token acts as', () => {
    expect(apiTokenTransform({ role: 'API_CLIENT', townshipId: '2', handlingUnitId: '5' })).toEqual({
      role: 'API_CLIENT',
      townshipId: '2',
      handlingUnitId: null,
    });
    expect(apiTokenTransform({ role: 'LEADER', townshipId: '2' })).toMatchObject({ townshipId: null });
  });
});

describe('opinion report form', () => {
  it('adoption level and date only when adopted; instruction level only with an instruction', () => {
    expect(
      opinionTransform({
        status: 'SUBMITTED',
        adoptionLevel: 'CITY',
        adoptedOn: '2025-01-01',
        leaderInstruction: false,
        instructionLevel: 'COUNTY',
      }),
    ).toMatchObject({
      adoptionLevel: null,
      adoptedOn: null,
      instructionLevel: null,
    });
    expect(
      opinionTransform({ status: 'ADOPTED', adoptionLevel: 'CITY', leaderInstruction: true, instructionLevel: 'CITY' }),
    ).toMatchObject({
      adoptionLevel: 'CITY',
      instructionLevel: 'CITY',
    });
  });
});
