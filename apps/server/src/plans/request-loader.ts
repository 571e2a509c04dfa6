import DataLoader from 'dataloader';
import type { GraphQLContext } from '../core/context';

// Loaders of this module's aggregates, one set per request (keyed by the request's Loaders),
// so a list of N plans or members costs one GROUP BY per aggregate, not N.
const PER_REQUEST = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

export function requestLoader<K extends string | number, V>(ctx: GraphQLContext, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loaders = PER_REQUEST.get(ctx.loaders);
  if (!loaders) {
    loaders = new Map();
    PER_REQUEST.set(ctx.loaders, loaders);
  }
  let loader = loaders.get(name);
  if (!loader) {
    loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
    loaders.set(name, loader);
  }
  return loader as DataLoader<K, V>;
}
