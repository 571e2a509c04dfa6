import type { EntityManager } from 'typeorm';
import { isMysql } from '../core/data-source';
import { Proposal } from './proposal.entity';

/**
 * The next serial number (提案编号) of a year. On MySQL the year's highest row is read with a
 * row lock, so concurrent submissions on other server instances wait for each other; SQLite
 * serves one process, where `oneSubmissionAtATime` orders them.
 */
export async function nextSerialNo(manager: EntityManager, year: number): Promise<number> {
  const qb = manager
    .getRepository(Proposal)
    .createQueryBuilder('p')
    .select('p.serialNo', 'serialNo')
    .where('p.year = :year', { year })
    .orderBy('p.serialNo', 'DESC')
    .limit(1);
  if (isMysql(manager.connection)) qb.setLock('pessimistic_write');
  const row = await qb.getRawOne<{ serialNo: number | string }>();
  return row ? Number(row.serialNo) + 1 : 1;
}

function isDeadlock(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  return (e?.driverError?.code ?? e?.code) === 'ER_LOCK_DEADLOCK' || (e?.driverError?.errno ?? e?.errno) === 1213;
}

let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs submissions of this process one after another (SQLite shares one connection, so two
 * open transactions would read the same highest serial number), and retries the rare MySQL
 * deadlock between instances numbering the first proposal of a year.
 */
export function oneSubmissionAtATime<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  const attempt = async (left: number): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (left > 1 && isDeadlock(error)) return attempt(left - 1);
      throw error;
    }
  };
  const run = tail.then(() => attempt(attempts));
  tail = run.catch(() => undefined);
  return run;
}
