import { describe, expect, it } from 'vitest';
import { Role } from '../enums';
import { password, roleBinding, username } from './users';

describe('user rules', () => {
  it('binds officers to a township and unit users to a unit', () => {
    expect(roleBinding(Role.TOWNSHIP_OFFICER, 3, null)).toEqual([]);
    expect(roleBinding(Role.TOWNSHIP_OFFICER, null, null)[0].field).toBe('input.townshipId');
    expect(roleBinding(Role.HANDLING_UNIT, null, 2)).toEqual([]);
    expect(roleBinding(Role.HANDLING_UNIT, null, null)[0].field).toBe('input.handlingUnitId');
    expect(roleBinding(Role.LEADER, 3, null)[0].field).toBe('input.townshipId');
    expect(roleBinding(Role.COUNTY_ADMIN, null, 4)[0].field).toBe('input.handlingUnitId');
    expect(roleBinding(Role.API_CLIENT, 3, null)).toEqual([]);
  });
  it('checks passwords and usernames', () => {
    expect(password('p', 'short')).toHaveLength(1);
    expect(password('p', 'demo1234')).toEqual([]);
    expect(password('p', undefined)).toEqual([]);
    expect(username('u', 'ab')).toHaveLength(1);
    expect(username('u', 'officer.01')).toEqual([]);
    expect(username('u', '管理员')).toHaveLength(1);
  });
});
