/** What township and county activities share: titles that fit the date, the empty row, suggestion counts. */
import { Attendance, GovernmentLevel, MeetingKind, TownshipKind, type ActivityKind } from '@cppcc/domain';
import type { DemoTownship } from '../county/model';
import type { Random } from '../random';
import { MEETING_TITLES } from '../vocabulary';
import { clamp, uniform } from './helpers';
import type { ActivityRow } from './rows';

export type ActivityFields = Omit<ActivityRow, 'id'>;

interface Participant {
  member: number;
  attendance: Attendance;
}

export interface ActivityDraft {
  row: ActivityFields;
  participants: Participant[];
  seq: number;
}

/** Participants in member order, each with the attendance drawn for them. */
export function participantsOf(invited: readonly number[], attendance: (member: number) => Attendance): Participant[] {
  return invited
    .slice()
    .sort((a, b) => a - b)
    .map((member) => ({ member, attendance: attendance(member) }));
}

/** Invitees of a small-group activity are present unless excused. */
export function mostlyPresent(rng: Random, presentChance: number): Attendance {
  return rng.chance(presentChance) ? Attendance.PRESENT : Attendance.EXCUSED;
}

/** Titles that only fit some dates (MM-DD windows, or a first date). */
const TITLE_WINDOWS: readonly { re: RegExp; from?: string; to?: string; since?: string; until?: string }[] = [
  { re: /二十大/, since: '2022-10-25' },
  { re: /二十届三中全会/, since: '2024-07-25' },
  { re: /主题教育/, since: '2023-04-01', until: '2024-01-31' },
  { re: /全国两会/, from: '03-12', to: '05-31' },
  { re: /县政协全会精神/, from: '01-20', to: '04-30' },
  { re: /迎春|春节/, from: '01-05', to: '02-15' },
  { re: /重阳/, from: '10-01', to: '10-31' },
  { re: /六一/, from: '05-20', to: '06-01' },
  { re: /金秋助学/, from: '08-10', to: '09-15' },
  { re: /第一季度/, from: '01-01', to: '03-31' },
  { re: /第二季度/, from: '04-01', to: '06-30' },
  { re: /第三季度/, from: '07-01', to: '09-30' },
  { re: /第四季度/, from: '10-01', to: '12-31' },
  { re: /防汛/, from: '05-15', to: '09-30' },
];

function titleFits(title: string, date: string): boolean {
  const md = date.slice(5);
  for (const w of TITLE_WINDOWS) {
    if (!w.re.test(title)) continue;
    if (w.since && date < w.since) return false;
    if (w.until && date > w.until) return false;
    if (w.from && w.to && (md < w.from || md > w.to)) return false;
  }
  return true;
}

/** A title that fits the date: from `preferred` when one does, else from `all`. */
export function pickTitle(
  rng: Random,
  preferred: readonly string[],
  date: string,
  all: readonly string[] = preferred,
): string {
  const fitting = preferred.filter((t) => titleFits(t, date));
  if (fitting.length > 0) return rng.pick(fitting);
  const anyFitting = all.filter((t) => titleFits(t, date));
  if (anyFitting.length > 0) return rng.pick(anyFitting);
  const unconstrained = all.filter((t) => !TITLE_WINDOWS.some((w) => w.re.test(t)));
  return rng.pick(unconstrained.length > 0 ? unconstrained : all);
}

export function meetingKindOf(title: string): MeetingKind {
  for (const kind of Object.values(MeetingKind)) if (MEETING_TITLES[kind].includes(title)) return kind;
  return MeetingKind.REGULAR;
}

export function emptyActivity(
  kind: ActivityKind,
  title: string,
  heldOn: string,
  townshipIndex: number | null,
  location: string | null,
): ActivityFields {
  return {
    kind,
    title,
    heldOn,
    year: Number(heldOn.slice(0, 4)),
    townshipId: townshipIndex === null ? null : townshipIndex + 1,
    location,
    topic: null,
    meetingKind: null,
    consultationScale: null,
    suggestionsMade: 0,
    suggestionsAdopted: 0,
    adoptionReview: null,
    reportTitle: null,
    submittedTo: null,
    peopleReached: null,
    opinionsCollected: null,
    donationYuan: 0,
    beneficiaries: null,
    outletLevel: null,
    piecesSubmitted: null,
    notes: null,
  };
}

/** Rural titles and places do not suit a subdistrict (街道), nor urban ones a town or 乡, when others are left. */
const RURAL = /农村|农业|种植|乡村|田埂|田间|村头|村部|村民组|农资|粮食|和美|拦水堰|合作社|集镇/;
const URBAN = /老旧小区|电梯|小区|城区|背街小巷/;
export function suited<T extends string>(t: DemoTownship, list: readonly T[]): readonly T[] {
  const unfit = t.kind === TownshipKind.SUBDISTRICT ? RURAL : URBAN;
  const fitting = list.filter((x) => !unfit.test(x));
  return fitting.length > 0 ? fitting : list;
}

/** Publicity titles that name their outlet. */
export const PUBLICITY_OUTLET_HINTS: readonly (readonly [RegExp, GovernmentLevel, string])[] = [
  [/县融媒体中心/, GovernmentLevel.COUNTY, '县融媒体中心'],
  [/江淮时报/, GovernmentLevel.PROVINCE, '《江淮时报》'],
  [/微信公众号/, GovernmentLevel.COUNTY, '县政协微信公众号'],
  [/黑板报|宣传栏/, GovernmentLevel.COUNTY, '镇村宣传阵地'],
];

export function suggestions(rng: Random, made: number, adoptRate: number): [number, number] {
  const adopted = clamp(Math.round(made * adoptRate * uniform(rng, 0.7, 1.1)), 0, made);
  return [made, adopted];
}
