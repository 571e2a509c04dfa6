import { Registry1795441178601 } from './1795441178601-registry';

/** In order of application; each serves SQLite and MySQL (see dialect-migration.ts). */
export const MIGRATIONS = [Registry1795441178601];
