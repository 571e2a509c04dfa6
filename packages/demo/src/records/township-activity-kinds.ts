/** One township activity of each kind: its title, place and kind-specific fields, and whom it invites. */
import { ActivityKind, ConsultationScale, GovernmentLevel, MeetingKind, PlanItemKind } from '@cppcc/domain';
import type { DemoTownship } from '../county/model';
import type { Random } from '../random';
import {
  ACTIVITY_TITLES,
  CONSULTATION_TITLES,
  fillTemplate,
  MEETING_TITLES,
  PUBLICITY_OUTLETS,
  RESEARCH_REPORT_TITLES,
  STUDY_TOPICS,
  TOWNSHIP_LOCATIONS,
  VILLAGE_LOCATIONS,
} from '../vocabulary';
import {
  emptyActivity,
  meetingKindOf,
  pickTitle,
  PUBLICITY_OUTLET_HINTS,
  suggestions,
  suited,
  type ActivityDraft,
  type ActivityFields,
} from './activity-drafts';
import type { Ctx, TownshipProfile } from './context';
import { localizeTitle, partyCommitteeOf } from './helpers';
import type { PlanDraft } from './plans';

/** A township's year of activities as it is being generated. */
export interface TownshipYear {
  readonly rng: Random;
  readonly ctx: Ctx;
  readonly ti: number;
  readonly township: DemoTownship;
  readonly profile: TownshipProfile;
  readonly year: number;
  readonly plan: PlanDraft | undefined;
  readonly adoptRate: number;
  readonly drafts: ActivityDraft[];
  readonly seq: { n: number };
  /** Titles already used this year are avoided while others are left. */
  readonly used: Set<string>;
  /** Inspections and research attended per member this year. */
  readonly fieldWorkCount: Map<number, number>;
}

/** One activity to build: its position among the year's activities of its kind, a first date and a village. */
interface KindInput extends TownshipYear {
  readonly index: number;
  /** Quarter 1–4 the index falls in. */
  readonly q: number;
  readonly heldOn: string;
  readonly village: string;
}

/** Everyone in office, or between lo and hi members. */
export type Invite = 'all' | [number, number];

interface KindDraft {
  row: ActivityFields;
  invite: Invite;
}

export function townshipPlace(t: TownshipYear): string {
  return fillTemplate(t.rng.pick(TOWNSHIP_LOCATIONS), { township: t.township.name });
}

function villagePlace(t: TownshipYear, village: string): string {
  return fillTemplate(t.rng.pick(suited(t.township, VILLAGE_LOCATIONS)), { village });
}

function fresh(t: TownshipYear, list: readonly string[]): readonly string[] {
  const left = list.filter((x) => !t.used.has(x));
  return left.length > 0 ? left : list;
}

/** A title of `list` that fits the date, not yet used this year if possible; it is then used. */
function freshTitle(t: TownshipYear, list: readonly string[], heldOn: string): string {
  const base = pickTitle(t.rng, fresh(t, list), heldOn, list);
  t.used.add(base);
  return base;
}

/** A title of `list` regardless of date, not yet used this year if possible; it is then used. */
function freshPick(t: TownshipYear, list: readonly string[]): string {
  const base = t.rng.pick(fresh(t, list));
  t.used.add(base);
  return base;
}

function study(a: KindInput): KindDraft {
  const base = freshTitle(a, ACTIVITY_TITLES[ActivityKind.STUDY], a.heldOn);
  const row = emptyActivity(ActivityKind.STUDY, base, a.heldOn, a.ti, townshipPlace(a));
  row.topic =
    STUDY_TOPICS.find((t) => base.includes(t)) ??
    (base.includes('书香') ? '政协委员履职基本知识' : a.rng.pick(STUDY_TOPICS));
  return { row, invite: 'all' };
}

