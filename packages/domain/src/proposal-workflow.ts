// The proposal (提案) state machine as pure functions: the server asks it before writing,
// the console asks it which buttons to show. No I/O, no clock: callers pass dates in.
//
// Decisions beyond the diagram in docs/domain.md:
// - ASSIGN is also allowed from ASSIGNED (re-assignment, 重新交办) until the first reply,
//   e.g. when a unit returns a proposal outside its remit (退办). Not from REHANDLING: a
//   dissatisfied member gets the same unit again, as in the usual 重新办理 practice.
// - SET_IMPLEMENTATION is allowed in REPLIED and CLOSED (status unchanged): units report
//   落实情况 after replying, and B-class replies (正在落实) are updated after closing.
// - CLOSE needs feedback on the latest reply that is not 不满意 (guard on ProposalContext).
// - CLOSED is terminal (no status change), though its implementation status may change.
import { ProposalStatus, Role, Satisfaction } from './enums';
import { PROPOSAL_STATUS_LABELS } from './labels';
import { addMonths, assertDate, daysBetween } from './rules/calendar';

export enum ProposalAction {
  REVIEW_ACCEPT = 'REVIEW_ACCEPT',
  REVIEW_REJECT = 'REVIEW_REJECT',
  REVIEW_CONVERT = 'REVIEW_CONVERT',
  REVIEW_MERGE = 'REVIEW_MERGE',
  ASSIGN = 'ASSIGN',
  REPLY = 'REPLY',
  FEEDBACK = 'FEEDBACK',
  SET_IMPLEMENTATION = 'SET_IMPLEMENTATION',
  CLOSE = 'CLOSE',
}

export const PROPOSAL_ACTION_LABELS: Readonly<Record<ProposalAction, string>> = {
  [ProposalAction.REVIEW_ACCEPT]: '立案',
  [ProposalAction.REVIEW_REJECT]: '不予立案',
  [ProposalAction.REVIEW_CONVERT]: '转为意见建议',
  [ProposalAction.REVIEW_MERGE]: '并案',
  [ProposalAction.ASSIGN]: '交办',
  [ProposalAction.REPLY]: '答复',
  [ProposalAction.FEEDBACK]: '满意度测评',
  [ProposalAction.SET_IMPLEMENTATION]: '落实情况',
  [ProposalAction.CLOSE]: '办结',
};

/** Button order in the console. */
export const PROPOSAL_ACTIONS: readonly ProposalAction[] = Object.values(ProposalAction);

/**
 * Who may perform each action (the role rule only). Record-level checks stay on the
 * server: a HANDLING_UNIT replies only to proposals assigned to its unit, a
 * TOWNSHIP_OFFICER records feedback only for members of their own township.
 * COUNTY_ADMIN may also reply on behalf of a unit and record feedback on behalf of a member.
 * Submission is not a transition (it creates the record in SUBMITTED).
 */
export const PROPOSAL_ACTION_ROLES: Readonly<Record<ProposalAction, readonly Role[]>> = {
  [ProposalAction.REVIEW_ACCEPT]: [Role.COUNTY_ADMIN],
  [ProposalAction.REVIEW_REJECT]: [Role.COUNTY_ADMIN],
  [ProposalAction.REVIEW_CONVERT]: [Role.COUNTY_ADMIN],
  [ProposalAction.REVIEW_MERGE]: [Role.COUNTY_ADMIN],
  [ProposalAction.ASSIGN]: [Role.COUNTY_ADMIN],
  [ProposalAction.REPLY]: [Role.COUNTY_ADMIN, Role.HANDLING_UNIT],
  [ProposalAction.FEEDBACK]: [Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER],
  [ProposalAction.SET_IMPLEMENTATION]: [Role.COUNTY_ADMIN],
  [ProposalAction.CLOSE]: [Role.COUNTY_ADMIN],
};

export function roleMayPerform(role: Role, action: ProposalAction): boolean {
  return PROPOSAL_ACTION_ROLES[action].includes(role);
}

/**
 * Facts about the proposal plus the arguments of the step being taken.
 * Facts (guards; also decide which buttons show):
 * - hasFeedback: feedback has been recorded for the LATEST reply (the server resets it
 *   when a REHANDLING proposal is replied to again);
 * - lastSatisfaction: the satisfaction of that feedback.
 * Arguments (checked only by nextProposalStatus, never hide a button):
 * - satisfaction: FEEDBACK's rating, which decides the target state;
 * - reason: REVIEW_REJECT's reason (不立案理由);
 * - mergedIntoId: REVIEW_MERGE's target proposal.
 */
