import { AsyncLocalStorage } from 'node:async_hooks';

/** How long things may take (README, configuration). */
export interface TimeBounds {
  /** SIGTERM: the drain of received requests, after which the remaining connections are cut. */
  shutdownGraceMs: number;
  /** Database work of an ordinary request: pool wait and statements together. */
  dbTimeoutMs: number;
  /** The same for exports, imports and analytics. */
  dbLongTimeoutMs: number;
}

export const DEFAULT_TIME_BOUNDS: TimeBounds = { shutdownGraceMs: 25_000, dbTimeoutMs: 3_000, dbLongTimeoutMs: 30_000 };

const ENV: Record<keyof TimeBounds, string> = {
  shutdownGraceMs: 'SHUTDOWN_GRACE_MS',
  dbTimeoutMs: 'DB_TIMEOUT_MS',
  dbLongTimeoutMs: 'DB_LONG_TIMEOUT_MS',
};

/** The bounds from SHUTDOWN_GRACE_MS, DB_TIMEOUT_MS and DB_LONG_TIMEOUT_MS; a bad value stops the start. */
export function timeBoundsFrom(
  env: Record<string, string | undefined>,
  overrides: Partial<TimeBounds> = {},
): TimeBounds {
  const bounds = { ...DEFAULT_TIME_BOUNDS };
  for (const key of Object.keys(ENV) as (keyof TimeBounds)[]) {
    const raw = env[ENV[key]];
    if (raw !== undefined && raw !== '') {
      const n = Number(raw);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${ENV[key]} 应为正整数毫秒数：${JSON.stringify(raw)}`);
      bounds[key] = n;
    }
    if (overrides[key] !== undefined) bounds[key] = overrides[key]!;
  }
  return { ...bounds, dbLongTimeoutMs: Math.max(bounds.dbLongTimeoutMs, bounds.dbTimeoutMs) };
}

/**
 * The database time left to one request. The HTTP server opens one per request; the pool wrapper
 * (data-source.ts) bounds the wait for a connection and every statement by it, so a stalled
 * database answers DATABASE_UNAVAILABLE in time instead of holding the caller.
 */
export class DbBudget {
  private readonly startedAt = Date.now();
  private deadline: number;
  long = false;

  constructor(private readonly bounds: TimeBounds) {
    this.deadline = this.startedAt + bounds.dbTimeoutMs;
  }

  /** Exports, imports and analytics: the long bound. */
  extend(): void {
    this.long = true;
    this.deadline = Math.max(this.deadline, this.startedAt + this.bounds.dbLongTimeoutMs);
  }

  remainingMs(): number {
    return this.deadline - Date.now();
  }
}

const budgets = new AsyncLocalStorage<DbBudget>();

export function withDbBudget<T>(budget: DbBudget, work: () => T): T {
  return budgets.run(budget, work);
}

/** The budget of the request this code runs for; undefined outside requests (CLI, migrations, start-up). */
export function currentDbBudget(): DbBudget | undefined {
  return budgets.getStore();
}

/** Marks the current request as a long operation (exports, imports, analytics). */
export function longOperation(): void {
  currentDbBudget()?.extend();
}
