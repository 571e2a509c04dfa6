import type { DataSource } from 'typeorm';
import { loadDemoCountyIfEmpty } from './load-demo';
import { sealDemoYears, type DemoSeedTools } from './demo-years';
import { DEMO_USERS_NOTE } from './demo-users';

export { loadDemoCounty, loadDemoCountyIfEmpty, type SeedSummary } from './load-demo';
export { DEMO_PASSWORD, DEMO_USERS_NOTE } from './demo-users';

/** The server's seed hook (ServerOptions.seed): the demo county into an empty database, and the demo logins. */
export async function seedDemoCounty<C>(db: DataSource, tools: DemoSeedTools<C>): Promise<string[]> {
  const seeded = await loadDemoCountyIfEmpty(db);
  if (seeded) await sealDemoYears(db, tools);
  return [
    ...(seeded
      ? [
          `空数据库：已载入演示县数据（${seeded.townships} 个乡镇，${seeded.members} 名委员；2021—2024年度已封账，2025年度核对中）`,
        ]
      : []),
    DEMO_USERS_NOTE,
  ];
}
