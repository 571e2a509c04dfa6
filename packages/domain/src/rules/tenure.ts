import { MemberStatus, TenureEnd } from '../enums';
import { addDays, isValidDate } from './calendar';
import type { FieldError } from './field-error';

// A member's time in office is dated history (docs/domain.md, "Tenure is history"): where they
// were organised, from when to when, and why each stretch ended; their terms (届次) are a list.
// These rules build and change that history; the member row's township, status and dates are
// only its latest state, derived here. Dates are YYYY-MM-DD; an end date is the last day counted.

/** One stretch of organisation in one township. `endsOn` null: still there. */
export interface Tenure {
  townshipId: number;
  startsOn: string;
  endsOn: string | null;
  endReason: TenureEnd | null;
  /** Reason given for leaving (退出原因 …), or the note of a transfer. */
  endNote: string | null;
}

/** One term (届次) a member was appointed for. */
export interface TermEntry {
  term: string;
  /** Null for terms recorded before dates were kept (资料待补). */
  startsOn: string | null;
}

/** A change applied to the history: the new history, or why it is refused (nothing changes). */
export type TenureChange<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const refuse = <T>(field: string, message: string): TenureChange<T> => ({ ok: false, errors: [{ field, message }] });
const accept = <T>(value: T): TenureChange<T> => ({ ok: true, value });

const END_FOR_STATUS: Partial<Record<MemberStatus, TenureEnd>> = {
  [MemberStatus.TERM_ENDED]: TenureEnd.TERM_ENDED,
  [MemberStatus.WITHDRAWN]: TenureEnd.WITHDRAWN,
  [MemberStatus.REVOKED]: TenureEnd.REVOKED,
};

const STATUS_FOR_END: Record<Exclude<TenureEnd, TenureEnd.TRANSFERRED>, MemberStatus> = {
  [TenureEnd.TERM_ENDED]: MemberStatus.TERM_ENDED,
  [TenureEnd.WITHDRAWN]: MemberStatus.WITHDRAWN,
  [TenureEnd.REVOKED]: MemberStatus.REVOKED,
};

/** Sorted by start: the order every rule here reads. */
function sorted(list: readonly Tenure[]): Tenure[] {
  return [...list].sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
}

function latest(list: readonly Tenure[]): Tenure | undefined {
  return sorted(list).at(-1);
}

function dateProblem(field: string, date: string | null | undefined, label: string): FieldError[] {
  if (date == null || date === '') return [{ field, message: `${label}不能为空` }];
  return isValidDate(date) ? [] : [{ field, message: `${label}格式应为YYYY-MM-DD` }];
}

/** The stretch the member was in on a date, if any. */
export function tenureOn(list: readonly Tenure[], date: string): Tenure | undefined {
  return list.find((t) => t.startsOn <= date && (t.endsOn == null || t.endsOn >= date));
}

/**
 * The stretch that places the member in a year: of those overlapping it, the one in which their
 * membership of that year ended — the township on 31 December, or on their last day of that year.
 * Undefined when they were not a member at any time of the year.
 */
export function tenureInYear(list: readonly Tenure[], year: number): Tenure | undefined {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return sorted(list)
    .filter((t) => t.startsOn <= last && (t.endsOn == null || t.endsOn >= first))
    .at(-1);
}

/** The member row's latest state, derived from the history. */
export interface CurrentTenure {
  townshipId: number;
  status: MemberStatus;
  joinedOn: string;
  leftOn: string | null;
  leaveReason: string | null;
}

export function currentTenure(list: readonly Tenure[]): CurrentTenure {
  const ordered = sorted(list);
  const last = ordered.at(-1);
  if (!last) throw new RangeError('任职记录为空');
  const ended = last.endReason && last.endReason !== TenureEnd.TRANSFERRED ? last.endReason : null;
  return {
    townshipId: last.townshipId,
    status: ended ? STATUS_FOR_END[ended] : MemberStatus.ACTIVE,
    joinedOn: ordered[0].startsOn,
    leftOn: ended ? last.endsOn : null,
    leaveReason: ended ? last.endNote : null,
  };
}

/** What a new member's record says of their office: the first stretch of their history. */
export interface TenureStart {
  townshipId: number;
  status: MemberStatus;
  joinedOn: string | null | undefined;
  leftOn?: string | null;
  leaveReason?: string | null;
}

/**
 * The history of a member entered whole (the console, an import, the demo county): joined on a
 * date, and — when not 在任 — left on a date, with a reason when withdrawn.
 */
