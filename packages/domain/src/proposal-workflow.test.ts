import { describe, it, expect } from 'vitest';
import { ProposalStatus, Role, Satisfaction } from './enums';
import { PROPOSAL_STATUS_LABELS } from './labels';
import {
  DEFAULT_REPLY_MONTHS,
  PROPOSAL_ACTIONS,
  PROPOSAL_ACTION_LABELS,
  PROPOSAL_ACTION_ROLES,
  PROPOSAL_TRANSITIONS,
  ProposalAction,
  ProposalContext,
  allowedProposalActions,
  canPerform,
  defaultDeadline,
  isTerminal,
  nextProposalStatus,
  overdueDays,
  roleMayPerform,
} from './proposal-workflow';
import { addMonths, daysBetween, isValidDate } from './rules/calendar';

const S = ProposalStatus;
const A = ProposalAction;
const STATES = Object.values(ProposalStatus);
const ACTIONS = Object.values(ProposalAction);
const ROLES = Object.values(Role);

// The expected machine, written out by hand (not derived from the implementation).
// FEEDBACK's target is given for a 满意 rating; 不满意 is tested separately.
const EXPECTED: Record<ProposalStatus, Partial<Record<ProposalAction, ProposalStatus>>> = {
  [S.SUBMITTED]: {
    [A.REVIEW_ACCEPT]: S.ACCEPTED,
    [A.REVIEW_REJECT]: S.REJECTED,
    [A.REVIEW_CONVERT]: S.CONVERTED,
    [A.REVIEW_MERGE]: S.MERGED,
  },
  [S.ACCEPTED]: { [A.ASSIGN]: S.ASSIGNED },
  [S.REJECTED]: {},
  [S.CONVERTED]: {},
  [S.MERGED]: {},
  [S.ASSIGNED]: { [A.ASSIGN]: S.ASSIGNED, [A.REPLY]: S.REPLIED },
  [S.REPLIED]: { [A.FEEDBACK]: S.REPLIED, [A.SET_IMPLEMENTATION]: S.REPLIED, [A.CLOSE]: S.CLOSED },
  [S.REHANDLING]: { [A.REPLY]: S.REPLIED },
  [S.CLOSED]: { [A.SET_IMPLEMENTATION]: S.CLOSED },
};

// Which role may take which action, written out by hand.
const ROLE_ACTIONS: Record<Role, ProposalAction[]> = {
  [Role.COUNTY_ADMIN]: [...ACTIONS],
  [Role.HANDLING_UNIT]: [A.REPLY],
  [Role.TOWNSHIP_OFFICER]: [A.FEEDBACK],
  [Role.LEADER]: [],
  [Role.API_CLIENT]: [],
};

// Facts and arguments that satisfy every guard, so only the state decides.
const FULL: ProposalContext = {
  hasFeedback: true,
  lastSatisfaction: Satisfaction.SATISFIED,
  satisfaction: Satisfaction.SATISFIED,
  reason: '不属于政协提案受理范围',
  mergedIntoId: 'proposal-1',
};

const PAIRS = STATES.flatMap((state) => ACTIONS.map((action) => [state, action] as const));

describe('the expected table itself', () => {
  it('covers all 9 states and 9 actions', () => {
    expect(STATES).toHaveLength(9);
    expect(ACTIONS).toHaveLength(9);
    expect(Object.keys(EXPECTED).sort()).toEqual([...STATES].sort());
    expect(PAIRS).toHaveLength(81);
  });
});

describe('nextProposalStatus: every (state, action) pair', () => {
  it.each(PAIRS)('%s + %s', (state, action) => {
    const expected = EXPECTED[state][action];
    const result = nextProposalStatus(state, action, FULL);
    if (expected !== undefined) {
      expect(result).toEqual({ ok: true, to: expected });
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe('INVALID_TRANSITION');
      // The message names the current state and the refused step in Chinese.
      expect(result.reason).toContain(`“${PROPOSAL_STATUS_LABELS[state]}”`);
      expect(result.reason).toContain(PROPOSAL_ACTION_LABELS[action]);
    }
  });

  it('counts 12 allowed and 69 refused pairs', () => {
    const allowed = PAIRS.filter(([s, a]) => nextProposalStatus(s, a, FULL).ok);
    expect(allowed).toHaveLength(12);
    expect(PAIRS.length - allowed.length).toBe(69);
  });
});

