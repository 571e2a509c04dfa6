import type { DataSource } from 'typeorm';
import { Role, userRules } from '@cppcc/domain';
import { User } from '../users/user.entity';
import { hashPassword } from './password';

/**
 * Production has no demo users: the first admin comes from ADMIN_USERNAME / ADMIN_PASSWORD
 * when no user exists yet. Returns a line to log.
 */
export async function ensureFirstAdmin(
  db: DataSource,
  env: Record<string, string | undefined> = process.env,
): Promise<string | null> {
  if ((await db.getRepository(User).count()) > 0) return null;
  const username = env.ADMIN_USERNAME?.trim();
  const password = env.ADMIN_PASSWORD;
  if (!username || !password) return '尚无用户：请设置 ADMIN_USERNAME 和 ADMIN_PASSWORD 后重启，以创建首个管理员';
  const problems = [
    ...userRules.username('ADMIN_USERNAME', username),
    ...userRules.password('ADMIN_PASSWORD', password),
  ];
  if (problems.length) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  await db.getRepository(User).insert({
    username,
    displayName: '系统管理员',
    role: Role.COUNTY_ADMIN,
    passwordHash: await hashPassword(password),
    townshipId: null,
    handlingUnitId: null,
  });
  return `已创建首个管理员 ${username}`;
}
