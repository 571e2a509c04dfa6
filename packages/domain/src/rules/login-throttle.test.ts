import { describe, expect, it } from 'vitest';
import { loginWaitSeconds, retryLoginMessage } from './login-throttle';

describe('login throttling', () => {
  it('lets the first four failures through, then doubles the wait up to 15 minutes', () => {
    expect([1, 2, 3, 4].map(loginWaitSeconds)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 20].map(loginWaitSeconds)).toEqual([30, 60, 120, 240, 480, 900, 900]);
  });
  it('says in Chinese when to try again, in Beijing time', () => {
    const now = new Date('2026-03-01T06:30:00Z');
    expect(retryLoginMessage(30, now)).toBe('登录失败次数过多，请 30 秒后（北京时间 14:30:30 以后）再试');
    expect(retryLoginMessage(121, now)).toBe('登录失败次数过多，请 3 分钟后（北京时间 14:32:01 以后）再试');
  });
});