describe('guards and arguments', () => {
  it('refuses CLOSE without feedback', () => {
    for (const ctx of [undefined, {}, { hasFeedback: false }] as (ProposalContext | undefined)[]) {
      const r = nextProposalStatus(S.REPLIED, A.CLOSE, ctx);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.code).toBe('INVALID_TRANSITION');
      expect(r.reason).toContain('已办复');
      expect(r.reason).toContain('尚未进行满意度测评');
    }
  });

  it('refuses CLOSE when the latest feedback is 不满意', () => {
    const r = nextProposalStatus(S.REPLIED, A.CLOSE, {
      hasFeedback: true,
      lastSatisfaction: Satisfaction.DISSATISFIED,
    });
    expect(r).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(
      canPerform(S.REPLIED, A.CLOSE, Role.COUNTY_ADMIN, {
        hasFeedback: true,
        lastSatisfaction: Satisfaction.DISSATISFIED,
      }),
    ).toBe(false);
  });

  it('allows CLOSE after 满意 or 基本满意 feedback, or feedback with no rating passed', () => {
    for (const lastSatisfaction of [Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, undefined]) {
      expect(nextProposalStatus(S.REPLIED, A.CLOSE, { hasFeedback: true, lastSatisfaction })).toEqual({
        ok: true,
        to: S.CLOSED,
      });
    }
  });

  it('不满意 feedback sends the proposal to REHANDLING; 满意/基本满意 keep it REPLIED', () => {
    expect(nextProposalStatus(S.REPLIED, A.FEEDBACK, { satisfaction: Satisfaction.DISSATISFIED })).toEqual({
      ok: true,
      to: S.REHANDLING,
    });
    expect(nextProposalStatus(S.REPLIED, A.FEEDBACK, { satisfaction: Satisfaction.SATISFIED })).toEqual({
      ok: true,
      to: S.REPLIED,
    });
    expect(nextProposalStatus(S.REPLIED, A.FEEDBACK, { satisfaction: Satisfaction.BASICALLY_SATISFIED })).toEqual({
      ok: true,
      to: S.REPLIED,
    });
  });

  it('FEEDBACK without a valid rating is bad input, not an invalid transition', () => {
    expect(nextProposalStatus(S.REPLIED, A.FEEDBACK, {})).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
      field: 'satisfaction',
    });
    expect(nextProposalStatus(S.REPLIED, A.FEEDBACK, { satisfaction: 'SO_SO' as Satisfaction })).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
      field: 'satisfaction',
    });
    // The button still shows: the rating is chosen in the dialog.
    expect(canPerform(S.REPLIED, A.FEEDBACK, Role.TOWNSHIP_OFFICER)).toBe(true);
  });

  it('REPLY from REHANDLING goes back to REPLIED', () => {
    expect(nextProposalStatus(S.REHANDLING, A.REPLY)).toEqual({ ok: true, to: S.REPLIED });
    expect(allowedProposalActions(S.REHANDLING, Role.HANDLING_UNIT)).toEqual([A.REPLY]);
  });

  it('不予立案 needs a non-blank reason', () => {
    for (const reason of [undefined, '', '   ']) {
      expect(nextProposalStatus(S.SUBMITTED, A.REVIEW_REJECT, { reason })).toMatchObject({
        ok: false,
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
    }
    expect(nextProposalStatus(S.SUBMITTED, A.REVIEW_REJECT, { reason: '属于个人诉求' })).toEqual({
      ok: true,
      to: S.REJECTED,
    });
    expect(canPerform(S.SUBMITTED, A.REVIEW_REJECT, Role.COUNTY_ADMIN)).toBe(true);
  });

  it('并案 needs the proposal merged into', () => {
    expect(nextProposalStatus(S.SUBMITTED, A.REVIEW_MERGE, {})).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
      field: 'mergedIntoId',
    });
    expect(nextProposalStatus(S.SUBMITTED, A.REVIEW_MERGE, { mergedIntoId: '42' })).toEqual({ ok: true, to: S.MERGED });
  });

  it('checks the state before the arguments', () => {
    expect(nextProposalStatus(S.ACCEPTED, A.REVIEW_REJECT, {})).toMatchObject({
      ok: false,
      code: 'INVALID_TRANSITION',
    });
    expect(nextProposalStatus(S.CLOSED, A.FEEDBACK, {})).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('re-assignment is allowed before the first reply only', () => {
    expect(nextProposalStatus(S.ASSIGNED, A.ASSIGN)).toEqual({ ok: true, to: S.ASSIGNED });
    for (const state of [S.REPLIED, S.REHANDLING, S.CLOSED]) {
      expect(nextProposalStatus(state, A.ASSIGN).ok).toBe(false);
    }
  });

  it('implementation can be recorded on replied and closed proposals only', () => {
    expect(nextProposalStatus(S.REPLIED, A.SET_IMPLEMENTATION)).toEqual({ ok: true, to: S.REPLIED });
    expect(nextProposalStatus(S.CLOSED, A.SET_IMPLEMENTATION)).toEqual({ ok: true, to: S.CLOSED });
    for (const state of [S.ASSIGNED, S.REHANDLING, S.ACCEPTED]) {
      expect(nextProposalStatus(state, A.SET_IMPLEMENTATION).ok).toBe(false);
    }
  });

  it('walks a full life with one round of rehandling', () => {
    const steps: [ProposalAction, ProposalContext, ProposalStatus][] = [
      [A.REVIEW_ACCEPT, {}, S.ACCEPTED],
      [A.ASSIGN, {}, S.ASSIGNED],
      [A.REPLY, {}, S.REPLIED],
      [A.FEEDBACK, { satisfaction: Satisfaction.DISSATISFIED }, S.REHANDLING],
      [A.REPLY, {}, S.REPLIED],
      [A.FEEDBACK, { satisfaction: Satisfaction.BASICALLY_SATISFIED }, S.REPLIED],
      [A.SET_IMPLEMENTATION, {}, S.REPLIED],
      [A.CLOSE, { hasFeedback: true, lastSatisfaction: Satisfaction.BASICALLY_SATISFIED }, S.CLOSED],
      [A.SET_IMPLEMENTATION, {}, S.CLOSED],
    ];
    let state: ProposalStatus = S.SUBMITTED;
    for (const [action, ctx, to] of steps) {
      const r = nextProposalStatus(state, action, ctx);
      expect(r, `${state} + ${action}`).toEqual({ ok: true, to });
      state = to;
    }
  });

  it('unknown state or action is refused, not thrown', () => {
    expect(nextProposalStatus('ARCHIVED' as ProposalStatus, A.CLOSE).ok).toBe(false);
    expect(nextProposalStatus(S.SUBMITTED, 'APPROVE' as ProposalAction).ok).toBe(false);
  });
});

