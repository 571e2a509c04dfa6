import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * JWT_SECRET when set; otherwise one generated once and kept in the data folder, so tokens
 * survive restarts of the embedded default. Production must set JWT_SECRET (several instances share it).
 */
export function resolveJwtSecret(dataDir: string, production: boolean): string {
  const fromEnv = process.env.JWT_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('JWT_SECRET 至少需要32个字符');
    return fromEnv;
  }
  if (production) throw new Error('生产环境必须设置 JWT_SECRET');
  const file = path.join(dataDir, 'jwt-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