export interface ProposalContext {
  hasFeedback?: boolean;
  lastSatisfaction?: Satisfaction;
  satisfaction?: Satisfaction;
  reason?: string;
  mergedIntoId?: string;
}

export interface ProposalTransition {
  readonly from: ProposalStatus;
  readonly action: ProposalAction;
  readonly to: ProposalStatus;
  readonly roles: readonly Role[];
  /** Chinese description of the condition, when there is one. */
  readonly guard?: string;
}

// Internal rows carry the guard as code; the exported table is plain data.
interface TransitionRow extends ProposalTransition {
  // State guard: decides whether the action is available at all (buttons, canPerform).
  readonly available?: (ctx: ProposalContext) => boolean;
  // Argument match: picks the row when the target depends on the step's argument.
  readonly matches?: (ctx: ProposalContext) => boolean;
}

const S = ProposalStatus;
const A = ProposalAction;

const FEEDBACK_OK = '满意度为“满意”或“基本满意”';
const FEEDBACK_BAD = '满意度为“不满意”，退回承办单位重新办理';
const CLOSE_GUARD = '已对最近一次答复进行满意度测评，且结果不是“不满意”';

function row(
  from: ProposalStatus,
  action: ProposalAction,
  to: ProposalStatus,
  extra: Pick<TransitionRow, 'guard' | 'available' | 'matches'> = {},
): TransitionRow {
  return { from, action, to, roles: PROPOSAL_ACTION_ROLES[action], ...extra };
}

const isAcceptable = (s: Satisfaction | undefined): boolean =>
  s === Satisfaction.SATISFIED || s === Satisfaction.BASICALLY_SATISFIED;

function closeAvailable(ctx: ProposalContext): boolean {
  return ctx.hasFeedback === true && ctx.lastSatisfaction !== Satisfaction.DISSATISFIED;
}

const ROWS: readonly TransitionRow[] = [
  row(S.SUBMITTED, A.REVIEW_ACCEPT, S.ACCEPTED),
  row(S.SUBMITTED, A.REVIEW_REJECT, S.REJECTED, { guard: '须填写不予立案理由' }),
  row(S.SUBMITTED, A.REVIEW_CONVERT, S.CONVERTED),
  row(S.SUBMITTED, A.REVIEW_MERGE, S.MERGED, { guard: '须指定并入的提案' }),
  row(S.ACCEPTED, A.ASSIGN, S.ASSIGNED),
  row(S.ASSIGNED, A.ASSIGN, S.ASSIGNED, { guard: '尚未答复前可重新交办' }),
  row(S.ASSIGNED, A.REPLY, S.REPLIED),
  row(S.REHANDLING, A.REPLY, S.REPLIED),
  row(S.REPLIED, A.FEEDBACK, S.REPLIED, {
    guard: FEEDBACK_OK,
    matches: (ctx) => isAcceptable(ctx.satisfaction),
  }),
  row(S.REPLIED, A.FEEDBACK, S.REHANDLING, {
    guard: FEEDBACK_BAD,
    matches: (ctx) => ctx.satisfaction === Satisfaction.DISSATISFIED,
  }),
  row(S.REPLIED, A.SET_IMPLEMENTATION, S.REPLIED),
  row(S.CLOSED, A.SET_IMPLEMENTATION, S.CLOSED, { guard: '办结后可更新落实情况' }),
  row(S.REPLIED, A.CLOSE, S.CLOSED, { guard: CLOSE_GUARD, available: closeAvailable }),
];

/** Every allowed transition, for documentation and the console's help text. */
export const PROPOSAL_TRANSITIONS: readonly ProposalTransition[] = ROWS.map(({ from, action, to, roles, guard }) =>
  guard === undefined ? { from, action, to, roles } : { from, action, to, roles, guard },
);

export type ProposalTransitionResult =
  | { ok: true; to: ProposalStatus }
  | { ok: false; code: 'INVALID_TRANSITION'; reason: string }
  | { ok: false; code: 'BAD_USER_INPUT'; field: 'satisfaction' | 'reason' | 'mergedIntoId'; reason: string };