describe('roles', () => {
  it('role rule per action', () => {
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        expect(roleMayPerform(role, action), `${role} ${action}`).toBe(ROLE_ACTIONS[role].includes(action));
      }
    }
  });

  const ROLE_STATE = ROLES.flatMap((role) => STATES.map((state) => [role, state] as const));

  it.each(ROLE_STATE)('%s in %s: canPerform and allowedProposalActions', (role, state) => {
    const expected = ACTIONS.filter((a) => EXPECTED[state][a] !== undefined && ROLE_ACTIONS[role].includes(a));
    for (const action of ACTIONS) {
      expect(canPerform(state, action, role, FULL), action).toBe(expected.includes(action));
    }
    expect(allowedProposalActions(state, role, FULL)).toEqual(expected);
  });

  it('HANDLING_UNIT only replies', () => {
    expect(allowedProposalActions(S.ASSIGNED, Role.HANDLING_UNIT)).toEqual([A.REPLY]);
    expect(allowedProposalActions(S.REPLIED, Role.HANDLING_UNIT, FULL)).toEqual([]);
    expect(allowedProposalActions(S.SUBMITTED, Role.HANDLING_UNIT)).toEqual([]);
  });

  it('TOWNSHIP_OFFICER only records feedback', () => {
    expect(allowedProposalActions(S.REPLIED, Role.TOWNSHIP_OFFICER, FULL)).toEqual([A.FEEDBACK]);
    expect(allowedProposalActions(S.SUBMITTED, Role.TOWNSHIP_OFFICER)).toEqual([]);
    expect(allowedProposalActions(S.ASSIGNED, Role.TOWNSHIP_OFFICER)).toEqual([]);
  });

  it('COUNTY_ADMIN sees the buttons of each state; CLOSE only after feedback', () => {
    expect(allowedProposalActions(S.SUBMITTED, Role.COUNTY_ADMIN)).toEqual([
      A.REVIEW_ACCEPT,
      A.REVIEW_REJECT,
      A.REVIEW_CONVERT,
      A.REVIEW_MERGE,
    ]);
    expect(allowedProposalActions(S.ASSIGNED, Role.COUNTY_ADMIN)).toEqual([A.ASSIGN, A.REPLY]);
    expect(allowedProposalActions(S.REPLIED, Role.COUNTY_ADMIN)).toEqual([A.FEEDBACK, A.SET_IMPLEMENTATION]);
    expect(allowedProposalActions(S.REPLIED, Role.COUNTY_ADMIN, { hasFeedback: true })).toEqual([
      A.FEEDBACK,
      A.SET_IMPLEMENTATION,
      A.CLOSE,
    ]);
  });

  it('LEADER and API_CLIENT have no buttons anywhere', () => {
    for (const state of STATES) {
      expect(allowedProposalActions(state, Role.LEADER, FULL)).toEqual([]);
      expect(allowedProposalActions(state, Role.API_CLIENT, FULL)).toEqual([]);
    }
  });
});

