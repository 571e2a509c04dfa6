import { rules, type FieldError } from '@cppcc/domain';
import { listRecords, type ListSpec } from '../core/list-query';
import { createRecord, deleteRecord, updateRecord, type RecordRules } from '../core/record-store';
import { requiredValue } from '../core/required';
import type { CrudService } from '../core/crud-resolver';
import { defineScope, referenceScope } from '../core/scope';
import { Member } from '../members/member.entity';
import { Sector } from './sector.entity';
import { SectorFilter, SectorSortField, type SectorInput, type SectorPatch } from './sector.inputs';

defineScope(Sector, referenceScope());

const spec: ListSpec<Sector, SectorFilter, SectorSortField> = {
  alias: 's',
  filterType: SectorFilter,
  searchColumns: ['name'],
  sortColumns: { ID: 'id', NAME: 'name', SORT_ORDER: 'sortOrder' },
  applyFilter(qb, f) {
    if (f.category) qb.andWhere('s.category = :category', { category: f.category });
  },
};

export function validateSector(s: Sector): FieldError[] {
  return [
    ...rules.requiredText('input.name', s.name, rules.NAME_MAX),
    ...requiredValue('input.category', s.category, '类别'),
  ];
}

const sectorRules: RecordRules<Sector> = {
  label: '界别',
  validate: validateSector,
  unique: [{ column: 'name', field: 'input.name', message: '界别名称已存在' }],
};

export const sectorService: CrudService<Sector, SectorFilter, SectorInput, SectorPatch, SectorSortField> = {
  get: (ctx, id) => ctx.loaders.byId(Sector).load(id),
  list: (ctx, args) => listRecords(ctx, Sector, spec, args),
  create: (ctx, input) => createRecord(ctx, Sector, { ...input, name: input.name?.trim() }, sectorRules),
  update: (ctx, id, patch, expectedVersion) =>
    updateRecord(ctx, Sector, id, patch as Partial<Sector>, expectedVersion, sectorRules),
  remove: (ctx, id) =>
    deleteRecord(ctx, Sector, id, '界别', async (m) =>
      (await m.getRepository(Member).exists({ where: { sectorId: id } })) ? '委员' : null,
    ),
};
