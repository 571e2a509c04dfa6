import 'reflect-metadata';
import { describeTarget, parseDatabaseUrl } from '../core/database-url';
import { openDatabase } from '../app/database';
import { ruleViolationReport, ruleViolations } from '../data-checks/rule-violations';

// npm run migrate: applies pending migrations to DATABASE_URL (the start command does this too),
// then reports stored records that break a current rule (data-checks/), changing nothing.
async function main(): Promise<void> {
  const target = parseDatabaseUrl(process.env.DATABASE_URL || undefined);
  const { dataSource } = await openDatabase(target);
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      `${describeTarget(target)}: ${applied.length} migration(s) applied${applied.length ? ': ' + applied.map((m) => m.name).join(', ') : ''}`,
    );
    for (const line of ruleViolationReport(await ruleViolations(dataSource))) console.log(line);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
