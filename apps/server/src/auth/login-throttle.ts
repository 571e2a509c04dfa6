import {
  LOGIN_FAILURE_MEMORY_SECONDS,
  MAX_FAILURES_PER_ADDRESS,
  MAX_LOGIN_WAIT_SECONDS,
  loginWaitSeconds,
} from '@cppcc/domain';
import { MoreThan, type DataSource } from 'typeorm';
import { LoginThrottle } from './login-throttle.entity';

/** The throttle key of a sign-in: the username and the caller's address together. */
export interface ThrottleKey {
  username: string;
  clientAddress: string;
}

export const throttleKey = (username: string, clientAddress: string | null): ThrottleKey => ({
  username,
  clientAddress: (clientAddress ?? '').slice(0, 64),
});

const secondsUntil = (until: Date, now: Date) => Math.max(0, Math.ceil((until.getTime() - now.getTime()) / 1000));

/** Seconds this key must still wait before a password is even checked (0: go ahead). */
export async function waitBeforeLogin(db: DataSource, key: ThrottleKey, now = new Date()): Promise<number> {
  const repo = db.getRepository(LoginThrottle);
  const own = await repo.findOneBy({ ...key });
  const ownWait = own?.blockedUntil ? secondsUntil(own.blockedUntil, now) : 0;
  if (!key.clientAddress) return ownWait;
  const since = new Date(now.getTime() - MAX_LOGIN_WAIT_SECONDS * 1000);
  // one address trying many usernames (password spraying) waits too, whatever the username
  const recent = await repo.find({
    select: { failures: true, lastFailureAt: true },
    where: { clientAddress: key.clientAddress, lastFailureAt: MoreThan(since) },
  });
  const total = recent.reduce((sum, r) => sum + r.failures, 0);
  const last = Math.max(0, ...recent.map((r) => r.lastFailureAt.getTime()));
  const sprayWait =
    total >= MAX_FAILURES_PER_ADDRESS ? secondsUntil(new Date(last + MAX_LOGIN_WAIT_SECONDS * 1000), now) : 0;
  return Math.max(ownWait, sprayWait);
}

/** Counts one more failure for the key; returns the wait it now imposes (0 for the first few). */
export async function recordLoginFailure(db: DataSource, key: ThrottleKey, now = new Date()): Promise<number> {
  const repo = db.getRepository(LoginThrottle);
  const row = await repo.findOneBy({ ...key });
  const forgotten = !row || now.getTime() - row.lastFailureAt.getTime() > LOGIN_FAILURE_MEMORY_SECONDS * 1000;
  const failures = forgotten ? 1 : row.failures + 1;
  const wait = loginWaitSeconds(failures);
  const state = { failures, lastFailureAt: now, blockedUntil: wait ? new Date(now.getTime() + wait * 1000) : null };
  if (row) await repo.update({ ...key }, state);
  else await repo.insert({ ...key, ...state }).catch(() => repo.update({ ...key }, state)); // another instance inserted it first
  return wait;
}

/** A successful sign-in forgets the key's failures. */
export async function clearLoginFailures(db: DataSource, key: ThrottleKey): Promise<void> {
  await db.getRepository(LoginThrottle).delete({ ...key });
}

/** Forgets every address's failures for a username (a county admin's unlock); returns how many were cleared. */
export async function unlockUsername(db: DataSource, username: string): Promise<number> {
  const result = await db.getRepository(LoginThrottle).delete({ username });
  return result.affected ?? 0;
}

/** When the username's latest wait ends, from any address; null when none is running. */
export async function blockedUntil(
  db: DataSource,
  usernames: readonly string[],
  now = new Date(),
): Promise<Map<string, Date>> {
  if (usernames.length === 0) return new Map();
  const rows = await db
    .getRepository(LoginThrottle)
    .find({ where: usernames.map((username) => ({ username, blockedUntil: MoreThan(now) })) });
  const result = new Map<string, Date>();
  for (const r of rows)
    if (r.blockedUntil && (!result.has(r.username) || result.get(r.username)! < r.blockedUntil))
      result.set(r.username, r.blockedUntil);
  return result;
}