export function initialTenure(start: TenureStart): TenureChange<Tenure[]> {
  const problems = dateProblem('input.joinedOn', start.joinedOn, '加入日期');
  if (problems.length) return { ok: false, errors: problems };
  const tenure: Tenure = {
    townshipId: start.townshipId,
    startsOn: start.joinedOn!,
    endsOn: null,
    endReason: null,
    endNote: null,
  };
  if (start.status === MemberStatus.ACTIVE) {
    if (start.leftOn) return refuse('input.leftOn', '在任委员不能有离任日期');
    return accept([tenure]);
  }
  return endTenure([tenure], start.status, start.leftOn, start.leaveReason ?? null);
}

/**
 * 届满, 退出 or 撤销 from a date (the last day in office): the open stretch ends there. 退出
 * needs a reason; every end needs its date, on or after the stretch began.
 */
export function endTenure(
  list: readonly Tenure[],
  status: MemberStatus,
  effectiveOn: string | null | undefined,
  reason: string | null,
): TenureChange<Tenure[]> {
  const end = END_FOR_STATUS[status];
  if (!end) return refuse('input.status', '请选择届满、退出或撤销；恢复在任请用“恢复”');
  const problems = dateProblem('input.effectiveOn', effectiveOn, '生效日期');
  if (problems.length) return { ok: false, errors: problems };
  if (status === MemberStatus.WITHDRAWN && !reason?.trim()) return refuse('input.reason', '退出须填写原因');
  const ordered = sorted(list);
  const open = ordered.at(-1);
  if (!open || open.endsOn != null) return refuse('input.status', '该委员已不在任');
  if (effectiveOn! < open.startsOn)
    return refuse('input.effectiveOn', `生效日期不能早于本段任职开始（${open.startsOn}）`);
  return accept([
    ...ordered.slice(0, -1),
    { ...open, endsOn: effectiveOn!, endReason: end, endNote: reason?.trim() || null },
  ]);
}

/** 恢复: a member whose office ended is again in office from a date, in their last township. */
export function restoreTenure(list: readonly Tenure[], effectiveOn: string | null | undefined): TenureChange<Tenure[]> {
  const problems = dateProblem('input.effectiveOn', effectiveOn, '生效日期');
  if (problems.length) return { ok: false, errors: problems };
  const last = latest(list);
  if (!last || last.endsOn == null) return refuse('input.status', '该委员仍在任，无需恢复');
  if (effectiveOn! <= last.endsOn) return refuse('input.effectiveOn', `恢复日期须晚于离任日期（${last.endsOn}）`);
  return accept([
    ...sorted(list),
    { townshipId: last.townshipId, startsOn: effectiveOn!, endsOn: null, endReason: null, endNote: null },
  ]);
}

/**
 * 调动: from a date the member is organised in another township. Their time before stays with
 * the old township (its stretch ends the day before), what follows belongs to the new one.
 */
export function transferTenure(
  list: readonly Tenure[],
  townshipId: number,
  effectiveOn: string | null | undefined,
  note: string | null,
): TenureChange<Tenure[]> {
  const problems = dateProblem('input.effectiveOn', effectiveOn, '调动日期');
  if (problems.length) return { ok: false, errors: problems };
  const ordered = sorted(list);
  const open = ordered.at(-1);
  if (!open || open.endsOn != null) return refuse('input.townshipId', '该委员已不在任，不能调动');
  if (open.townshipId === townshipId) return refuse('input.townshipId', '调入乡镇与当前所在乡镇相同');
  if (effectiveOn! <= open.startsOn)
    return refuse('input.effectiveOn', `调动日期须晚于在当前乡镇任职的开始日期（${open.startsOn}）`);
  return accept([
    ...ordered.slice(0, -1),
    { ...open, endsOn: addDays(effectiveOn!, -1), endReason: TenureEnd.TRANSFERRED, endNote: note?.trim() || null },
    { townshipId, startsOn: effectiveOn!, endsOn: null, endReason: null, endNote: null },
  ]);
}

/** The current term: the last one appointed. */
export function currentTerm(terms: readonly TermEntry[]): string | undefined {
  return terms.at(-1)?.term;
}

/** 连任 / re-appointment: a further term is added; the earlier ones stay. */
export function addTerm(
  terms: readonly TermEntry[],
  term: string | null | undefined,
  startsOn: string | null | undefined,
): TenureChange<TermEntry[]> {
  const name = term?.trim() ?? '';
  if (!name) return refuse('input.term', '届次不能为空');
  if (name.length > 20) return refuse('input.term', '届次不能超过 20 个字');
  const problems = dateProblem('input.startsOn', startsOn, '任期开始日期');
  if (problems.length) return { ok: false, errors: problems };
  if (terms.some((t) => t.term === name)) return refuse('input.term', `已有届次“${name}”`);
  const previous = terms.at(-1)?.startsOn;
  if (previous && startsOn! <= previous) return refuse('input.startsOn', `任期开始日期须晚于上一届（${previous}）`);
  return accept([...terms, { term: name, startsOn: startsOn! }]);
}
