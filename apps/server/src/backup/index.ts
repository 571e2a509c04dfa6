/** Portable backup and restore of every table (npm run backup / npm run restore); format in format.ts. */
export { backupDatabase, writeBackup, dumpChunks, defaultBackupFileName, type BackupOptions, type BackupStats } from './backup';
export { restoreDatabase, restoreInto, inspectDump, type RestoreOptions, type RestoreStats, type DumpManifest } from './restore';
export { BackupError, DUMP_FORMAT, DUMP_VERSION, type DumpHeader, type DumpTableLine, type DumpEndLine } from './format';
export { readDumpLines } from './ndjson';
export { tablePlans, type TablePlan } from './tables';