describe('tables and labels', () => {
  it('PROPOSAL_TRANSITIONS agrees with the expected table', () => {
    for (const t of PROPOSAL_TRANSITIONS) {
      const expected = EXPECTED[t.from][t.action];
      expect(expected, `${t.from} + ${t.action}`).toBeDefined();
      const dissatisfied = t.from === S.REPLIED && t.action === A.FEEDBACK && t.to === S.REHANDLING;
      if (!dissatisfied) expect(t.to).toBe(expected);
      expect([...t.roles].sort()).toEqual(ROLES.filter((r) => ROLE_ACTIONS[r].includes(t.action)).sort());
    }
    const listed = new Set(PROPOSAL_TRANSITIONS.map((t) => `${t.from}/${t.action}`));
    for (const [state, action] of PAIRS) {
      expect(listed.has(`${state}/${action}`), `${state}/${action}`).toBe(EXPECTED[state][action] !== undefined);
    }
    expect(PROPOSAL_TRANSITIONS).toHaveLength(13); // 12 pairs, FEEDBACK has two targets
  });

  it('PROPOSAL_TRANSITIONS is plain data with Chinese guard texts', () => {
    expect(JSON.parse(JSON.stringify(PROPOSAL_TRANSITIONS))).toEqual(PROPOSAL_TRANSITIONS);
    const close = PROPOSAL_TRANSITIONS.find((t) => t.action === A.CLOSE);
    expect(close?.guard).toMatch(/满意度测评/);
  });

  it('PROPOSAL_ACTION_ROLES matches the role table', () => {
    for (const action of ACTIONS) {
      expect([...PROPOSAL_ACTION_ROLES[action]].sort()).toEqual(
        ROLES.filter((r) => ROLE_ACTIONS[r].includes(action)).sort(),
      );
    }
  });

  it('action labels', () => {
    expect(PROPOSAL_ACTION_LABELS).toEqual({
      REVIEW_ACCEPT: '立案',
      REVIEW_REJECT: '不予立案',
      REVIEW_CONVERT: '转为意见建议',
      REVIEW_MERGE: '并案',
      ASSIGN: '交办',
      REPLY: '答复',
      FEEDBACK: '满意度测评',
      SET_IMPLEMENTATION: '落实情况',
      CLOSE: '办结',
    });
    expect(PROPOSAL_ACTIONS).toEqual(ACTIONS);
  });

  it('isTerminal', () => {
    const terminal: Record<ProposalStatus, boolean> = {
      [S.SUBMITTED]: false,
      [S.ACCEPTED]: false,
      [S.REJECTED]: true,
      [S.CONVERTED]: true,
      [S.MERGED]: true,
      [S.ASSIGNED]: false,
      [S.REPLIED]: false,
      [S.REHANDLING]: false,
      [S.CLOSED]: true,
    };
    for (const state of STATES) expect(isTerminal(state), state).toBe(terminal[state]);
  });
});

