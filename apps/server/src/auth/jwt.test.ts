import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from './jwt';

const claims = { sub: '7', name: '管理员', role: 'COUNTY_ADMIN', tsp: null, hu: null };

describe('jwt', () => {
  it('round-trips claims', () => {
    const token = signToken(claims, 's3cret', 60);
    expect(verifyToken(token, 's3cret')).toMatchObject(claims);
  });
  it('refuses another secret, a tampered payload and an expired token', () => {
    const token = signToken(claims, 's3cret', 60);
    expect(verifyToken(token, 'other')).toBeNull();
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'LEADER', exp: 9e9 })).toString('base64url');
    expect(verifyToken(`${h}.${forged}.${s}`, 's3cret')).toBeNull();
    expect(verifyToken(signToken(claims, 's3cret', 60, Date.now() - 120_000), 's3cret')).toBeNull();
    expect(verifyToken('garbage', 's3cret')).toBeNull();
  });
});
