import type { FieldError } from './field-error';
import { isValidDate } from './registry';

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
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) return [{ field, message: `年度应在 ${YEAR_MIN} 到 ${YEAR_MAX} 之间` }];
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
