import type { FieldError } from './field-error';

// The one home of date and calendar rules. Dates are 'YYYY-MM-DD' strings in China time
// (UTC+8, no daylight saving, the time zone of every county using this); arithmetic runs on
// integers, never on a Date in the machine's own zone.

/** China's offset from UTC: +8 hours all year. */
export const CHINA_UTC_OFFSET_MS = 8 * 3600_000;

/** Today's date as YYYY-MM-DD in China time. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The wall-clock time (HH:MM:SS) of an instant in China time. */
export function chinaClock(instant: Date): string {
  return new Date(instant.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(11, 19);
}

/** The instant a China-time date begins, `minutes` after its midnight. */
export function chinaInstant(date: string, minutes = 0): Date {
  assertDate(date);
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - CHINA_UTC_OFFSET_MS + minutes * 60_000);
}

// Years and quarters of work records: an activity's year is the year of its date, a plan
// item's quarter is the calendar quarter of the activity's date.

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

/** The calendar year of a YYYY-MM-DD date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The calendar quarter (1–4) of a YYYY-MM-DD date, or of a month number 1–12. */
export function quarterOf(date: string | number): number {
  const month = typeof date === 'number' ? date : Number(date.slice(5, 7));
  return Math.floor((month - 1) / 3) + 1;
}

/** A work year: an integer in a plausible range. */
export function workYear(field: string, year: number | null | undefined): FieldError[] {
  if (year == null) return [{ field, message: '年度不能为空' }];
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX)
    return [{ field, message: `年度应在 ${YEAR_MIN} 到 ${YEAR_MAX} 之间` }];
  return [];
}

/** A required date in YYYY-MM-DD form within the work years. */
export function workDate(field: string, date: string | null | undefined, label: string): FieldError[] {
  if (date == null || date === '') return [{ field, message: `${label}不能为空` }];
  if (!isValidDate(date)) return [{ field, message: `${label}格式应为YYYY-MM-DD` }];
  return workYear(field, yearOf(date)).map((e) => ({ ...e, message: `${label}的${e.message}` }));
}

/** A count typed in by a user: absent, or a whole number ≥ 0. */
export function nonNegativeCount(field: string, value: number | null | undefined, label: string): FieldError[] {
  if (value == null) return [];
  return Number.isInteger(value) && value >= 0 ? [] : [{ field, message: `${label}须为非负整数` }];
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

function parseDate(s: string): Ymd {
  const match = DATE_RE.exec(s);
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return { y, m, d };
  }
  throw new RangeError(`日期格式无效（应为 YYYY-MM-DD）：${s}`);
}

function formatDate({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function dayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whether s is a real calendar date written as YYYY-MM-DD. */
export function isValidDate(s: string): boolean {
  try {
    parseDate(s);
    return true;
  } catch {
    return false;
  }
}

/** Throws a RangeError unless s is a real YYYY-MM-DD date. */
export function assertDate(s: string): void {
  parseDate(s);
}

/** Calendar months later, clamped to the month's last day (2025-11-30 + 3 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`月数须为整数：${months}`);
  const { y, m, d } = parseDate(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return formatDate({ y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) });
}

/** The date `days` calendar days later (earlier when negative): 2023-12-31 + 1 → 2024-01-01. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`天数须为整数：${days}`);
  const { y, m, d } = parseDate(date);
  // Date.UTC is zone-free arithmetic on the proleptic calendar; only its UTC fields are read.
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return formatDate({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/** to − from in days (negative when to is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(parseDate(to)) - dayNumber(parseDate(from));
}

/** Whether a date falls on Saturday or Sunday (1970-01-01, day 0, was a Thursday). */
export function isWeekend(date: string): boolean {
  const weekday = (((dayNumber(parseDate(date)) + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/**
 * The date `n` working days (Monday to Friday) after `date`: 5 working days after Friday
 * 2026-03-06 is Friday 2026-03-13. Public holidays and 调休 are not modelled; the county sets the
 * window's length instead (docs/domain.md, return and extension).
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数须为非负整数：${n}`);
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left -= 1;
  }
  return d;
}
