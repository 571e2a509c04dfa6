/** A township's activities of a year: how many of each kind, who is invited, who came. */
import { ActivityKind, MeetingKind } from '@cppcc/domain';
import type { DemoTownship } from '../county/model';
import type { Random } from '../random';
import { emptyActivity, mostlyPresent, participantsOf, type ActivityDraft } from './activity-drafts';
import { attendanceFor, membersOn, weightedSample, type Ctx, type TownshipProfile } from './context';
import { clamp, quarterRange, uniform } from './helpers';
import type { PlanDraft } from './plans';
import { TOWNSHIP_ACTIVITY_KINDS, townshipPlace, type Invite, type TownshipYear } from './township-activity-kinds';

/** Base yearly count per kind for a township of vigour 1 (≈30 activities). */
const BASE_ACTIVITY_COUNTS: Readonly<Record<ActivityKind, number>> = {
  [ActivityKind.STUDY]: 6,
  [ActivityKind.MEETING]: 3,
  [ActivityKind.CONSULTATION]: 6,
  [ActivityKind.INSPECTION]: 2,
  [ActivityKind.RESEARCH]: 2,
  [ActivityKind.VISIT]: 4,
  [ActivityKind.CHARITY]: 2,
  [ActivityKind.PUBLICITY]: 3,
  [ActivityKind.CULTURAL_HISTORY]: 1,
  [ActivityKind.TRAINING]: 1,
};
const MIN_ACTIVITY_COUNTS: Partial<Record<ActivityKind, number>> = {
  [ActivityKind.STUDY]: 2,
  [ActivityKind.MEETING]: 2,
  [ActivityKind.CONSULTATION]: 2,
  [ActivityKind.INSPECTION]: 1,
  [ActivityKind.RESEARCH]: 1,
  [ActivityKind.VISIT]: 1,
};

/** Which kinds a township does in a year, how often (the plan's targets push ambitious ones). */
function activityCounts(rng: Random, profile: TownshipProfile, year: number): Record<ActivityKind, number> {
  const v = profile.vigour * uniform(rng, 0.9, 1.1);
  const counts = {} as Record<ActivityKind, number>;
  for (const kind of Object.values(ActivityKind)) {
    const expected = BASE_ACTIVITY_COUNTS[kind] * v * uniform(rng, 0.8, 1.2);
    counts[kind] = Math.max(MIN_ACTIVITY_COUNTS[kind] ?? 0, Math.round(expected));
  }
  // The first year of the new term starts with training for the new members.
  if (year === 2022) counts[ActivityKind.TRAINING] = Math.max(1, counts[ActivityKind.TRAINING]);
  return counts;
}

function invitees(t: TownshipYear, kind: ActivityKind, heldOn: string, invite: Invite): number[] {
  const { rng, ctx } = t;
  const pool = membersOn(ctx, t.ti, heldOn);
  if (invite === 'all') return pool.filter(() => rng.chance(0.95));
  // Inspections and research go round the members who have not taken part in one yet.
  const fieldWork = kind === ActivityKind.INSPECTION || kind === ActivityKind.RESEARCH;
  const weight = (i: number): number =>
    (ctx.diligence[i] as number) / (fieldWork ? 1 + 2 * (t.fieldWorkCount.get(i) ?? 0) : 1);
  const invited = weightedSample(rng, pool, Math.min(pool.length, rng.int(invite[0], invite[1])), weight);
  if (fieldWork) for (const m of invited) t.fieldWorkCount.set(m, (t.fieldWorkCount.get(m) ?? 0) + 1);
  return invited;
}

function addActivity(t: TownshipYear, kind: ActivityKind, index: number): void {
  const { rng, ctx, year } = t;
  // Quarterly spread for study sessions and meetings, the whole year otherwise.
  const q = (index % 4) + 1;
  const [from, to] =
    kind === ActivityKind.STUDY || kind === ActivityKind.MEETING
      ? quarterRange(year, q)
      : [`${year}-01-04`, `${year}-12-28`];
  const heldOn = rng.date(from, to);
  const village = rng.pick(t.township.villages);
  const { row, invite } = TOWNSHIP_ACTIVITY_KINDS[kind]({ ...t, index, q, heldOn, village });
  const invited = invitees(t, kind, row.heldOn, invite);
  const participants = participantsOf(invited, (member) =>
    invite === 'all' ? attendanceFor(rng, ctx, member, t.ti) : mostlyPresent(rng, 0.93),
  );
  t.drafts.push({ row, participants, seq: t.seq.n++ });
}

/** 2021: the new term's members meet at the end of December. */
function newTermMeeting(t: TownshipYear): void {
  const heldOn = '2021-12-30';
  const pool = membersOn(t.ctx, t.ti, heldOn);
  const title = `${t.township.name}新一届政协委员见面座谈会`;
  const row = emptyActivity(ActivityKind.MEETING, title, heldOn, t.ti, townshipPlace(t));
  row.meetingKind = MeetingKind.FORUM;
  const participants = participantsOf(pool, (member) => attendanceFor(t.rng, t.ctx, member, t.ti, 0.05));
  t.drafts.push({ row, participants, seq: t.seq.n++ });
}

export function townshipActivities(
  rng: Random,
  ctx: Ctx,
  ti: number,
  year: number,
  seq: { n: number },
  plan: PlanDraft | undefined,
): ActivityDraft[] {
  const township = ctx.county.townships[ti] as DemoTownship;
  const profile = ctx.profiles[ti] as TownshipProfile;
  const counts = activityCounts(rng, profile, year);
  const adoptRate = clamp(0.45 + 0.3 * (profile.quality - 1) + 0.1 * (profile.vigour - 1), 0.2, 0.85);
  const t: TownshipYear = {
    rng,
    ctx,
    ti,
    township,
    profile,
    year,
    plan,
    adoptRate,
    drafts: [],
    seq,
    used: new Set<string>(),
    fieldWorkCount: new Map<number, number>(),
  };
  for (const kind of Object.values(ActivityKind)) for (let i = 0; i < counts[kind]; i++) addActivity(t, kind, i);
  if (year === 2021) newTermMeeting(t);
  return t.drafts;
}
