import 'reflect-metadata';
import { describeTarget, parseDatabaseUrl } from '@cppcc/server/dist/core/database-url';
import { openDatabase } from '@cppcc/server/dist/app/database';
import { seedTools } from '@cppcc/server/dist/app/seed-tools';
import { loadDemoCountyIfEmpty } from './load-demo';
import { sealDemoYears } from './demo-years';

// npm run seed: migrates DATABASE_URL and loads the demo county when it is empty.
async function main(): Promise<void> {
  const target = parseDatabaseUrl(process.env.DATABASE_URL || undefined);
  const { dataSource } = await openDatabase(target);
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const seeded = await loadDemoCountyIfEmpty(dataSource);
    if (seeded) await sealDemoYears(dataSource, seedTools(dataSource));
    console.log(
      seeded
        ? `${describeTarget(target)}: 已载入演示县（${seeded.townships} 个乡镇，${seeded.members} 名委员）`
        : `${describeTarget(target)}: 数据库已有数据，未重复载入（如需重新演示，请换用空数据库或删除 data/cppcc.db）`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
