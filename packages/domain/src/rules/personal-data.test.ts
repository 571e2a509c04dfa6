import { describe, expect, it } from 'vitest';
import { Role } from '../enums';
import {
  birthYearOf,
  maskAddress,
  maskBirthDate,
  maskIdNumber,
  maskPhone,
  personalDataReach,
  readsPersonalData,
} from './personal-data';

describe('personal data', () => {
  it('masks phones to the first three and last four digits', () => {
    expect(maskPhone('13812343523')).toBe('138****3523');
    expect(maskPhone(' 13812343523 ')).toBe('138****3523');
    expect(maskPhone('0556-5123456')).toBe('0556-****3456');
    expect(maskPhone('05565123456')).toBe('055****3456');
    expect(maskPhone('12345')).toBe('****');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('')).toBe('');
  });

  it('keeps only the year of a birth date', () => {
    expect(maskBirthDate('1975-06-01')).toBeNull();
    expect(birthYearOf('1975-06-01')).toBe(1975);
    expect(birthYearOf(null)).toBeNull();
    expect(birthYearOf('not a date')).toBeNull();
  });

  it('cuts addresses at the township and hides ID numbers but their ends', () => {
    expect(maskAddress('安徽省某县城关镇人民路12号')).toBe('安徽省某县城关镇****');
    expect(maskAddress('某县东城街道幸福里3栋')).toBe('某县东城街道****');
    expect(maskAddress('人民路12号')).toBe('****');
    expect(maskAddress('某县城关镇')).toBe('某县城关镇****');
    expect(maskIdNumber('34012219750601123X')).toBe('3****************X');
    expect(maskIdNumber('12')).toBe('****');
    expect(maskIdNumber(null)).toBeNull();
  });

  it('shows admins everything, officers their township, units their own unit, tokens only with the permission', () => {
    const user = (role: Role, townshipId: number | null = null, handlingUnitId: number | null = null) => ({
      kind: 'user' as const,
      role,
      townshipId,
      handlingUnitId,
    });
    const member3 = { townshipId: 3 };
    const unit7 = { handlingUnitId: 7 };
    expect(readsPersonalData({ kind: 'system' }, member3)).toBe(true);
    expect(readsPersonalData(user(Role.COUNTY_ADMIN), member3)).toBe(true);
    expect(readsPersonalData(user(Role.COUNTY_ADMIN), unit7)).toBe(true);
    expect(readsPersonalData(user(Role.TOWNSHIP_OFFICER, 3), member3)).toBe(true);
    expect(readsPersonalData(user(Role.TOWNSHIP_OFFICER, 4), member3)).toBe(false);
    expect(readsPersonalData(user(Role.TOWNSHIP_OFFICER, 3), unit7)).toBe(false);
    expect(readsPersonalData(user(Role.LEADER), member3)).toBe(false);
    expect(readsPersonalData(user(Role.HANDLING_UNIT, null, 7), member3)).toBe(false);
    expect(readsPersonalData(user(Role.HANDLING_UNIT, null, 7), unit7)).toBe(true);
    expect(readsPersonalData(user(Role.HANDLING_UNIT, null, 8), unit7)).toBe(false);
    expect(readsPersonalData({ kind: 'anonymous' }, member3)).toBe(false);
    // tokens: masked whatever their role, unless issued with the permission
    expect(readsPersonalData({ kind: 'token', role: Role.COUNTY_ADMIN }, member3)).toBe(false);
    expect(readsPersonalData({ kind: 'token', role: Role.API_CLIENT, personalData: true }, member3)).toBe(true);
    expect(
      readsPersonalData({ kind: 'token', role: Role.API_CLIENT, townshipId: 3, personalData: true }, member3),
    ).toBe(true);
    expect(
      readsPersonalData({ kind: 'token', role: Role.API_CLIENT, townshipId: 4, personalData: true }, member3),
    ).toBe(false);
    expect(personalDataReach(user(Role.TOWNSHIP_OFFICER, 3))).toEqual({ townshipId: 3 });
    expect(personalDataReach(user(Role.LEADER))).toBe('none');
  });
});
