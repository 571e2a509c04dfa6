/** Who is where, and how active each township and member is. */
import { Attendance, MemberStatus } from '@cppcc/domain';
import type { DemoCounty, DemoMember } from '../county/model';
import { createRandom, deriveSeed, type Random } from '../random';
import { activeOn, clamp, maxDate, minDate, uniform } from './helpers';

export interface TownshipProfile {
  /** How much the township does, 0.6–1.45 (fixed ladder, shuffled). */
  vigour: number;
  /** Base probability that an invited member is present. */
  attendance: number;
  /** Share of non-present invitees who were absent rather than excused. */
  absentShare: number;
  /** How well its work is received: acceptance, adoption, replies. */
  quality: number;
  /** Sets higher plan targets than it may reach. */
  ambition: number;
}

export interface Ctx {
  county: DemoCounty;
  /** Member indexes per township index. */
  byTownship: number[][];
  profiles: TownshipProfile[];
  /** Per member, 0.2–1.5. */
  diligence: number[];
}

export function buildContext(county: DemoCounty, seed: number): Ctx {
  const rng = createRandom(deriveSeed(seed, 'records/profiles'));
  const n = county.townships.length;
  const ladder = Array.from({ length: n }, (_, i) => 0.6 + (0.85 * i) / Math.max(1, n - 1));
  const vigours = rng.shuffle(ladder);
  const profiles = county.townships.map((_t, i): TownshipProfile => {
    const vigour = vigours[i] as number;
    return {
      vigour,
      attendance: clamp(0.8 + 0.14 * (vigour - 1) + uniform(rng, -0.06, 0.06), 0.66, 0.97),
      absentShare: clamp(0.45 - 0.3 * (vigour - 1) + uniform(rng, -0.1, 0.1), 0.1, 0.7),
      quality: clamp(1 + 0.35 * (vigour - 1) + uniform(rng, -0.15, 0.15), 0.65, 1.35),
      ambition: rng.chance(0.35) ? 1 : 0,
    };
  });
  const byTownship: number[][] = county.townships.map(() => []);
  county.members.forEach((m, i) => (byTownship[m.townshipIndex] as number[]).push(i));
  const mrng = createRandom(deriveSeed(seed, 'records/diligence'));
  const diligence = county.members.map((m) => {
    const base = mrng.pickWeighted<[number, number]>([
      [[0.35, 0.7], 2],
      [[0.7, 1.1], 5],
      [[1.1, 1.5], 3],
    ]);
    const d = uniform(mrng, base[0], base[1]);
    if (m.status === MemberStatus.REVOKED) return 0.2 + 0.15 * mrng.next();
    if (m.status === MemberStatus.WITHDRAWN) return Math.min(d, 0.9);
    return d;
  });
  return { county, byTownship, profiles, diligence };
}

export function membersOn(ctx: Ctx, townshipIndex: number, date: string): number[] {
  return (ctx.byTownship[townshipIndex] as number[]).filter((i) => activeOn(ctx.county.members[i] as DemoMember, date));
}

export function allMembersOn(ctx: Ctx, date: string): number[] {
  const out: number[] = [];
  ctx.county.members.forEach((m, i) => {
    if (activeOn(m, date)) out.push(i);
  });
  return out;
}

/**
 * A date in [from, to] on which the township has at least one member in office: a random
 * date when possible, otherwise a date inside some member's term; null when nobody of the
 * township is in office in the whole range.
 */
export function dateWithMembers(rng: Random, ctx: Ctx, townshipIndex: number, from: string, to: string): string | null {
  for (let attempt = 0; attempt < 6; attempt++) {
    const d = rng.date(from, to);
    if (membersOn(ctx, townshipIndex, d).length > 0) return d;
  }
  const windows: [string, string][] = [];
  for (const i of ctx.byTownship[townshipIndex] as number[]) {
    const m = ctx.county.members[i] as DemoMember;
    const lo = maxDate(from, m.joinedOn);
    const hi = minDate(to, m.leftOn ?? to);
    if (lo <= hi) windows.push([lo, hi]);
  }
  if (windows.length === 0) return null;
  const [lo, hi] = rng.pick(windows);
  return rng.date(lo, hi);
}

/** Draws weighted members without replacement. */
export function weightedSample(
  rng: Random,
  pool: readonly number[],
  n: number,
  weight: (i: number) => number,
): number[] {
  const rest = pool.slice();
  const out: number[] = [];
  while (out.length < n && rest.length > 0) {
    const chosen = rng.pickWeighted(rest.map((i, k): [number, number] => [k, Math.max(0.001, weight(i))]));
    out.push(rest[chosen] as number);
    rest.splice(chosen, 1);
  }
  return out;
}

export function attendanceFor(
  rng: Random,
  ctx: Ctx,
  memberIndex: number,
  townshipIndex: number | null,
  boost = 0,
): Attendance {
  const member = ctx.county.members[memberIndex] as DemoMember;
  const profile = ctx.profiles[townshipIndex ?? member.townshipIndex] as TownshipProfile;
  const dil = ctx.diligence[memberIndex] as number;
  const p = clamp(profile.attendance + 0.18 * (dil - 1) + boost, 0.25, 0.99);
  if (rng.chance(p)) return Attendance.PRESENT;
  return rng.chance(profile.absentShare) ? Attendance.ABSENT : Attendance.EXCUSED;
}
