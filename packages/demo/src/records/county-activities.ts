/** The county CPPCC's own activities of a year: the plenary session, its meetings and one of every other kind. */
import {
  ActivityKind,
  CommitteeRole,
  ConsultationScale,
  GovernmentLevel,
  MeetingKind,
  MemberKind,
} from '@cppcc/domain';
import type { DemoMember } from '../county/model';
import type { Random } from '../random';
import {
  ACTIVITY_TITLES,
  CONSULTATION_TITLES,
  COUNTY_LOCATIONS,
  MEETING_TITLES,
  PUBLICITY_OUTLETS,
  RESEARCH_REPORT_TITLES,
  STUDY_TOPICS,
} from '../vocabulary';
import {
  emptyActivity,
  mostlyPresent,
  participantsOf,
  pickTitle,
  PUBLICITY_OUTLET_HINTS,
  suggestions,
  type ActivityDraft,
  type ActivityFields,
} from './activity-drafts';
import { allMembersOn, attendanceFor, weightedSample, type Ctx } from './context';
import { localizeTitle, quarterRange, sessionOf, type PlenarySession } from './helpers';

/** A county year of activities as it is being generated. */
interface CountyYear {
  readonly rng: Random;
  readonly ctx: Ctx;
  readonly year: number;
  readonly session: PlenarySession;
  readonly drafts: ActivityDraft[];
  readonly seq: { n: number };
  /** Everyone who sits on a committee. */
  readonly committeeMembers: Set<number>;
  /** Committee directors and deputy directors. */
  readonly directors: Set<number>;
}

const CHAMBER = '县政协机关三楼会议室';

/** Adds the activity: all-member meetings draw attendance by profile (with a boost), small groups are mostly present. */
function push(c: CountyYear, row: ActivityFields, invited: number[], boost: number, everyone: boolean): void {
  const participants = participantsOf(invited, (member) =>
    everyone ? attendanceFor(c.rng, c.ctx, member, null, boost) : mostlyPresent(c.rng, 0.92),
  );
  c.drafts.push({ row, participants, seq: c.seq.n++ });
}

/** Between lo and hi members in office on the date, the diligent first. */
function sampleOn(c: CountyYear, date: string, lo: number, hi: number): number[] {
  const pool = allMembersOn(c.ctx, date);
  return weightedSample(c.rng, pool, Math.min(pool.length, c.rng.int(lo, hi)), (i) => c.ctx.diligence[i] as number);
}

/** The plenary session: every member in office is expected. */
function plenary(c: CountyYear): void {
  const { session } = c;
  const title = `${c.ctx.county.countyName}政协${session.name}`;
  const row = emptyActivity(ActivityKind.MEETING, title, session.opensOn, null, '县会议中心');
  row.meetingKind = MeetingKind.PLENARY;
  row.notes = `${session.term}委员会第${session.name.replace(/^.*届/, '').replace('会议', '')}全体会议，为期三天`;
  push(c, row, allMembersOn(c.ctx, session.opensOn), 0.1, true);
}

function standingCommittee(c: CountyYear): void {
  const { rng, ctx, year } = c;
  const standing = (d: string): number[] =>
    allMembersOn(ctx, d).filter(
      (i) => (ctx.county.members[i] as DemoMember).kind === MemberKind.STANDING_MEMBER || c.directors.has(i),
    );
  const titles = rng.shuffle(MEETING_TITLES[MeetingKind.STANDING_COMMITTEE]);
  const count = rng.int(3, 4);
  for (let k = 0; k < count; k++) {
    const heldOn = rng.date(quarterRange(year, k + 1)[0], quarterRange(year, k + 1)[1]);
    const title = `${ctx.county.countyName}政协${titles[k % titles.length] as string}`;
    const row = emptyActivity(ActivityKind.MEETING, title, heldOn, null, CHAMBER);
    row.meetingKind = MeetingKind.STANDING_COMMITTEE;
    push(c, row, standing(heldOn), 0.05, true);
  }
}

function chairsMeetings(c: CountyYear): void {
  const { rng, ctx, year } = c;
  const titles = rng.shuffle(MEETING_TITLES[MeetingKind.CHAIRS]);
  const count = rng.int(2, 3);
  for (let k = 0; k < count; k++) {
    const heldOn = rng.date(`${year}-02-01`, `${year}-12-15`);
    const title = `${ctx.county.countyName}政协${titles[k % titles.length] as string}`;
    const row = emptyActivity(ActivityKind.MEETING, title, heldOn, null, CHAMBER);
    row.meetingKind = MeetingKind.CHAIRS;
    push(
      c,
      row,
      allMembersOn(ctx, heldOn).filter((i) => c.directors.has(i)),
      0.1,
      true,
    );
  }
}

function majorConsultations(c: CountyYear): void {
  const { rng, year } = c;
  for (let k = 0; k < 2; k++) {
    const heldOn = rng.date(`${year}-03-01`, `${year}-11-30`);
    const base = rng.pick(CONSULTATION_TITLES[ConsultationScale.MAJOR]);
    const row = emptyActivity(ActivityKind.CONSULTATION, `县政协${base}`, heldOn, null, rng.pick(COUNTY_LOCATIONS));
    row.consultationScale = ConsultationScale.MAJOR;
    row.topic = base.replace(/(专题|对口)?协商会$/, '');
    [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, rng.int(8, 20), 0.6);
    push(c, row, sampleOn(c, heldOn, 15, 30), 0, false);
  }
}

