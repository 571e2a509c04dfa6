import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Loaders } from './loaders';
import { ANONYMOUS } from './viewer';

// batch() never touches the data source; each request gets its own Loaders.
const loaders = () => new Loaders({} as DataSource, ANONYMOUS);

describe('the request’s loader registry', () => {
  it('batches the keys of one request into one call and caches them', async () => {
    const calls: number[][] = [];
    const own = loaders();
    const load = (k: number) =>
      own.batch<number, number>('square', async (keys) => (calls.push([...keys]), keys.map((x) => x * x))).load(k);
    expect(await Promise.all([load(2), load(3), load(2)])).toEqual([4, 9, 4]);
    expect(await load(3)).toBe(9);
    expect(calls).toEqual([[2, 3]]);
  });

  it('keeps requests apart', async () => {
    let calls = 0;
    const batch = async (keys: readonly number[]) => (calls++, keys.map(() => calls));
    await loaders().batch<number, number>('n', batch).load(1);
    await loaders().batch<number, number>('n', batch).load(1);
    expect(calls).toBe(2);
  });
});
