// Years for the selectors: the dashboards default to the last complete year (China time).
import { todayInChina } from '@cppcc/domain';

export function currentYear(today: string = todayInChina()): number {
  return Number(today.slice(0, 4));
}

/** The last calendar year that has ended: in 2026 that is 2025. */
export function lastCompleteYear(today?: string): number {
  return currentYear(today) - 1;
}

/** Newest first: the current year and the `count - 1` before it. */
export function recentYears(count = 8, today?: string): number[] {
  const last = currentYear(today);
  return Array.from({ length: count }, (_, i) => last - i);
}

/** Choices for react-admin select inputs. */
export function yearChoices(count = 8, today?: string): { id: number; name: string }[] {
  return recentYears(count, today).map((y) => ({ id: y, name: `${y}年` }));
}