function countyStudy(c: CountyYear): void {
  const { rng, year } = c;
  const heldOn = rng.date(`${year}-03-01`, `${year}-06-30`);
  const title = `县政协${pickTitle(rng, ACTIVITY_TITLES[ActivityKind.STUDY], heldOn)}`;
  const row = emptyActivity(ActivityKind.STUDY, title, heldOn, null, rng.pick(COUNTY_LOCATIONS));
  row.topic = STUDY_TOPICS.find((t) => row.title.includes(t)) ?? rng.pick(STUDY_TOPICS);
  push(c, row, sampleOn(c, heldOn, 30, 60), 0, true);
}

/** A committee's inspection or research: its seats, and now and then a member of another committee. */
function committeeFieldWork(c: CountyYear, kind: ActivityKind.INSPECTION | ActivityKind.RESEARCH): void {
  const { rng, ctx, year } = c;
  const heldOn = rng.date(`${year}-04-01`, `${year}-10-31`);
  const committee = rng.pick(ctx.county.committees);
  const seats = new Set(committee.members.map((s) => s.memberIndex));
  let row: ActivityFields;
  if (kind === ActivityKind.INSPECTION) {
    const title = pickTitle(rng, ACTIVITY_TITLES[kind], heldOn);
    row = emptyActivity(kind, `县政协${committee.name}${title}`, heldOn, null, null);
    row.reportTitle = `关于${title.replace(/^视察/, '')}的视察报告`;
  } else {
    const k = rng.int(0, RESEARCH_REPORT_TITLES.length - 1);
    row = emptyActivity(kind, `县政协${committee.name}${ACTIVITY_TITLES[kind][k] as string}`, heldOn, null, null);
    row.reportTitle = localizeTitle(RESEARCH_REPORT_TITLES[k] as string, '我县');
    row.submittedTo = '县委、县政府';
  }
  [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, rng.int(5, 12), 0.6);
  const invited = allMembersOn(ctx, heldOn).filter(
    (i) => seats.has(i) || (c.committeeMembers.has(i) && rng.chance(0.1)),
  );
  push(c, row, invited, 0, false);
}

function countyTraining(c: CountyYear): void {
  const { rng, year } = c;
  const heldOn = rng.date(`${year}-05-01`, `${year}-11-30`);
  const title = `县政协${year === 2022 ? '新任委员培训班' : '委员履职能力提升培训'}`;
  const row = emptyActivity(ActivityKind.TRAINING, title, heldOn, null, '县政协委员之家');
  push(c, row, sampleOn(c, heldOn, 40, 80), 0, true);
}

function visitMonth(c: CountyYear): void {
  const { rng, year } = c;
  const heldOn = rng.date(`${year}-06-01`, `${year}-09-30`);
  const row = emptyActivity(ActivityKind.VISIT, '县政协“委员走访月”活动', heldOn, null, null);
  row.peopleReached = rng.int(150, 600);
  row.opinionsCollected = rng.int(20, 60);
  [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, rng.int(8, 20), 0.5);
  push(c, row, sampleOn(c, heldOn, 10, 25), 0, false);
}

function springCharity(c: CountyYear): void {
  const { rng, year } = c;
  const heldOn = rng.date(`${year}-01-05`, `${year}-02-10`);
  const row = emptyActivity(ActivityKind.CHARITY, '县政协春节走访慰问困难群众', heldOn, null, null);
  row.donationYuan = rng.int(200, 600) * 100;
  row.beneficiaries = rng.int(50, 200);
  push(c, row, sampleOn(c, heldOn, 8, 15), 0, false);
}

function countyPublicity(c: CountyYear): void {
  const { rng, year } = c;
  const heldOn = rng.date(`${year}-03-01`, `${year}-12-20`);
  const level = rng.pick([GovernmentLevel.CITY, GovernmentLevel.PROVINCE, GovernmentLevel.NATIONAL]);
  const titles = ACTIVITY_TITLES[ActivityKind.PUBLICITY].filter(
    (t) => !PUBLICITY_OUTLET_HINTS.some(([re]) => re.test(t)),
  );
  const row = emptyActivity(ActivityKind.PUBLICITY, `县政协${rng.pick(titles)}`, heldOn, null, null);
  row.outletLevel = level;
  row.notes = `刊发平台：${rng.pick(PUBLICITY_OUTLETS[level])}`;
  push(c, row, sampleOn(c, heldOn, 1, 2), 0, false);
}

function countyCulturalHistory(c: CountyYear): void {
  const { rng, year } = c;
  const heldOn = rng.date(`${year}-04-01`, `${year}-11-30`);
  const work = rng.pick(['编辑出版文史资料专辑', '征集县域红色文史资料', '编纂县政协志']);
  const row = emptyActivity(ActivityKind.CULTURAL_HISTORY, `县政协文史和学习委员会${work}`, heldOn, null, '县政协机关');
  row.piecesSubmitted = rng.int(10, 40);
  push(c, row, sampleOn(c, heldOn, 2, 5), 0, false);
}

export function countyActivities(rng: Random, ctx: Ctx, year: number, seq: { n: number }): ActivityDraft[] {
  const { committees } = ctx.county;
  const c: CountyYear = {
    rng,
    ctx,
    year,
    session: sessionOf(year),
    drafts: [],
    seq,
    committeeMembers: new Set(committees.flatMap((cm) => cm.members.map((s) => s.memberIndex))),
    directors: new Set(
      committees.flatMap((cm) => cm.members.filter((s) => s.role !== CommitteeRole.MEMBER).map((s) => s.memberIndex)),
    ),
  };
  plenary(c);
  standingCommittee(c);
  chairsMeetings(c);
  // One of every other kind (so that every kind occurs every year), two major consultations.
  majorConsultations(c);
  countyStudy(c);
  committeeFieldWork(c, ActivityKind.INSPECTION);
  committeeFieldWork(c, ActivityKind.RESEARCH);
  countyTraining(c);
  visitMonth(c);
  springCharity(c);
  countyPublicity(c);
  countyCulturalHistory(c);
  return c.drafts;
}
