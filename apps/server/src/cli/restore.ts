import 'reflect-metadata';
import path from 'node:path';
import { describeTarget, parseDatabaseUrl } from '../core/database-url';
import { BackupError, restoreDatabase } from '../backup';
import { openDatabase } from '../app/database';

// npm run restore -- --in file: loads a dump of npm run backup into the EMPTY database at
// DATABASE_URL (SQLite or MySQL; migrated first). Refuses a database that has rows.
function usage(): never {
  console.error('用法 usage: npm run restore -- --in <file.ndjson.gz>   (DATABASE_URL: an empty database)');
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string } {
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--in' || arg === '-i') file = argv[++i] ?? usage();
    else if (arg.startsWith('--in=')) file = arg.slice('--in='.length);
    else usage();
  }
  if (!file) usage();
  return { file: path.resolve(file) };
}

async function main(): Promise<void> {
  const { file } = parseArgs(process.argv.slice(2));
  const target = parseDatabaseUrl(process.env.DATABASE_URL || undefined);
  console.error(`恢复 restore: ${file} → ${describeTarget(target)}`);
  const stats = await restoreDatabase(openDatabase, process.env.DATABASE_URL || undefined, file, {
    progress: (line) => console.error(line),
  });
  console.error(`完成 done: ${stats.tables} 张表 tables, ${stats.rows} 行 rows, ${(stats.ms / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error instanceof BackupError ? `恢复失败 restore failed: ${error.message}` : error);
  process.exit(1);
});