function meeting(a: KindInput): KindDraft {
  const pool = [...MEETING_TITLES[MeetingKind.REGULAR], ...MEETING_TITLES[MeetingKind.FORUM]];
  const quarterTitle = MEETING_TITLES[MeetingKind.REGULAR][a.q - 1] as string;
  const base = a.index < 4 && a.rng.chance(0.7) ? quarterTitle : pickTitle(a.rng, pool, a.heldOn);
  const meetingKind = meetingKindOf(base);
  const title = meetingKind === MeetingKind.REGULAR ? `${a.township.bodyName}${base}` : `${a.township.name}${base}`;
  const row = emptyActivity(ActivityKind.MEETING, title, a.heldOn, a.ti, townshipPlace(a));
  row.meetingKind = meetingKind;
  return { row, invite: 'all' };
}

function consultation(a: KindInput): KindDraft {
  const { rng, township, village } = a;
  const major = a.index === 0 || (a.index === 1 && a.profile.vigour > 1.3);
  const scale = major ? ConsultationScale.MAJOR : ConsultationScale.MICRO;
  const base = freshPick(a, suited(township, CONSULTATION_TITLES[scale]));
  const title = major ? `${township.name}${base}` : `${village}${base}`;
  const place = major ? townshipPlace(a) : villagePlace(a, village);
  const row = emptyActivity(ActivityKind.CONSULTATION, title, a.heldOn, a.ti, place);
  row.consultationScale = scale;
  row.topic = major ? base.replace(/(专题|对口)?协商会$/, '') : (base.split('：')[1] ?? base);
  [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, major ? rng.int(5, 14) : rng.int(1, 5), a.adoptRate);
  return { row, invite: major ? 'all' : [2, 6] };
}

function inspection(a: KindInput): KindDraft {
  const { rng, township } = a;
  const base = freshTitle(a, suited(township, ACTIVITY_TITLES[ActivityKind.INSPECTION]), a.heldOn);
  const title = base.replace(/^视察/, `视察${rng.chance(0.6) ? township.name : a.village}`);
  const row = emptyActivity(ActivityKind.INSPECTION, title, a.heldOn, a.ti, villagePlace(a, a.village));
  row.reportTitle = `关于${title.replace(/^视察/, '')}的视察报告`;
  [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, rng.int(3, 10), a.adoptRate);
  return { row, invite: [3, 9] };
}

function research(a: KindInput): KindDraft {
  const { rng, township } = a;
  const report = freshPick(a, suited(township, RESEARCH_REPORT_TITLES));
  const k = RESEARCH_REPORT_TITLES.indexOf(report);
  const title = `${township.name}${ACTIVITY_TITLES[ActivityKind.RESEARCH][k] as string}`;
  const row = emptyActivity(ActivityKind.RESEARCH, title, a.heldOn, a.ti, villagePlace(a, a.village));
  if (rng.chance(0.85)) {
    row.reportTitle = localizeTitle(RESEARCH_REPORT_TITLES[k] as string, township.name);
    row.submittedTo = rng.chance(0.6) ? partyCommitteeOf(township) : '县政协';
  }
  [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, rng.int(3, 12), a.adoptRate);
  return { row, invite: [3, 8] };
}

function visit(a: KindInput): KindDraft {
  const { rng, township, village } = a;
  const base = freshTitle(a, suited(township, ACTIVITY_TITLES[ActivityKind.VISIT]), a.heldOn);
  const title = base.startsWith('走访')
    ? `走访${village}${base.slice(2)}`
    : base.startsWith('进村入组')
      ? `深入${village}${base}`
      : `${township.name}${base}`;
  const row = emptyActivity(ActivityKind.VISIT, title, a.heldOn, a.ti, villagePlace(a, village));
  row.peopleReached = rng.int(8, 160);
  row.opinionsCollected = rng.int(2, 18);
  [row.suggestionsMade, row.suggestionsAdopted] = suggestions(
    rng,
    rng.int(0, Math.min(6, row.opinionsCollected)),
    a.adoptRate,
  );
  return { row, invite: [2, 5] };
}

