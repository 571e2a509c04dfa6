import { retryLoginMessage } from '@cppcc/domain';
import { apiError } from '../core/errors';
import type { GraphQLContext } from '../core/context';
import { writeAudit } from '../core/audit-log';
import { User } from '../users/user.entity';
import { signToken } from './jwt';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';
import { Loaders } from '../core/loaders';
import type { Principal } from '../core/viewer';
import { clearLoginFailures, recordLoginFailure, throttleKey, waitBeforeLogin } from './login-throttle';

export function userViewer(user: User): Principal {
  return {
    kind: 'user',
    id: user.id,
    name: user.displayName,
    role: user.role,
    townshipId: user.townshipId,
    handlingUnitId: user.handlingUnitId,
    readOnly: false,
  };
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
  // Throttled per username and address together (auth/login-throttle.ts), state in the database.
  const key = throttleKey(name, ctx.clientAddress);
  const wait = await waitBeforeLogin(ctx.db, key);
  if (wait > 0) throw apiError('RATE_LIMITED', retryLoginMessage(wait), { retryAfterSeconds: wait });
  const user = await ctx.db.getRepository(User).findOneBy({ username: name });
  // Verify against a dummy hash for unknown users so the answer time does not reveal who exists.
  const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  if (!user || !ok || user.disabledAt) {
    await writeAudit(ctx.db.manager, ctx, { action: 'LOGIN_FAILED', entityType: 'User', entityId: name });
    const next = await recordLoginFailure(ctx.db, key);
    const message = user?.disabledAt && ok ? '该用户已停用' : '用户名或密码错误';
    throw next > 0
      ? apiError('UNAUTHENTICATED', `${message}；${retryLoginMessage(next)}`, { retryAfterSeconds: next })
      : apiError('UNAUTHENTICATED', message);
  }
  const token = signToken(
    { sub: String(user.id), name: user.displayName, role: user.role, tsp: user.townshipId, hu: user.handlingUnitId },
    ctx.settings.jwtSecret,
    ctx.settings.tokenTtlSeconds,
  );
  const viewer = userViewer(user);
  await clearLoginFailures(ctx.db, key);
  await writeAudit(ctx.db.manager, { ...ctx, viewer }, { action: 'LOGIN', entityType: 'User', entityId: name });
  // The rest of this request (the payload's nested fields) is read as the user who just signed in.
  ctx.viewer = viewer;
  ctx.loaders = new Loaders(ctx.db, viewer);
  return { token, user };
}
