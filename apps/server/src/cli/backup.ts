import 'reflect-metadata';
import path from 'node:path';
import { describeTarget, parseDatabaseUrl } from '../core/database-url';
import { backupDatabase, BackupError, defaultBackupFileName } from '../backup';
import { openDatabase } from '../app/database';

// npm run backup -- [--out file]: a portable gzip'd NDJSON dump of every table of DATABASE_URL
// (default ./data/cppcc.db), readable by npm run restore on SQLite or MySQL. Safe while the server runs.
// Without --out it writes ./data/backups/cppcc-backup-<date>-<time>.ndjson.gz (data/ is not in git).
function usage(): never {
  console.error('用法 usage: npm run backup -- [--out <file.ndjson.gz>]');
  process.exit(2);
}

function parseArgs(argv: string[]): { out: string } {
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' || arg === '-o') out = argv[++i] ?? usage();
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') usage();
    else usage();
  }
  return { out: path.resolve(out || path.join('data', 'backups', defaultBackupFileName())) };
}

async function main(): Promise<void> {
  const { out } = parseArgs(process.argv.slice(2));
  const target = parseDatabaseUrl(process.env.DATABASE_URL || undefined);
  console.error(`备份 backup: ${describeTarget(target)} → ${out}`);
  const stats = await backupDatabase(openDatabase, process.env.DATABASE_URL || undefined, out, {
    progress: (line) => console.error(line),
  });
  console.error(
    `完成 done: ${stats.tables} 张表 tables, ${stats.rows} 行 rows, ${(stats.bytes / 1024).toFixed(0)} KB, ${(stats.ms / 1000).toFixed(1)} s`,
  );
  console.log(stats.file);
}

main().catch((error) => {
  console.error(error instanceof BackupError ? `备份失败 backup failed: ${error.message}` : error);
  process.exit(1);
});
