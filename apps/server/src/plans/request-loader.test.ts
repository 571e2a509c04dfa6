import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../core/context';
import { requestLoader } from './request-loader';

const context = () => ({ loaders: {} }) as unknown as GraphQLContext;

describe('per-request loaders', () => {
  it('batches the keys of one request into one call and caches them', async () => {
    const calls: number[][] = [];
    const ctx = context();
    const load = (k: number) => requestLoader<number, number>(ctx, 'square', async (keys) => (calls.push([...keys]), keys.map((x) => x * x))).load(k);
    expect(await Promise.all([load(2), load(3), load(2)])).toEqual([4, 9, 4]);
    expect(await load(3)).toBe(9);
    expect(calls).toEqual([[2, 3]]);
  });
  it('keeps requests apart', async () => {
    let calls = 0;
    const batch = async (keys: readonly number[]) => (calls++, keys.map(() => calls));
    await requestLoader<number, number>(context(), 'n', batch).load(1);
    await requestLoader<number, number>(context(), 'n', batch).load(1);
    expect(calls).toBe(2);
  });
});
