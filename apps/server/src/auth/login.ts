import { MoreThan } from 'typeorm';
import { apiError } from '../core/errors';
import type { GraphQLContext } from '../core/context';
import { AuditEntry } from '../audit/audit-entry.entity';
import { writeAudit } from '../audit/audit-log';
import { User } from '../users/user.entity';
import { signToken } from './jwt';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';
import { Loaders } from '../core/loaders';
import type { Principal } from '../core/viewer';

export function userViewer(user: User): Principal {
  return { kind: 'user', id: user.id, name: user.displayName, role: user.role, townshipId: user.townshipId, handlingUnitId: user.handlingUnitId, readOnly: false };
}

/** After this many failures in a row for one username (or many from one address), wait. */
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
export const COOL_DOWN_MS = 15 * 60_000;

/**
 * Failures are counted from the audit trail, not process memory: every instance behind a load
 * balancer sees the same count, and a restart does not reset it.
 */
async function assertNotLocked(ctx: GraphQLContext, username: string): Promise<void> {
  const audit = ctx.db.getRepository(AuditEntry);
  const since = new Date(Date.now() - COOL_DOWN_MS);
  const lastSuccess = await audit.findOne({ where: { action: 'LOGIN', entityId: username, at: MoreThan(since) }, order: { at: 'DESC' }, select: { at: true } });
  const byName = await audit.count({ where: { action: 'LOGIN_FAILED', entityId: username, at: MoreThan(lastSuccess?.at ?? since) } });
  const byAddress = ctx.clientAddress
    ? await audit.count({ where: { action: 'LOGIN_FAILED', clientAddress: ctx.clientAddress, at: MoreThan(since) } })
    : 0;
  if (byName >= MAX_FAILURES_PER_USERNAME || byAddress >= MAX_FAILURES_PER_ADDRESS) {
    throw apiError('RATE_LIMITED', `登录失败次数过多，请${COOL_DOWN_MS / 60_000}分钟后再试`, { retryAfterSeconds: COOL_DOWN_MS / 1000 });
  }
}

export interface LoginResult {
  token: string;
  user: User;
}

const attempts = new Map<string, Promise<unknown>>();

/**
 * Attempts for one username run one after another, so a burst of parallel guesses cannot all
 * pass the failure count before any of them is recorded.
 */
export function login(ctx: GraphQLContext, username: string, password: string): Promise<LoginResult> {
  const name = username.trim().slice(0, 100);
  const run = (attempts.get(name) ?? Promise.resolve()).then(() => attemptLogin(ctx, name, password));
  const tail = run.catch(() => undefined);
  attempts.set(name, tail);
  void tail.then(() => {
    if (attempts.get(name) === tail) attempts.delete(name);
  });
  return run;
}

async function attemptLogin(ctx: GraphQLContext, name: string, password: string): Promise<LoginResult> {
  await assertNotLocked(ctx, name);
  const user = await ctx.db.getRepository(User).findOneBy({ username: name });
  // Verify against a dummy hash for unknown users so the answer time does not reveal who exists.
  const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  if (!user || !ok || user.disabledAt) {
    await writeAudit(ctx.db.manager, ctx, { action: 'LOGIN_FAILED', entityType: 'User', entityId: name });
    throw apiError('UNAUTHENTICATED', user?.disabledAt && ok ? '该用户已停用' : '用户名或密码错误');
  }
  const token = signToken(
    { sub: String(user.id), name: user.displayName, role: user.role, tsp: user.townshipId, hu: user.handlingUnitId },
    ctx.settings.jwtSecret,
    ctx.settings.tokenTtlSeconds,
  );
  const viewer = userViewer(user);
  await writeAudit(ctx.db.manager, { ...ctx, viewer }, { action: 'LOGIN', entityType: 'User', entityId: name });
  // The rest of this request (the payload's nested fields) is read as the user who just signed in.
  ctx.viewer = viewer;
  ctx.loaders = new Loaders(ctx.db, viewer);
  return { token, user };
}
