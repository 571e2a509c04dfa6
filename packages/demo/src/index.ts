import type { DataSource } from 'typeorm';
import { loadDemoCountyIfEmpty } from './load-demo';
import { DEMO_USERS_NOTE } from './demo-users';

export { loadDemoCounty, loadDemoCountyIfEmpty, type SeedSummary } from './load-demo';
export { DEMO_PASSWORD, DEMO_USERS_NOTE } from './demo-users';

/** The server's seed hook (ServerOptions.seed): the demo county into an empty database, and the demo logins. */
export async function seedDemoCounty(db: DataSource): Promise<string[]> {
  const seeded = await loadDemoCountyIfEmpty(db);
  return [
    ...(seeded ? [`空数据库：已载入演示县数据（${seeded.townships} 个乡镇，${seeded.members} 名委员）`] : []),
    DEMO_USERS_NOTE,
  ];
}
