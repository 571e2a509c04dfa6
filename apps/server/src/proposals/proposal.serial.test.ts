import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { oneSubmissionAtATime } from './proposal.serial';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('oneSubmissionAtATime', () => {
  it('runs submissions one after another, in order', async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        oneSubmissionAtATime(async () => {
          running += 1;
          most = Math.max(most, running);
          await tick();
          order.push(n);
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('retries a MySQL deadlock, but no other error, and goes on after a failure', async () => {
    let tries = 0;
    const deadlock = Object.assign(new Error('Deadlock found'), {
      driverError: { code: 'ER_LOCK_DEADLOCK', errno: 1213 },
    });
    const value = await oneSubmissionAtATime(async () => {
      tries += 1;
      if (tries < 3) throw deadlock;
      return 'numbered';
    });
    expect([value, tries]).toEqual(['numbered', 3]);

    let other = 0;
    await expect(
      oneSubmissionAtATime(async () => {
        other += 1;
        throw new Error('bad input');
      }),
    ).rejects.toThrow('bad input');
    expect(other).toBe(1);
    expect(await oneSubmissionAtATime(async () => 'next')).toBe('next');
  });
});
