import type { GraphQLContext } from './context';

/** A closed year's sealed figures: the snapshot's `figures`, with when it was closed and its hash. */
export interface SealedFigures {
  closedAt: string;
  snapshotHash: string;
  figures: Record<string, unknown>;
}

type Provider = (ctx: GraphQLContext, year: number) => Promise<SealedFigures | null>;

let provider: Provider | null = null;

/**
 * The analytics read a closed year from its snapshot; the module that seals years provides the
 * snapshot (registered at start), so the analytics need not know it.
 */
export function provideSealedFigures(p: Provider): void {
  provider = p;
}

export function sealedFigures(ctx: GraphQLContext, year: number): Promise<SealedFigures | null> {
  return provider ? provider(ctx, year) : Promise.resolve(null);
}
