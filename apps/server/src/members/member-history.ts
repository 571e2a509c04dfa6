import type { EntityManager } from 'typeorm';
import {
  MemberStatus,
  addTerm,
  currentTenure,
  yearsFrom,
  currentTerm,
  endTenure,
  restoreTenure,
  tenureOn,
  transferTenure,
  type FieldError,
  type Tenure,
  type TenureChange,
  type TermEntry,
} from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { badInput } from '../core/errors';
import { changeRecord, referenceExists, toId } from '../core/record-store';
import { replaceChildRows } from '../core/child-rows';
import { Township } from '../townships/township.entity';
import { Member } from './member.entity';
import { MemberTenure, MemberTerm } from './member-history.entity';
import type { MemberStatusChangeInput, ReappointMemberInput, TransferMemberInput } from './member.inputs';

// The verbs that change a member's dated history (调动, 届满/退出/撤销/恢复, 连任) through the one
// write path; the member row's township, status, dates and term follow from the history.

export interface MemberHistory {
  tenures: Tenure[];
  terms: TermEntry[];
  /** Starts of the stretches whose dates were not recorded (kept across rewrites). */
  estimated: Set<string>;
}

export async function loadHistory(manager: EntityManager, memberId: number): Promise<MemberHistory> {
  const [rows, terms] = await Promise.all([
    manager.getRepository(MemberTenure).find({ where: { memberId }, order: { startsOn: 'ASC' } }),
    manager.getRepository(MemberTerm).find({ where: { memberId }, order: { id: 'ASC' } }),
  ]);
  return {
    tenures: rows.map(({ townshipId, startsOn, endsOn, endReason, endNote }) => ({
      townshipId,
      startsOn,
      endsOn,
      endReason,
      endNote,
    })),
    terms: terms.map(({ term, startsOn }) => ({ term, startsOn })),
    estimated: new Set(rows.filter((r) => r.estimated).map((r) => r.startsOn)),
  };
}

/** Writes a member's whole history (inside the caller's transaction). */
export async function writeHistory(manager: EntityManager, memberId: number, history: MemberHistory): Promise<void> {
  await replaceChildRows(
    manager,
    MemberTenure,
    'memberId',
    memberId,
    history.tenures.map((t) => ({ ...t, estimated: history.estimated.has(t.startsOn) })),
  );
  await replaceChildRows(manager, MemberTerm, 'memberId', memberId, history.terms);
}

/** The member row's columns that mirror the history. */
export function mirroredColumns(history: MemberHistory, fallbackTerm: string): Partial<Member> {
  const now = currentTenure(history.tenures);
  return { ...now, term: currentTerm(history.terms) ?? fallbackTerm };
}

function changed<T>(change: TenureChange<T>): T {
  if (!change.ok) throw badInput(change.errors);
  return change.value;
}

/** Applies a change to a member's history through the write path, mirroring it on the row. */
function changeHistory(
  ctx: GraphQLContext,
  id: number,
  action: string,
  expectedVersion: number | null | undefined,
  /** When the change takes effect: the years from then on are touched (a closed one refuses it). */
  effectiveOn: string | null | undefined,
  apply: (history: MemberHistory, manager: EntityManager) => Promise<MemberHistory> | MemberHistory,
): Promise<Member> {
  return changeRecord(ctx, Member, id, {
    label: '委员',
    action,
    expectedVersion,
    async plan(before, manager) {
      const previous = await loadHistory(manager, id);
      if (!previous.tenures.length) throw badInput([{ field: 'id', message: '该委员没有任职记录，请先补录加入日期' }]);
      const history = await apply(previous, manager);
      return {
        changes: mirroredColumns(history, before.term),
        writeRelated: (m) => writeHistory(m, id, history),
        auditBefore: { tenures: previous.tenures, terms: previous.terms },
        auditAfter: { tenures: history.tenures, terms: history.terms },
        years: effectiveOn ? yearsFrom(effectiveOn) : [],
      };
    },
  });
}

export async function transferMember(
  ctx: GraphQLContext,
  id: number,
  input: TransferMemberInput,
  expectedVersion?: number | null,
): Promise<Member> {
  const townshipId = input.townshipId == null ? null : toId(input.townshipId, 'input.townshipId');
  return changeHistory(ctx, id, 'TRANSFER', expectedVersion, input.effectiveOn, async (history, manager) => {
    const missing: FieldError[] =
      townshipId == null
        ? [{ field: 'input.townshipId', message: '请选择调入乡镇' }]
        : await referenceExists(manager, Township, townshipId, 'input.townshipId', '乡镇');
    if (missing.length) throw badInput(missing);
    return {
      ...history,
      tenures: changed(transferTenure(history.tenures, townshipId!, input.effectiveOn, input.note ?? null)),
    };
  });
}

export function changeMemberStatus(
  ctx: GraphQLContext,
  id: number,
  input: MemberStatusChangeInput,
  expectedVersion?: number | null,
): Promise<Member> {
  return changeHistory(ctx, id, 'SET_STATUS', expectedVersion, input.effectiveOn, (history) => ({
    ...history,
    tenures: changed(
      input.status === MemberStatus.ACTIVE
        ? restoreTenure(history.tenures, input.effectiveOn)
        : endTenure(history.tenures, input.status, input.effectiveOn, input.reason ?? null),
    ),
  }));
}

/** 连任. A member whose term ended is in office again from the new term's start. */
export function reappointMember(
  ctx: GraphQLContext,
  id: number,
  input: ReappointMemberInput,
  expectedVersion?: number | null,
): Promise<Member> {
  return changeHistory(ctx, id, 'REAPPOINT', expectedVersion, input.startsOn, (history) => {
    const terms = changed(addTerm(history.terms, input.term, input.startsOn));
    const status = currentTenure(history.tenures).status;
    if (status === MemberStatus.ACTIVE) return { ...history, terms };
    if (status !== MemberStatus.TERM_ENDED)
      throw badInput([{ field: 'input.term', message: '退出或撤销的委员不能连任；如需恢复请用“恢复”' }]);
    return { ...history, terms, tenures: changed(restoreTenure(history.tenures, input.startsOn)) };
  });
}

/** The township a member was organised in on a date (their current one when the history has none). */
export async function townshipOfMemberOn(
  manager: EntityManager,
  member: Pick<Member, 'id' | 'townshipId'>,
  date: string,
): Promise<number> {
  const { tenures } = await loadHistory(manager, member.id);
  return tenureOn(tenures, date)?.townshipId ?? member.townshipId;
}
