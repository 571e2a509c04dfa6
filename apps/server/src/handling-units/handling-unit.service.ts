import { rules, type FieldError } from '@cppcc/domain';
import { listRecords, type ListSpec } from '../core/list-query';
import { archiveRecord, createRecord, updateRecord, type RecordRules } from '../core/record-store';
import { requiredValue } from '../core/required';
import type { CrudService } from '../core/crud-resolver';
import { defineScope, referenceScope } from '../core/scope';
import { HandlingUnit } from './handling-unit.entity';
import {
  HandlingUnitFilter,
  HandlingUnitSortField,
  type HandlingUnitInput,
  type HandlingUnitPatch,
} from './handling-unit.inputs';

defineScope(HandlingUnit, referenceScope());

const spec: ListSpec<HandlingUnit, HandlingUnitFilter, HandlingUnitSortField> = {
  alias: 'u',
  filterType: HandlingUnitFilter,
  searchColumns: ['name', 'shortName', 'contactPerson'],
  sortColumns: { ID: 'id', NAME: 'name' },
  applyFilter(qb, f) {
    if (f.kind) qb.andWhere('u.kind = :kind', { kind: f.kind });
    if (!f.includeArchived) qb.andWhere('u.archivedAt IS NULL');
  },
};

export function validateHandlingUnit(u: HandlingUnit): FieldError[] {
  return [
    ...rules.requiredText('input.name', u.name, rules.LONG_NAME_MAX),
    ...requiredValue('input.kind', u.kind, '单位类型'),
    ...rules.optionalText('input.shortName', u.shortName, rules.NAME_MAX, '简称'),
    ...rules.optionalText('input.contactPerson', u.contactPerson, rules.NAME_MAX, '联系人'),
    ...rules.phone('input.contactPhone', u.contactPhone),
  ];
}

const unitRules: RecordRules<HandlingUnit> = {
  label: '承办单位',
  validate: validateHandlingUnit,
  unique: [{ column: 'name', field: 'input.name', message: '承办单位名称已存在' }],
};

export const handlingUnitService: CrudService<
  HandlingUnit,
  HandlingUnitFilter,
  HandlingUnitInput,
  HandlingUnitPatch,
  HandlingUnitSortField
> = {
  get: (ctx, id) => ctx.loaders.byId(HandlingUnit).load(id),
  list: (ctx, args) => listRecords(ctx, HandlingUnit, spec, args),
  create: (ctx, input) => createRecord(ctx, HandlingUnit, { ...input, name: input.name?.trim() }, unitRules),
  update: (ctx, id, patch, expectedVersion) =>
    updateRecord(ctx, HandlingUnit, id, patch as Partial<HandlingUnit>, expectedVersion, unitRules),
  // Units are referenced by proposals and supervision: archive, never delete.
  remove: (ctx, id) => archiveRecord(ctx, HandlingUnit, id, '承办单位'),
};
