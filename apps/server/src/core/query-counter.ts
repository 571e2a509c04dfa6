import type { Logger, QueryRunner } from 'typeorm';

/** Counts SQL statements, so tests can prove that nested fields are batched. */
export class QueryCounter implements Logger {
  count = 0;
  private readonly echo = process.env.LOG_SQL === '1';

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    this.count += 1;
    if (this.echo) console.log('[sql]', query, parameters ?? '');
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.echo) console.error('[sql error]', error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
