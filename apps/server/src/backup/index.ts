/** Portable backup and restore of every table (npm run backup / npm run restore); format in format.ts. */
export { backupDatabase, defaultBackupFileName } from './backup';
export { restoreDatabase, inspectDump } from './restore';
export { BackupError } from './format';
export { readDumpLines } from './ndjson';
