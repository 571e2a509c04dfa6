import type { EntityManager } from 'typeorm';
import { MemberStatus, initialTenure, rules, todayInChina, yearsFrom, type FieldError } from '@cppcc/domain';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import {
  archiveRecord,
  createRecord,
  definedOnly,
  referenceExists,
  updateRecord,
  type RecordRules,
  toId,
} from '../core/record-store';
import { requiredValue } from '../core/required';
import { badInput } from '../core/errors';
import type { CrudService } from '../core/crud-resolver';
import { defineScope, townshipScoped } from '../core/scope';
import { Sector } from '../sectors/sector.entity';
import { Township } from '../townships/township.entity';
import { Member } from './member.entity';
import { loadHistory, writeHistory } from './member-history';
import { MemberFilter, MemberSortField, type MemberInput, type MemberPatch } from './member.inputs';

defineScope(Member, townshipScoped<Member>('townshipId'));

const spec: ListSpec<Member, MemberFilter, MemberSortField> = {
  alias: 'm',
  filterType: MemberFilter,
  searchColumns: ['name', 'workUnit', 'title', 'phone'],
  sortColumns: {
    ID: 'id',
    NAME: 'name',
    BIRTH_DATE: 'birthDate',
    JOINED_ON: 'joinedOn',
    TOWNSHIP: 'townshipId',
    SECTOR: 'sectorId',
    UPDATED_AT: 'updatedAt',
  },
  applyFilter(qb, f) {
    if (f.townshipId)
      qb.andWhere('m.townshipId = :townshipId', { townshipId: parseIds('filter.townshipId', [f.townshipId])[0] });
    if (f.sectorId) qb.andWhere('m.sectorId = :sectorId', { sectorId: parseIds('filter.sectorId', [f.sectorId])[0] });
    if (f.committeeId) {
      qb.andWhere('m.id IN (SELECT cm.memberId FROM committee_membership cm WHERE cm.committeeId = :committeeId)', {
        committeeId: parseIds('filter.committeeId', [f.committeeId])[0],
      });
    }
    for (const key of ['status', 'kind', 'gender', 'affiliation', 'term'] as const) {
      if (f[key]) qb.andWhere(`m.${key} = :${key}`, { [key]: f[key] });
    }
    if (f.needsDetails != null) qb.andWhere(`m.joinedOn IS ${f.needsDetails ? '' : 'NOT '}NULL`);
    if (!f.includeArchived) qb.andWhere('m.archivedAt IS NULL');
  },
};

/** Columns that mirror the dated history: changed only by its verbs, each with an effective date. */
const HISTORY_COLUMNS: { column: 'townshipId' | 'status' | 'leftOn' | 'leaveReason' | 'term'; message: string }[] = [
  { column: 'townshipId', message: '所在乡镇的变更请用“调动”，并填写调动日期' },
  { column: 'status', message: '状态的变更请用“届满 / 退出 / 撤销 / 恢复”，并填写生效日期' },
  { column: 'leftOn', message: '离任日期随状态变更填写' },
  { column: 'leaveReason', message: '离任原因随状态变更填写' },
  { column: 'term', message: '届次的变更请用“连任”，原届次保留' },
];

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || String(a) === String(b);

/** A new member's history must be whole; an existing member's history changes only through its verbs. */
function historyErrors(m: Member, before: Member | null): FieldError[] {
  if (!before) {
    const start = initialTenure(m);
    return start.ok ? [] : start.errors;
  }
  const errors = HISTORY_COLUMNS.filter(({ column }) => !same(before[column], m[column])).map(
    ({ column, message }) => ({ field: `input.${column}`, message }),
  );
  if (before.joinedOn && !m.joinedOn) errors.push({ field: 'input.joinedOn', message: '加入日期不能为空' });
  return errors;
}

