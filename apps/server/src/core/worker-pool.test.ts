import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool, WorkerTaskError } from './worker-pool';

// A worker speaking the pool's protocol: sleeps, echoes, throws, loops or eats memory on request.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-'));
const file = path.join(dir, 'worker.js');
fs.writeFileSync(
  file,
  `const { parentPort } = require('node:worker_threads');
parentPort.on('message', async ({ id, input }) => {
  if (input.sleep) await new Promise((r) => setTimeout(r, input.sleep));
  if (input.spin) for (;;);
  if (input.eat) { const keep = []; for (;;) keep.push(new Array(1e5).fill(Math.random())); }
  if (input.fail) return parentPort.postMessage({ id, ok: false, message: input.fail });
  parentPort.postMessage({ id, ok: true, value: input.echo });
});`,
);
const pools: WorkerPool<unknown, unknown>[] = [];
const pool = (options: Partial<ConstructorParameters<typeof WorkerPool>[1]> = {}) => {
  const p = new WorkerPool<Record<string, unknown>, unknown>(file, {
    size: 1,
    maxQueued: 1,
    busyMessage: '忙',
    ...options,
  });
  pools.push(p as WorkerPool<unknown, unknown>);
  return p;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('WorkerPool', () => {
  it('runs tasks in workers and answers their failures', async () => {
    const p = pool({ size: 2, maxQueued: 4 });
    expect(await Promise.all([1, 2, 3].map((echo) => p.run({ echo })))).toEqual([1, 2, 3]);
    await expect(p.run({ fail: '坏文件' })).rejects.toMatchObject({ message: '坏文件', reason: 'failed' });
  });

  it('refuses a task with RATE_LIMITED when its workers are busy and its queue is full', async () => {
    const p = pool();
    const running = p.run({ sleep: 300, echo: 'a' });
    const waiting = p.run({ echo: 'b' });
    const refused = await p.run({ echo: 'c' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 5 });
    expect(await Promise.all([running, waiting])).toEqual(['a', 'b']);
  });

  it('ends a worker that runs too long or out of memory, and serves the next task with a new one', async () => {
    const slow = pool({ timeoutMs: 300 });
    await expect(slow.run({ spin: true })).rejects.toMatchObject({ reason: 'timeout' });
    expect(await slow.run({ echo: 'after timeout' })).toBe('after timeout');
    // A generous timeout: on a loaded machine filling 32 MB can take longer than 300 ms.
    const small = pool({ timeoutMs: 20_000, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    const eaten = await small.run({ eat: true }).catch((e: unknown) => e);
    expect(eaten).toBeInstanceOf(WorkerTaskError);
    expect((eaten as WorkerTaskError).reason).toBe('out-of-memory');
    expect(await small.run({ echo: 'after oom' })).toBe('after oom');
  });
});
