import type { Express } from 'express';
import type { DataSource } from 'typeorm';

const READY_TIMEOUT_MS = 2000;

/** `SELECT 1` with a time limit: a hung database must not hang the probe. */
export async function databaseAnswers(db: DataSource): Promise<boolean> {
  if (!db.isInitialized) return false;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.query('SELECT 1'),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS))),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * /healthz: the process is up. /readyz: and its database answers, and it is not shutting down
 * (503 otherwise, so a load balancer sends its requests elsewhere).
 */
export function registerHealthRoutes(app: Express, db: DataSource, draining: () => boolean): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (draining()) res.status(503).json({ status: 'shutting down', code: 'SERVER_SHUTTING_DOWN' });
    else if (await databaseAnswers(db)) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', code: 'DATABASE_UNAVAILABLE' });
  });
}
