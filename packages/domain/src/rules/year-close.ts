import { YearState } from '../enums';
import type { FieldError } from './field-error';
import { todayInChina } from './calendar';

// Year close (年度封账, docs/domain.md): the county opens a review of year Y, in which townships
// check their figures, then closes Y; closing seals every figure of Y in a snapshot whose SHA-256
// is computed over its canonical JSON. Reopening (with a reason) makes Y open again; closing it
// again seals a new edition and keeps the old one.

/** The year's state from its latest edition (none: never closed). */
export function yearState(latest: { state: YearState } | null | undefined): YearState {
  return latest?.state ?? YearState.OPEN;
}

export type YearStep = 'openReview' | 'close' | 'reopen';

/** Which state each step needs, and what it leaves. Opening a review of a reopened year starts a new edition. */
const STEPS: Record<YearStep, { from: readonly YearState[]; to: YearState }> = {
  openReview: { from: [YearState.OPEN, YearState.REOPENED], to: YearState.REVIEW },
  close: { from: [YearState.REVIEW], to: YearState.CLOSED },
  reopen: { from: [YearState.CLOSED], to: YearState.REOPENED },
};

const REFUSAL: Record<YearStep, string> = {
  openReview: '该年度正在核对或已封账，不能再次开启核对',
  close: '须先开启年度核对，核对期结束后才能封账',
  reopen: '只有已封账的年度才能重新开启',
};

export const YEAR_CLOSE_REASON_MAX = 500;

/** What closing must know beyond the year's state: its open objections, and whether to close over them. */
export interface CloseCheck {
  openObjections?: number;
  overObjections?: boolean | null;
}

/**
 * Is the step allowed from the year's state? Reopening needs a reason; closing over open
 * objections needs the county to say so and a note. `text` is the close's note or the reopening's
 * reason, and errors name that argument.
 */
export function yearStepErrors(
  step: YearStep,
  state: YearState,
  text?: string | null,
  { openObjections = 0, overObjections = false }: CloseCheck = {},
): FieldError[] {
  if (!STEPS[step].from.includes(state)) return [{ field: 'year', message: REFUSAL[step] }];
  const field = step === 'close' ? 'note' : 'reason';
  const given = text?.trim() ?? '';
  if (given.length > YEAR_CLOSE_REASON_MAX) return [{ field, message: `说明不能超过 ${YEAR_CLOSE_REASON_MAX} 个字` }];
  if (step === 'reopen' && !given) return [{ field, message: '重新开启已封账年度须说明理由' }];
  if (step === 'close' && openObjections > 0) {
    if (!overObjections)
      return [
        {
          field: 'overObjections',
          message: `尚有 ${openObjections} 条异议未答复：请先答复，或写明说明后仍予封账`,
        },
      ];
    if (!given) return [{ field, message: '有未答复的异议时封账，须在封账说明中写明理由' }];
  }
  return [];
}

export function yearStepResult(step: YearStep): YearState {
  return STEPS[step].to;
}

/**
 * The years a change effective on a date touches: its own and every one after it up to the
 * current year — a member's transfer or departure moves the member in each later year's figures.
 */
export function yearsFrom(effectiveOn: string, now: Date = new Date()): number[] {
  const first = Number(effectiveOn.slice(0, 4));
  // The county's year: on 31 December after 16:00 UTC it is already next year in China.
  const last = Number(todayInChina(now).slice(0, 4));
  if (!Number.isInteger(first) || first > last) return Number.isInteger(first) ? [first] : [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Records of a year in this state are written only as post-close corrections. */
export function isSealed(state: YearState): boolean {
  return state === YearState.CLOSED;
}

/**
 * The canonical JSON of a value: object keys in code-point order at every level, no whitespace,
 * undefined members left out (as JSON.stringify does). Anyone can recompute a snapshot's hash from
 * the snapshot the API returns by re-serialising it this way.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