describe('defaultDeadline / addMonths', () => {
  it.each([
    ['2025-01-15', '2025-04-15'],
    ['2025-03-31', '2025-06-30'],
    ['2025-05-31', '2025-08-31'],
    ['2025-10-31', '2026-01-31'],
    ['2025-11-30', '2026-02-28'],
    ['2025-12-31', '2026-03-31'],
    ['2023-11-30', '2024-02-29'], // leap year
    ['2023-11-29', '2024-02-29'],
    ['2099-11-30', '2100-02-28'], // century, not leap
    ['1999-11-30', '2000-02-29'], // divisible by 400, leap
    ['2024-02-29', '2024-05-29'],
  ])('%s → %s', (assignedOn, deadline) => {
    expect(defaultDeadline(assignedOn)).toBe(deadline);
  });

  it('uses 3 months', () => {
    expect(DEFAULT_REPLY_MONTHS).toBe(3);
  });

  it('addMonths handles negatives and whole years', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', -2)).toBe('2024-11-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-06-15', 0)).toBe('2025-06-15');
    expect(() => addMonths('2025-06-15', 1.5)).toThrow(RangeError);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-5', '20250105', '', '2025-01-05T00:00:00Z'])(
    'rejects %j',
    (bad) => {
      expect(() => defaultDeadline(bad)).toThrow(RangeError);
      expect(isValidDate(bad)).toBe(false);
    },
  );
});

describe('daysBetween', () => {
  it('counts calendar days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('1970-01-01', '1970-01-01')).toBe(0);
  });

  it('agrees with Date.UTC over many dates', () => {
    const day = 86_400_000;
    const base = Date.UTC(2000, 0, 1);
    for (let i = 0; i < 400; i++) {
      const a = base + ((i * 7919) % 20000) * day;
      const b = base + ((i * 104729) % 20000) * day;
      const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
      expect(daysBetween(iso(a), iso(b))).toBe((b - a) / day);
    }
  });
});

describe('overdueDays', () => {
  const deadline = '2025-04-15';
  it.each([
    ['not replied, not yet due', null, '2025-04-10', 0],
    ['not replied, due today', null, '2025-04-15', 0],
    ['not replied, one day over', null, '2025-04-16', 1],
    ['not replied, a month over', null, '2025-05-15', 30],
    ['replied early', '2025-03-01', '2025-12-31', 0],
    ['replied on the deadline', '2025-04-15', '2025-12-31', 0],
    ['replied 5 days late, counted at reply', '2025-04-20', '2025-12-31', 5],
  ] as const)('%s', (_name, firstReplyOn, today, days) => {
    expect(overdueDays(deadline, firstReplyOn, today)).toBe(days);
  });

  it('counts across a leap day', () => {
    expect(overdueDays('2024-02-28', null, '2024-03-01')).toBe(2);
    expect(overdueDays('2023-02-28', null, '2023-03-01')).toBe(1);
  });

  it('rejects malformed dates', () => {
    expect(() => overdueDays('2025-04-31', null, '2025-05-01')).toThrow(RangeError);
    expect(() => overdueDays(deadline, '2025/04/20', '2025-05-01')).toThrow(RangeError);
    expect(() => overdueDays(deadline, '2025-04-20', 'today')).toThrow(RangeError);
  });
});
