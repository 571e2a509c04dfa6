/**
 * Sign-in throttling, per username AND client address together (someone else's guesses from
 * another address never block the real user): the first failures are free, then each further
 * one makes that pair wait longer, doubling up to a cap, instead of a hard lock. The count is
 * forgotten after an hour without failures, and a county admin can clear it at once.
 */
import { chinaClock } from './calendar';
export const FREE_LOGIN_FAILURES = 4;
export const FIRST_LOGIN_WAIT_SECONDS = 30;
export const MAX_LOGIN_WAIT_SECONDS = 15 * 60;
export const LOGIN_FAILURE_MEMORY_SECONDS = 60 * 60;
/** Failures from one address across all usernames (password spraying) before it must wait. */
export const MAX_FAILURES_PER_ADDRESS = 30;

/** Seconds to wait after the n-th failure in a row of one username from one address. */
export function loginWaitSeconds(failures: number): number {
  if (failures <= FREE_LOGIN_FAILURES) return 0;
  return Math.min(MAX_LOGIN_WAIT_SECONDS, FIRST_LOGIN_WAIT_SECONDS * 2 ** (failures - FREE_LOGIN_FAILURES - 1));
}

/** 「请 2 分钟后（北京时间 14:32 以后）再试」 for a wait ending at `until`. */
export function retryLoginMessage(waitSeconds: number, now: Date = new Date()): string {
  const until = chinaClock(new Date(now.getTime() + waitSeconds * 1000));
  const span = waitSeconds < 60 ? `${waitSeconds} 秒` : `${Math.ceil(waitSeconds / 60)} 分钟`;
  return `登录失败次数过多，请 ${span}后（北京时间 ${until} 以后）再试`;
}