function charity(a: KindInput): KindDraft {
  const { rng, year } = a;
  // A plan item "春节前后走访慰问" (quarter 1) is usually honoured by the first one.
  const springVisit =
    a.index === 0 && a.plan?.items.some((i) => i.kind === PlanItemKind.CHARITY && i.quarter === 1) && rng.chance(0.85);
  const heldOn = springVisit ? rng.date(`${year}-01-05`, `${year}-02-15`) : rng.date(`${year}-01-04`, `${year}-12-28`);
  const base = freshTitle(a, ACTIVITY_TITLES[ActivityKind.CHARITY], heldOn);
  const title = `${a.township.name}政协委员${base}`;
  const row = emptyActivity(ActivityKind.CHARITY, title, heldOn, a.ti, villagePlace(a, a.village));
  row.donationYuan = Math.round((rng.int(20, 400) * 100 * (0.6 + 0.6 * a.profile.vigour)) / 100) * 100;
  row.beneficiaries = rng.int(3, 80);
  return { row, invite: [2, 10] };
}

function publicity(a: KindInput): KindDraft {
  const { rng, profile } = a;
  const base = freshTitle(a, ACTIVITY_TITLES[ActivityKind.PUBLICITY], a.heldOn);
  const hint = PUBLICITY_OUTLET_HINTS.find(([re]) => re.test(base));
  const level =
    hint?.[1] ??
    rng.pickWeighted<GovernmentLevel>([
      [GovernmentLevel.COUNTY, 55],
      [GovernmentLevel.CITY, 28 * profile.quality],
      [GovernmentLevel.PROVINCE, 12 * profile.quality],
      [GovernmentLevel.NATIONAL, 5 * profile.quality],
    ]);
  const title = /^[县向]/.test(base) ? base : `${a.township.name}${base}`;
  const row = emptyActivity(ActivityKind.PUBLICITY, title, a.heldOn, a.ti, null);
  row.outletLevel = level;
  row.notes = `刊发平台：${hint?.[2] ?? rng.pick(PUBLICITY_OUTLETS[level])}`;
  return { row, invite: [1, 2] };
}

function culturalHistory(a: KindInput): KindDraft {
  const { township } = a;
  const base = freshTitle(a, ACTIVITY_TITLES[ActivityKind.CULTURAL_HISTORY], a.heldOn);
  const title = base.includes('本镇') ? base.replace('本镇', township.name) : `${township.name}${base}`;
  const row = emptyActivity(ActivityKind.CULTURAL_HISTORY, title, a.heldOn, a.ti, townshipPlace(a));
  row.piecesSubmitted = a.rng.int(1, 12);
  return { row, invite: [1, 3] };
}

function training(a: KindInput): KindDraft {
  const { rng, year } = a;
  // The first year of the new term opens with the new members' course.
  const newMembers = year === 2022 && a.index === 0;
  const titles = newMembers
    ? ['新任政协委员培训班']
    : ACTIVITY_TITLES[ActivityKind.TRAINING].filter((t) => t !== '新任政协委员培训班');
  const title = `${a.township.name}${rng.pick(titles)}`;
  const heldOn = newMembers ? rng.date('2022-01-20', '2022-03-20') : a.heldOn;
  const row = emptyActivity(ActivityKind.TRAINING, title, heldOn, a.ti, townshipPlace(a));
  return { row, invite: 'all' };
}

export const TOWNSHIP_ACTIVITY_KINDS: Readonly<Record<ActivityKind, (a: KindInput) => KindDraft>> = {
  [ActivityKind.STUDY]: study,
  [ActivityKind.MEETING]: meeting,
  [ActivityKind.CONSULTATION]: consultation,
  [ActivityKind.INSPECTION]: inspection,
  [ActivityKind.RESEARCH]: research,
  [ActivityKind.VISIT]: visit,
  [ActivityKind.CHARITY]: charity,
  [ActivityKind.PUBLICITY]: publicity,
  [ActivityKind.CULTURAL_HISTORY]: culturalHistory,
  [ActivityKind.TRAINING]: training,
};
