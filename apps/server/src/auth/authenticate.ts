import { createHash, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { apiError } from '../core/errors';
import { ANONYMOUS, type Viewer } from '../core/viewer';
import { referenceCache } from '../core/reference-cache';
import { User } from '../users/user.entity';
import { ApiToken } from './api-token.entity';
import { verifyToken } from './jwt';

export const API_TOKEN_PREFIX = 'cppcc_';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function unauthenticated(message: string) {
  return apiError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

/** Records use at most once a minute: a busy dashboard polling every second need not write each time. */
const LAST_USED_GRANULARITY_MS = 60_000;

async function fromApiToken(db: DataSource, raw: string): Promise<Viewer> {
  const match = /^cppcc_(\d+)_([A-Za-z0-9_-]{20,})$/.exec(raw);
  if (!match) throw unauthenticated('API 令牌格式不正确');
  const token = await db.getRepository(ApiToken).findOneBy({ id: Number(match[1]) });
  const given = Buffer.from(sha256(match[2]));
  if (!token || !timingSafeEqual(given, Buffer.from(token.tokenHash.padEnd(given.length).slice(0, given.length)))) {
    throw unauthenticated('API 令牌无效');
  }
  const now = Date.now();
  if (token.revokedAt) throw unauthenticated('API 令牌已被吊销');
  if (token.expiresAt && token.expiresAt.getTime() <= now) throw unauthenticated('API 令牌已过期');
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.getRepository(ApiToken).update({ id: token.id }, { lastUsedAt: new Date(now) });
  }
  return {
    kind: 'token',
    id: token.id,
    name: `API:${token.name}`,
    role: token.role,
    townshipId: token.townshipId,
    handlingUnitId: token.handlingUnitId,
    readOnly: token.readOnly,
    personalData: token.personalData,
  };
}

/**
 * The caller behind an Authorization header. No header → anonymous; a header that does not
 * verify → UNAUTHENTICATED at once (a revoked token fails on its next request).
 */
export async function authenticate(db: DataSource, header: string | undefined, secret: string): Promise<Viewer> {
  if (!header) return ANONYMOUS;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) throw unauthenticated('Authorization 头应为 "Bearer <令牌>"');
  const raw = m[1];
  if (raw.startsWith(API_TOKEN_PREFIX)) return fromApiToken(db, raw);
  const claims = verifyToken(raw, secret);
  if (!claims) throw unauthenticated('登录已失效，请重新登录');
  // The token names the user; what they may do is the user record as it is now (held a few seconds per
  // process, dropped at once by a write here): a disabled, deleted or re-bound user's old token stops speaking for them.
  const user = (await referenceCache.rows(db, User)).get(Number(claims.sub));
  if (!user) throw unauthenticated('该用户已不存在，请重新登录');
  if (user.disabledAt) throw unauthenticated('该用户已停用');
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