/** The member rules of docs/domain.md, checked on the record as it would be stored. */
export async function validateMember(m: Member, manager: EntityManager, before: Member | null): Promise<FieldError[]> {
  const today = todayInChina();
  return [
    ...historyErrors(m, before),
    ...rules.requiredText('input.name', m.name, rules.NAME_MAX, '姓名'),
    ...requiredValue('input.gender', m.gender, '性别'),
    ...requiredValue('input.affiliation', m.affiliation, '政治面貌'),
    ...requiredValue('input.kind', m.kind, '委员类别'),
    ...requiredValue('input.status', m.status, '状态'),
    ...rules.requiredText('input.term', m.term, 20, '届别'),
    ...rules.requiredText('input.ethnicity', m.ethnicity, 20, '民族'),
    ...rules.optionalText('input.workUnit', m.workUnit, rules.LONG_NAME_MAX, '工作单位'),
    ...rules.optionalText('input.title', m.title, rules.NAME_MAX, '职务'),
    ...rules.optionalText('input.leaveReason', m.leaveReason, 200, '离任原因'),
    ...rules.phone('input.phone', m.phone),
    ...rules.dateNotInFuture('input.birthDate', m.birthDate, today, '出生日期'),
    ...rules.dateOrder('input.leftOn', m.joinedOn, m.leftOn, '离任日期不能早于加入日期'),
    ...rules.dateOrder('input.joinedOn', m.birthDate, m.joinedOn, '加入日期不能早于出生日期'),
    ...(m.sectorId == null
      ? requiredValue('input.sectorId', null, '界别')
      : await referenceExists(manager, Sector, m.sectorId, 'input.sectorId', '界别')),
    ...(m.townshipId == null
      ? requiredValue('input.townshipId', null, '乡镇')
      : await referenceExists(manager, Township, m.townshipId, 'input.townshipId', '乡镇')),
  ];
}

const memberRules: RecordRules<Member> = {
  label: '委员',
  validate: validateMember,
  // A joining date set or moved changes the member's years from the earlier date on (a closed one refuses it).
  years(before, after) {
    if (!after.joinedOn || before?.joinedOn === after.joinedOn) return [];
    const from = before?.joinedOn && before.joinedOn < after.joinedOn ? before.joinedOn : after.joinedOn;
    return yearsFrom(from);
  },
};

/** A new member's history: the stretch the record describes and its term. */
async function startHistory(member: Member, manager: EntityManager): Promise<void> {
  const start = initialTenure(member);
  if (!start.ok) return;
  await writeHistory(manager, member.id, {
    tenures: start.value,
    terms: [{ term: member.term, startsOn: member.joinedOn }],
    estimated: new Set(),
  });
}

/**
 * A joining date filled in or corrected (资料待补 → fixed): the first stretch and the first term
 * start then, and the start is no longer an estimate.
 */
async function correctJoiningDate(member: Member, manager: EntityManager): Promise<void> {
  const history = await loadHistory(manager, member.id);
  const [first, ...rest] = history.tenures;
  if (!first || !member.joinedOn || (first.startsOn === member.joinedOn && !history.estimated.size)) return;
  const limit = first.endsOn ?? rest[0]?.startsOn;
  if (limit && member.joinedOn > limit)
    throw badInput([{ field: 'input.joinedOn', message: `加入日期不能晚于首段任职的结束（${limit}）` }]);
  const [firstTerm, ...laterTerms] = history.terms;
  await writeHistory(manager, member.id, {
    tenures: [{ ...first, startsOn: member.joinedOn }, ...rest],
    terms:
      firstTerm && !firstTerm.startsOn ? [{ ...firstTerm, startsOn: member.joinedOn }, ...laterTerms] : history.terms,
    estimated: new Set([...history.estimated].filter((d) => d !== first.startsOn)),
  });
}

/** GraphQL IDs arrive as text; stored foreign keys are integers. An id that is not a number is checked as "not found". */
function toColumns(input: MemberInput | MemberPatch): Partial<Member> {
  const { sectorId, townshipId, ...rest } = input;
  const ids: Partial<Member> = {};
  if (sectorId !== undefined) ids.sectorId = sectorId === null ? (null as never) : toId(sectorId, 'input.sectorId');
  if (townshipId !== undefined)
    ids.townshipId = townshipId === null ? (null as never) : toId(townshipId, 'input.townshipId');
  return {
    ...(definedOnly(rest) as Partial<Member>),
    ...ids,
    ...(rest.name != null ? { name: rest.name.trim() } : {}),
  };
}

export const memberService: CrudService<Member, MemberFilter, MemberInput, MemberPatch, MemberSortField> = {
  get: (ctx, id) => ctx.loaders.byId(Member).load(id),
  list: (ctx, args) => listRecords(ctx, Member, spec, args),
  create: (ctx, input) =>
    createRecord(
      ctx,
      Member,
      { ethnicity: '汉族', status: MemberStatus.ACTIVE, ...toColumns(input) },
      memberRules,
      startHistory,
    ),
  update: (ctx, id, patch, expectedVersion) =>
    updateRecord(ctx, Member, id, toColumns(patch), expectedVersion, memberRules, correctJoiningDate),
  // Members keep their proposals and attendance countable: archive, never delete.
  remove: (ctx, id) => archiveRecord(ctx, Member, id, '委员'),
};