function rowsFor(current: ProposalStatus, action: ProposalAction): TransitionRow[] {
  return ROWS.filter((r) => r.from === current && r.action === action);
}

function stateLabel(status: ProposalStatus): string {
  return PROPOSAL_STATUS_LABELS[status] ?? String(status);
}

function refuse(current: ProposalStatus, action: ProposalAction, why?: string): ProposalTransitionResult {
  const base = `提案当前状态为“${stateLabel(current)}”，不能执行“${PROPOSAL_ACTION_LABELS[action] ?? String(action)}”`;
  return { ok: false, code: 'INVALID_TRANSITION', reason: why ? `${base}：${why}` : base };
}

function isBlank(s: string | undefined): boolean {
  return s === undefined || s.trim() === '';
}

/**
 * The status after `action`, or why it is refused. Checks the state machine and its guards
 * (INVALID_TRANSITION), then the step's own arguments (BAD_USER_INPUT). Role is not checked
 * here: use canPerform / roleMayPerform.
 */
export function nextProposalStatus(
  current: ProposalStatus,
  action: ProposalAction,
  ctx: ProposalContext = {},
): ProposalTransitionResult {
  const candidates = rowsFor(current, action);
  if (candidates.length === 0) return refuse(current, action);

  const unavailable = candidates.find((r) => r.available !== undefined && !r.available(ctx));
  if (unavailable) {
    const why = ctx.hasFeedback !== true ? '尚未进行满意度测评' : '最近一次满意度测评为“不满意”';
    return refuse(current, action, why);
  }

  if (action === A.REVIEW_REJECT && isBlank(ctx.reason)) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'reason', reason: '不予立案须填写理由' };
  }
  if (action === A.REVIEW_MERGE && isBlank(ctx.mergedIntoId)) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'mergedIntoId', reason: '并案须指定并入的提案' };
  }

  const chosen = candidates.find((r) => r.matches === undefined || r.matches(ctx));
  if (!chosen) {
    // Only FEEDBACK has argument-dependent rows: its rating is missing or unknown.
    return { ok: false, code: 'BAD_USER_INPUT', field: 'satisfaction', reason: '请选择满意度：满意、基本满意或不满意' };
  }
  return { ok: true, to: chosen.to };
}

/**
 * Whether `role` may take `action` on a proposal in `current` state, given the facts in
 * ctx. Arguments of the step (satisfaction, reason, …) are not required here.
 */
export function canPerform(
  current: ProposalStatus,
  action: ProposalAction,
  role: Role,
  ctx: ProposalContext = {},
): boolean {
  if (!roleMayPerform(role, action)) return false;
  const candidates = rowsFor(current, action);
  return candidates.length > 0 && candidates.every((r) => r.available === undefined || r.available(ctx));
}

/** Exactly the actions the console shows as buttons, in PROPOSAL_ACTIONS order. */
export function allowedProposalActions(
  current: ProposalStatus,
  role: Role,
  ctx: ProposalContext = {},
): ProposalAction[] {
  return PROPOSAL_ACTIONS.filter((action) => canPerform(current, action, role, ctx));
}

/** No action can change the status any more (CLOSED still accepts 落实情况 updates). */
export function isTerminal(status: ProposalStatus): boolean {
  return !ROWS.some((r) => r.from === status && r.to !== status);
}

// ---- Deadlines (calendar arithmetic in rules/calendar.ts).

/** Default reply period after assignment (docs/domain.md: 3 months). */
export const DEFAULT_REPLY_MONTHS = 3;

/** Reply deadline: DEFAULT_REPLY_MONTHS calendar months after assignment. */
export function defaultDeadline(assignedOn: string): string {
  return addMonths(assignedOn, DEFAULT_REPLY_MONTHS);
}

/**
 * Days overdue. Not yet replied: days from deadline to today (0 while not yet due).
 * Replied: days the first reply came after the deadline (0 when on time) — a late reply
 * stays counted as late, but stops growing.
 */
export function overdueDays(deadline: string, firstReplyOn: string | null, today: string): number {
  assertDate(today); // validate even when unused, so bad input never passes silently
  const end = firstReplyOn ?? today;
  return Math.max(0, daysBetween(deadline, end));
}
