import type { Logger, QueryRunner } from 'typeorm';
import { logger } from './logger';

/** Counts SQL statements, so tests can prove that nested fields are batched. */
export class QueryCounter implements Logger {
  count = 0;
  // LOG_SQL=1 echoes every statement (at info, so LOG_LEVEL must let info through).
  private readonly echo = process.env.LOG_SQL === '1';

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    this.count += 1;
    if (this.echo) logger.info({ sql: query, parameters }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.echo) logger.warn({ err: error, sql: query }, 'sql error');
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
