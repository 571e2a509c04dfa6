/** Small numeric, date and title helpers shared by the record generators. */
import { TownshipKind } from '@cppcc/domain';
import type { DemoMember, DemoTownship } from '../county/model';
import type { Random } from '../random';
import { PLENARY_SESSIONS } from '../vocabulary';

export type PlenarySession = (typeof PLENARY_SESSIONS)[number];

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);
export const uniform = (rng: Random, lo: number, hi: number): number => lo + rng.next() * (hi - lo);

export function activeOn(m: DemoMember, date: string): boolean {
  return m.joinedOn <= date && (m.leftOn === null || date <= m.leftOn);
}

export function quarterRange(year: number, q: number): [string, string] {
  const starts = ['01-01', '04-01', '07-01', '10-01'];
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  return [`${year}-${starts[q - 1]}`, `${year}-${ends[q - 1]}`];
}

/** A time on a date, Beijing time (UTC+8), minutes after midnight. */
export function beijing(date: string, minutes: number): Date {
  const h = String(Math.floor(minutes / 60)).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return new Date(`${date}T${h}:${m}:00+08:00`);
}

export function sessionOf(year: number): PlenarySession {
  const s = PLENARY_SESSIONS.find((p) => p.year === year);
  if (!s) throw new Error(`no plenary session for ${year}`);
  return s;
}

/** Inserts the place after a leading 关于 ("关于加强…的建议" → "关于高塘镇加强…的建议"). */
export function localizeTitle(title: string, place: string): string {
  return title.startsWith('关于') ? `关于${place}${title.slice(2)}` : `${place}${title}`;
}

/** The subject of a "关于…的建议" title. */
export function subjectOf(title: string): string {
  return title.replace(/^关于/, '').replace(/的(建议|意见|情况反映|问题及建议|反映|几点意见)$/, '');
}

export function partyCommitteeOf(t: DemoTownship): string {
  return t.kind === TownshipKind.SUBDISTRICT ? '街道党工委' : t.kind === TownshipKind.XIANG ? '乡党委' : '镇党委';
}
