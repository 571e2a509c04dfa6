import { createHash } from 'node:crypto';
import { canonicalJson } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { annualSummary, assessment, memberDuty, townshipComparison } from '../analytics/analytics.service';
import { Township } from '../townships/township.entity';

/** Every figure of the year, as the API answers them: comparison (also per member), assessment with its scheme, duty, summaries. */
export async function yearFigures(ctx: GraphQLContext, year: number): Promise<Record<string, unknown>> {
  const townships = await ctx.db.getRepository(Township).find({ order: { sortOrder: 'ASC', id: 'ASC' } });
  const summaries = [];
  for (const t of townships) summaries.push(await annualSummary(ctx, t.id, year, 'records'));
  return {
    comparison: await townshipComparison(ctx, year, null, false, 'records'),
    comparisonPerMember: await townshipComparison(ctx, year, null, true, 'records'),
    assessment: await assessment(ctx, year, 'records'),
    memberDuty: await memberDuty(ctx, year, null, 'records'),
    annualSummaries: summaries,
  };
}

export interface Sealed {
  json: string;
  hash: string;
}

/** The snapshot's canonical JSON (plain values only: dates as their ISO text) and its SHA-256. */
export function seal(snapshot: Record<string, unknown>): Sealed {
  const json = canonicalJson(JSON.parse(JSON.stringify(snapshot)));
  return { json, hash: createHash('sha256').update(json, 'utf8').digest('hex') };
}

/** Pieces of at most this many characters: under 64 KB in utf8mb4 (4 bytes a character). */
export const PART_CHARS = 16_000;

export function pieces(json: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < json.length; i += PART_CHARS) out.push(json.slice(i, i + PART_CHARS));
  return out;
}
