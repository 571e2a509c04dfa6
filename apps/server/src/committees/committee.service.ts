import { In, type EntityManager } from 'typeorm';
import { committeeRoster, rules, type FieldError } from '@cppcc/domain';
import { assertValid } from '../core/errors';
import { listRecords, type ListSpec } from '../core/list-query';
import { createRecord, deleteRecord, updateRecord, type RecordRules } from '../core/record-store';
import type { CrudService } from '../core/crud-resolver';
import { defineScope, referenceScope, townshipScoped } from '../core/scope';
import { Member } from '../members/member.entity';
import { Committee, CommitteeMembership } from './committee.entity';
import {
  CommitteeFilter,
  CommitteeSortField,
  type CommitteeInput,
  type CommitteeMemberInput,
  type CommitteePatch,
} from './committee.inputs';

defineScope(Committee, referenceScope());
// A seat shows its member, so it is visible exactly where the member is.
defineScope(CommitteeMembership, {
  read(viewer) {
    const member = townshipScoped<Member>('townshipId').read(viewer);
    if (typeof member === 'boolean') return member;
    return {
      sql: `{a}.memberId IN (SELECT sm.id FROM member sm WHERE sm.townshipId = :scopeTownship)`,
      params: member.params,
    };
  },
});

const spec: ListSpec<Committee, CommitteeFilter, CommitteeSortField> = {
  alias: 'c',
  filterType: CommitteeFilter,
  searchColumns: ['name', 'description'],
  sortColumns: { ID: 'id', NAME: 'name', SORT_ORDER: 'sortOrder' },
};

const committeeRules: RecordRules<Committee> = {
  label: '专委会',
  validate: (c) => [
    ...rules.requiredText('input.name', c.name, rules.NAME_MAX),
    ...rules.optionalText('input.description', c.description, 500, '简介'),
  ],
  unique: [{ column: 'name', field: 'input.name', message: '专委会名称已存在' }],
};

async function rosterErrors(manager: EntityManager, roster: CommitteeMemberInput[]): Promise<FieldError[]> {
  const errors = committeeRoster(roster);
  const ids = roster.map((r) => Number(r.memberId)).filter((n) => Number.isSafeInteger(n) && n > 0);
  const found = new Set(
    (await manager.getRepository(Member).find({ where: { id: In(ids) }, select: { id: true } })).map((m) => m.id),
  );
  roster.forEach((r, i) => {
    if (!found.has(Number(r.memberId)))
      errors.push({ field: `input.members[${i}].memberId`, message: `委员 ${r.memberId} 不存在` });
  });
  return errors;
}

/** Replaces the committee's roster inside the caller's transaction. */
async function replaceRoster(
  manager: EntityManager,
  committeeId: number,
  roster: CommitteeMemberInput[] | undefined | null,
): Promise<void> {
  if (roster == null) return;
  assertValid(await rosterErrors(manager, roster));
  const repo = manager.getRepository(CommitteeMembership);
  await repo.delete({ committeeId });
  if (roster.length > 0)
    await repo.insert(roster.map((r) => ({ committeeId, memberId: Number(r.memberId), role: r.role })));
}

export const committeeService: CrudService<
  Committee,
  CommitteeFilter,
  CommitteeInput,
  CommitteePatch,
  CommitteeSortField
> = {
  get: (ctx, id) => ctx.loaders.byId(Committee).load(id),
  list: (ctx, args) => listRecords(ctx, Committee, spec, args),
  create: (ctx, { members, ...input }) =>
    createRecord(ctx, Committee, { ...input, name: input.name?.trim() }, committeeRules, (saved, m) =>
      replaceRoster(m, saved.id, members),
    ),
  update: (ctx, id, { members, ...patch }, expectedVersion) =>
    updateRecord(ctx, Committee, id, patch as Partial<Committee>, expectedVersion, committeeRules, (saved, m) =>
      replaceRoster(m, saved.id, members),
    ),
  remove: (ctx, id) => deleteRecord(ctx, Committee, id, '专委会'),
};
