import { rules, TOWNSHIP_FIELD_WRITERS, type FieldError } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { listRecords, type ListSpec } from '../core/list-query';
import { createRecord, deleteRecord, updateRecord, type RecordRules } from '../core/record-store';
import { requiredValue } from '../core/required';
import type { CrudService } from '../core/crud-resolver';
import { defineScope, referenceScope } from '../core/scope';
import { Member } from '../members/member.entity';
import { Township } from './township.entity';
import { TownshipFilter, TownshipSortField, type TownshipInput, type TownshipPatch } from './township.inputs';

// Every signed-in caller reads townships; an officer writes only their own (townshipsOf).
defineScope(Township, { ...referenceScope<Township>(), townshipsOf: (t) => [t.id ?? null] });

const spec: ListSpec<Township, TownshipFilter, TownshipSortField> = {
  alias: 't',
  filterType: TownshipFilter,
  searchColumns: ['name', 'code', 'bodyName'],
  sortColumns: { ID: 'id', CODE: 'code', NAME: 'name', SORT_ORDER: 'sortOrder' },
  applyFilter(qb, f) {
    if (f.kind) qb.andWhere('t.kind = :kind', { kind: f.kind });
  },
};

const ADDRESS_MAX = 200;

export function validateTownship(t: Township): FieldError[] {
  return [
    ...rules.requiredText('input.name', t.name, rules.NAME_MAX),
    ...rules.townshipCode('input.code', t.code),
    ...requiredValue('input.kind', t.kind, '类型'),
    ...rules.optionalText('input.bodyName', t.bodyName, rules.LONG_NAME_MAX, '政协组织名称'),
    ...rules.optionalText('input.director', t.director, rules.NAME_MAX, '负责人'),
    ...rules.phone('input.phone', t.phone),
    ...rules.optionalText('input.address', t.address, ADDRESS_MAX, '地址'),
  ];
}

const townshipRules: RecordRules<Township> = {
  label: '乡镇',
  validate: validateTownship,
  unique: [{ column: 'code', field: 'input.code', message: '行政区划代码已存在' }],
  writers: TOWNSHIP_FIELD_WRITERS,
};

export const townshipService: CrudService<Township, TownshipFilter, TownshipInput, TownshipPatch, TownshipSortField> = {
  get: (ctx, id) => ctx.loaders.byId(Township).load(id),
  list: (ctx, args) => listRecords(ctx, Township, spec, args),
  create: (ctx, input) =>
    createRecord(ctx, Township, { ...input, code: input.code?.trim(), name: input.name?.trim() }, townshipRules),
  update: (ctx, id, patch, expectedVersion) =>
    updateRecord(ctx, Township, id, patch as Partial<Township>, expectedVersion, townshipRules),
  remove: (ctx, id) =>
    deleteRecord(ctx, Township, id, '乡镇', async (m) =>
      (await m.getRepository(Member).exists({ where: { townshipId: id } })) ? '委员' : null,
    ),
};

export function activeMemberCount(ctx: GraphQLContext, key: 'townshipId' | 'sectorId', id: number): Promise<number> {
  return ctx.loaders
    .countBy(`activeMembersBy:${key}`, Member, key, {
      sql: 'r.status = :active AND r.archivedAt IS NULL',
      params: { active: 'ACTIVE' },
    })
    .load(id);
}
