import type { DataSource, EntityManager } from 'typeorm';
import { Role, userRules } from '@cppcc/domain';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { Township } from '../townships/township.entity';
import { User } from '../users/user.entity';
import { hashPassword } from './password';

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS_NOTE = `演示账号（密码 ${DEMO_PASSWORD}）：admin 县政协管理员 · leader 县政协领导 · officer 乡镇政协干部 · unit 承办单位`;

/** The four demo logins; only ever created together with the demo county. */
export async function createDemoUsers(manager: EntityManager): Promise<void> {
  const [township] = await manager.getRepository(Township).find({ order: { code: 'ASC' }, take: 1 });
  const [unit] = await manager.getRepository(HandlingUnit).find({ order: { id: 'ASC' }, take: 1 });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: Partial<User>[] = [
    { username: 'admin', displayName: '县政协办公室', role: Role.COUNTY_ADMIN },
    { username: 'leader', displayName: '县政协主席', role: Role.LEADER },
    {
      username: 'officer',
      displayName: `${township.name}政协干部`,
      role: Role.TOWNSHIP_OFFICER,
      townshipId: township.id,
    },
    { username: 'unit', displayName: unit.name, role: Role.HANDLING_UNIT, handlingUnitId: unit.id },
  ];
  await manager
    .getRepository(User)
    .insert(users.map((u) => ({ townshipId: null, handlingUnitId: null, ...u, passwordHash })));
}

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
