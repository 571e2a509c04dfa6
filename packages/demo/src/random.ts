/**
 * A small seeded pseudo-random generator for demo data.
 *
 * mulberry32 uses only 32-bit integer arithmetic (Math.imul, shifts) and one exact division
 * by 2^32, so a seed gives the same sequence on every run, machine and Node version.
 * Dates are computed in UTC from 'YYYY-MM-DD' strings. Nothing here reads Math.random,
 * Date.now or the local time zone.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(arr: readonly T[]): T;
  /** One item, with probability proportional to its weight (weights ≥ 0, total > 0). */
  pickWeighted<T>(items: readonly (readonly [T, number])[]): T;
  /** true with probability p (p ≤ 0 never, p ≥ 1 always). */
  chance(p: number): boolean;
  /** A shuffled copy (Fisher–Yates); the argument is not modified. */
  shuffle<T>(arr: readonly T[]): T[];
  /** n distinct elements (by position) in random order; 0 ≤ n ≤ arr.length. */
  sample<T>(arr: readonly T[], n: number): T[];
  /** A day in [fromISO, toISO], both inclusive, as 'YYYY-MM-DD'. */
  date(fromISO: string, toISO: string): string;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (UTC) of a 'YYYY-MM-DD' date; throws on anything else. */
export function isoToDayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return ms / DAY_MS;
}

/** 'YYYY-MM-DD' of a day number from isoToDayNumber. */
export function dayNumberToIso(dayNumber: number): string {
  const d = new Date(dayNumber * DAY_MS);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const mo = String(d.getUTCMonth() + 1).padStart(2, '0');
  const da = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${mo}-${da}`;
}

/** 'YYYY-MM-DD' shifted by a whole number of days. */
export function addDays(iso: string, days: number): string {
  return dayNumberToIso(isoToDayNumber(iso) + Math.trunc(days));
}

/**
 * A 32-bit seed derived from a seed and a label (FNV-1a over the label, mixed with the seed),
 * so that independent parts of the generated data can have their own streams: changing how
 * one part draws numbers then does not shift the others.
 */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  let state = Math.trunc(seed) >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max))
      throw new RangeError(`int(${min}, ${max}): bounds must be integers`);
    if (min > max) throw new RangeError(`int(${min}, ${max}): min > max`);
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(arr: readonly T[]): T => {
    if (arr.length === 0) throw new RangeError('pick from an empty array');
    return arr[Math.floor(next() * arr.length)] as T;
  };

  const pickWeighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let total = 0;
    for (const [, w] of items) {
      if (!Number.isFinite(w) || w < 0) throw new RangeError(`pickWeighted: invalid weight ${w}`);
      total += w;
    }
    if (items.length === 0 || total <= 0) throw new RangeError('pickWeighted: no item with a positive weight');
    let r = next() * total;
    for (const [item, w] of items) {
      if (r < w) return item;
      r -= w;
    }
    // Floating-point leftovers: the last item with a positive weight.
    for (let i = items.length - 1; i >= 0; i--) {
      const entry = items[i] as readonly [T, number];
      if (entry[1] > 0) return entry[0];
    }
    throw new RangeError('pickWeighted: unreachable');
  };

  const chance = (p: number): boolean => next() < p;

  const shuffle = <T>(arr: readonly T[]): T[] => {
    const out = arr.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  };

  const sample = <T>(arr: readonly T[], n: number): T[] => {
    if (!Number.isInteger(n) || n < 0 || n > arr.length) {
      throw new RangeError(`sample: n must be an integer in [0, ${arr.length}], got ${n}`);
    }
    // Partial Fisher–Yates over a copy: only n swaps.
    const out = arr.slice();
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (out.length - i));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out.slice(0, n);
  };

  const date = (fromISO: string, toISO: string): string => {
    const from = isoToDayNumber(fromISO);
    const to = isoToDayNumber(toISO);
    if (from > to) throw new RangeError(`date(${fromISO}, ${toISO}): from is after to`);
    return dayNumberToIso(int(from, to));
  };

  return { next, int, pick, pickWeighted, chance, shuffle, sample, date };
}
