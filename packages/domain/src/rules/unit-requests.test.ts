import { describe, expect, it } from 'vitest';
import { ProposalStatus, UnitAssignmentRole, UnitRequestKind, UnitRequestStatus } from '../enums';
import { addWorkingDays, isWeekend } from './calendar';
import { contactErrors, contactedBeforeReply, unitSeesProposers } from './unit-contacts';
import {
  DEFAULT_HANDLING_RULES,
  handlingRulesErrors,
  returnWindowEnd,
  unitDecisionErrors,
  unitRequestErrors,
  type UnitRequestSituation,
} from './unit-requests';
import { ContactForm } from '../enums';

const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('working days', () => {
  it('skips Saturdays and Sundays', () => {
    expect(isWeekend('2026-03-07')).toBe(true); // Saturday
    expect(isWeekend('2026-03-09')).toBe(false); // Monday
    expect(addWorkingDays('2026-03-06', 5)).toBe('2026-03-13'); // Friday → Friday
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Saturday → Monday
    expect(addWorkingDays('2026-03-09', 0)).toBe('2026-03-09');
    expect(() => addWorkingDays('2026-03-09', -1)).toThrow(RangeError);
  });

  it('ends the return window 5 working days after assignment by default', () => {
    expect(returnWindowEnd('2026-03-02', DEFAULT_HANDLING_RULES.returnWindowWorkingDays)).toBe('2026-03-09');
  });
});

describe('unitRequestErrors', () => {
  const at = (over: Partial<UnitRequestSituation>): UnitRequestSituation => ({
    status: ProposalStatus.ASSIGNED,
    role: UnitAssignmentRole.CO,
    assignedOn: '2026-03-02',
    deadline: '2026-06-02',
    today: '2026-03-09',
    rules: DEFAULT_HANDLING_RULES,
    pendingKinds: [],
    ...over,
  });
  const ret = { kind: UnitRequestKind.RETURN, reason: '不属于本单位职责' };
  const ext = { kind: UnitRequestKind.EXTEND, reason: '需要跨年度协调资金', deadline: '2026-08-01' };

  it('lets any assigned unit ask to return within the window, with a reason', () => {
    expect(unitRequestErrors(ret, at({}))).toEqual([]);
    expect(fields(unitRequestErrors({ ...ret, reason: ' ' }, at({})))).toEqual(['input.reason']);
  });

  it('refuses a return after the window and names its last day', () => {
    const errors = unitRequestErrors(ret, at({ today: '2026-03-10' }));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('2026-03-09');
  });

  it('follows the county’s window', () => {
    const rules = { ...DEFAULT_HANDLING_RULES, returnWindowWorkingDays: 10 };
    expect(unitRequestErrors(ret, at({ today: '2026-03-16', rules }))).toEqual([]);
  });

  it('refuses a second pending return or adjustment, not an extension beside it', () => {
    expect(
      fields(
        unitRequestErrors({ ...ret, kind: UnitRequestKind.ADJUST }, at({ pendingKinds: [UnitRequestKind.RETURN] })),
      ),
    ).toEqual(['input.kind']);
    expect(
      unitRequestErrors(ext, at({ role: UnitAssignmentRole.LEAD, pendingKinds: [UnitRequestKind.RETURN] })),
    ).toEqual([]);
  });

  it('lets only the lead unit ask for a later deadline, before the deadline', () => {
    expect(unitRequestErrors(ext, at({ role: UnitAssignmentRole.LEAD, today: '2026-06-02' }))).toEqual([]);
    expect(unitRequestErrors(ext, at({}))[0].message).toContain('主办单位');
    expect(fields(unitRequestErrors(ext, at({ role: UnitAssignmentRole.LEAD, today: '2026-06-03' })))).toEqual([
      'input.kind',
    ]);
    expect(
      fields(unitRequestErrors({ ...ext, deadline: '2026-05-01' }, at({ role: UnitAssignmentRole.LEAD }))),
    ).toEqual(['input.deadline']);
  });
});

describe('unitDecisionErrors', () => {
  const pendingExt = {
    kind: UnitRequestKind.EXTEND,
    status: UnitRequestStatus.PENDING,
    requestedDeadline: '2026-08-01',
  };
  const pendingRet = { ...pendingExt, kind: UnitRequestKind.RETURN, requestedDeadline: null };

  it('decides once', () => {
    const decided = { ...pendingExt, status: UnitRequestStatus.APPROVED };
    expect(fields(unitDecisionErrors(decided, { approve: true, reassigns: false }, '2026-06-02'))).toEqual([
      'input.requestId',
    ]);
    expect(fields(unitDecisionErrors(null, { approve: true, reassigns: false }, null))).toEqual(['input.requestId']);
  });

  it('needs a reason to refuse, and a new assignment to approve a return', () => {
    expect(fields(unitDecisionErrors(pendingRet, { approve: false, reassigns: false }, null))).toEqual(['input.note']);
    expect(fields(unitDecisionErrors(pendingRet, { approve: true, reassigns: false }, null))).toEqual([
      'input.reassign',
    ]);
    expect(unitDecisionErrors(pendingRet, { approve: true, reassigns: true }, null)).toEqual([]);
  });

  it('grants the asked deadline or another later one', () => {
    expect(unitDecisionErrors(pendingExt, { approve: true, reassigns: false }, '2026-06-02')).toEqual([]);
    expect(
      fields(unitDecisionErrors(pendingExt, { approve: true, reassigns: false, deadline: '2026-06-01' }, '2026-06-02')),
    ).toEqual(['input.deadline']);
  });
});

describe('handling rules and contacts', () => {
  it('bounds the county’s settings', () => {
    expect(handlingRulesErrors(DEFAULT_HANDLING_RULES)).toEqual([]);
    expect(fields(handlingRulesErrors({ returnWindowWorkingDays: -1, dueSoonDays: 0.5 }))).toEqual([
      'input.returnWindowWorkingDays',
      'input.dueSoonDays',
    ]);
  });

  it('checks a contact record’s date against today and the assignment', () => {
    const input = { form: ContactForm.PHONE, contactedOn: '2026-03-01' };
    expect(fields(contactErrors(input, '2026-03-09', '2026-03-02'))).toEqual(['input.contactedOn']);
    expect(contactErrors({ ...input, contactedOn: '2026-03-05' }, '2026-03-09', '2026-03-02')).toEqual([]);
    expect(fields(contactErrors({ form: 'X' as ContactForm }, '2026-03-09', null))).toEqual(['input.form']);
  });

  it('shows proposers to a unit only while it handles the proposal', () => {
    expect(unitSeesProposers(ProposalStatus.ASSIGNED)).toBe(true);
    expect(unitSeesProposers(ProposalStatus.REHANDLING)).toBe(true);
    expect(unitSeesProposers(ProposalStatus.CLOSED)).toBe(false);
  });

  it('counts 面商 only on or before the first reply', () => {
    expect(contactedBeforeReply(['2026-04-01'], '2026-04-01')).toBe(true);
    expect(contactedBeforeReply(['2026-04-02'], '2026-04-01')).toBe(false);
    expect(contactedBeforeReply(['2026-04-01'], null)).toBe(false);
  });
});
