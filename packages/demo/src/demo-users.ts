import type { EntityManager } from 'typeorm';
import { Role } from '@cppcc/domain';
import type { HandlingUnit } from '@cppcc/server/dist/handling-units/handling-unit.entity';
import type { Township } from '@cppcc/server/dist/townships/township.entity';
import type { User } from '@cppcc/server/dist/users/user.entity';
import { hashPassword } from '@cppcc/server/dist/auth/password';

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS_NOTE = `演示账号（密码 ${DEMO_PASSWORD}）：admin 县政协管理员 · leader 县政协领导 · officer 乡镇政协干部 · unit 承办单位`;

/** The four demo logins; only ever created together with the demo county. */
export async function createDemoUsers(manager: EntityManager): Promise<void> {
  const [township] = await manager.getRepository<Township>('Township').find({ order: { code: 'ASC' }, take: 1 });
  const [unit] = await manager.getRepository<HandlingUnit>('HandlingUnit').find({ order: { id: 'ASC' }, take: 1 });
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
    .getRepository<User>('User')
    .insert(users.map((u) => ({ townshipId: null, handlingUnitId: null, ...u, passwordHash })));
}
