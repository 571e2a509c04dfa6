/** Activities of every kind with participants and attendance, county and townships, in date order. */
import { createRandom, deriveSeed } from '../random';
import type { ActivityDraft } from './activity-drafts';
import { DEMO_RECORD_YEARS } from './constants';
import type { Ctx } from './context';
import { countyActivities } from './county-activities';
import type { PlanDraft } from './plans';
import type { ActivityParticipantRow, ActivityRow } from './rows';
import { townshipActivities } from './township-activities';

export function buildActivities(
  ctx: Ctx,
  seed: number,
  plans: readonly PlanDraft[],
): { activities: ActivityRow[]; participants: ActivityParticipantRow[] } {
  const drafts: ActivityDraft[] = [];
  const seq = { n: 0 };
  for (const year of DEMO_RECORD_YEARS) {
    drafts.push(
      ...countyActivities(createRandom(deriveSeed(seed, `records/activities/county/${year}`)), ctx, year, seq),
    );
    ctx.county.townships.forEach((_t, ti) => {
      const plan = plans.find((p) => p.townshipIndex === ti && p.year === year);
      drafts.push(
        ...townshipActivities(
          createRandom(deriveSeed(seed, `records/activities/${ti}/${year}`)),
          ctx,
          ti,
          year,
          seq,
          plan,
        ),
      );
    });
  }
  drafts.sort((a, b) => (a.row.heldOn < b.row.heldOn ? -1 : a.row.heldOn > b.row.heldOn ? 1 : a.seq - b.seq));
  const activities: ActivityRow[] = [];
  const participants: ActivityParticipantRow[] = [];
  drafts.forEach((d, i) => {
    const id = i + 1;
    activities.push({ id, ...d.row });
    for (const p of d.participants)
      participants.push({
        id: participants.length + 1,
        activityId: id,
        memberId: p.member + 1,
        attendance: p.attendance,
      });
  });
  return { activities, participants };
}
