import type { EntityManager } from 'typeorm';
import { rules, workYear, type FieldError } from '@cppcc/domain';
import type { CrudService } from '../core/crud-resolver';
import { deleteWithChildren } from '../core/child-rows';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import { createRecord, definedOnly, updateRecord, type RecordRules, toId } from '../core/record-store';
import { requiredValue } from '../core/required';
import { defineScope } from '../core/scope';
import { RectificationItem, SupervisionTarget } from './supervision.entity';
import {
  SupervisionTargetFilter,
  SupervisionTargetSortField,
  type SupervisionTargetInput,
  type SupervisionTargetPatch,
} from './supervision-target.inputs';
import { unitOwnedScope } from './supervision-access';
import { phaseCorrectionErrors } from './supervision-phases';
import { activeUnitErrors } from './unit-reference';

defineScope(
  SupervisionTarget,
  unitOwnedScope<SupervisionTarget>((unit) => ({ sql: '{a}.unitId = :scopeUnit', params: { scopeUnit: unit } })),
);

const spec: ListSpec<SupervisionTarget, SupervisionTargetFilter, SupervisionTargetSortField> = {
  alias: 't',
  filterType: SupervisionTargetFilter,
  searchColumns: ['topic'],
  sortColumns: { ID: 'id', YEAR: 'year', UNIT: 'unitId', KIND: 'kind', UPDATED_AT: 'updatedAt' },
  applyFilter(qb, f) {
    if (f.year != null) qb.andWhere('t.year = :year', { year: f.year });
    if (f.kind) qb.andWhere('t.kind = :kind', { kind: f.kind });
    if (f.unitId) qb.andWhere('t.unitId = :unitId', { unitId: parseIds('filter.unitId', [f.unitId])[0] });
  },
};

const NOTES_MAX = 5000;

async function validateTarget(
  t: SupervisionTarget,
  manager: EntityManager,
  before: SupervisionTarget | null,
): Promise<FieldError[]> {
  return [
    ...(await activeUnitErrors(manager, t.unitId, 'input.unitId', before?.unitId)),
    ...workYear('input.year', t.year),
    ...requiredValue('input.kind', t.kind, '监督类型'),
    ...rules.requiredText('input.topic', t.topic, 200, '监督主题'),
    ...(['planCheckNotes', 'midYearNotes', 'evaluationNotes', 'lookBackNotes'] as const).flatMap((k) =>
      rules.optionalText(`input.${k}`, t[k], NOTES_MAX, '说明'),
    ),
    ...(before ? phaseCorrectionErrors(before, t) : []),
  ];
}

const targetRules: RecordRules<SupervisionTarget> = { label: '监督对象', validate: validateTarget };

function targetColumns(input: SupervisionTargetInput | SupervisionTargetPatch): Partial<SupervisionTarget> {
  const { unitId, ...rest } = input;
  const columns = definedOnly(rest) as Partial<SupervisionTarget>;
  if (unitId !== undefined) columns.unitId = unitId === null ? (null as never) : toId(unitId, 'input.unitId');
  if (rest.topic != null) columns.topic = rest.topic.trim();
  return columns;
}

export const supervisionTargetService: CrudService<
  SupervisionTarget,
  SupervisionTargetFilter,
  SupervisionTargetInput,
  SupervisionTargetPatch,
  SupervisionTargetSortField
> = {
  get: (ctx, id) => ctx.loaders.byId(SupervisionTarget).load(id),
  list: (ctx, args) => listRecords(ctx, SupervisionTarget, spec, args),
  create: (ctx, input) => createRecord(ctx, SupervisionTarget, targetColumns(input), targetRules),
  update: (ctx, id, patch, expectedVersion) =>
    updateRecord(ctx, SupervisionTarget, id, targetColumns(patch), expectedVersion, targetRules),
  remove: (ctx, id) =>
    deleteWithChildren(ctx, SupervisionTarget, id, '监督对象', [{ entity: RectificationItem, column: 'targetId' }]),
};
