import type { EntityManager } from 'typeorm';
import { RectificationStatus, rules, type FieldError } from '@cppcc/domain';
import type { CrudService } from '../core/crud-resolver';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import {
  createRecord,
  deleteRecord,
  definedOnly,
  referenceExists,
  updateRecord,
  type RecordRules,
  toId,
} from '../core/record-store';
import { defineScope } from '../core/scope';
import { RectificationItem, SupervisionTarget } from './supervision.entity';
import {
  RectificationItemFilter,
  RectificationItemSortField,
  type RectificationItemInput,
  type RectificationItemPatch,
} from './rectification-item.inputs';
import { unitOwnedScope } from './supervision-access';

// A unit reads the items of its own supervision targets: they are its to-do list.
defineScope(
  RectificationItem,
  unitOwnedScope<RectificationItem>((unit) => ({
    sql: '{a}.targetId IN (SELECT sst.id FROM supervision_target sst WHERE sst.unitId = :scopeUnit)',
    params: { scopeUnit: unit },
  })),
);

const spec: ListSpec<RectificationItem, RectificationItemFilter, RectificationItemSortField> = {
  alias: 'i',
  filterType: RectificationItemFilter,
  searchColumns: ['text'],
  sortColumns: { ID: 'id', DUE_ON: 'dueOn', STATUS: 'status', UPDATED_AT: 'updatedAt' },
  applyFilter(qb, f) {
    if (f.targetId) qb.andWhere('i.targetId = :targetId', { targetId: parseIds('filter.targetId', [f.targetId])[0] });
    if (f.status) qb.andWhere('i.status = :status', { status: f.status });
    if (f.year != null)
      qb.andWhere('i.targetId IN (SELECT fy.id FROM supervision_target fy WHERE fy.year = :year)', { year: f.year });
    if (f.unitId)
      qb.andWhere('i.targetId IN (SELECT fu.id FROM supervision_target fu WHERE fu.unitId = :unitId)', {
        unitId: parseIds('filter.unitId', [f.unitId])[0],
      });
  },
};

async function validateItem(
  i: RectificationItem,
  manager: EntityManager,
  before: RectificationItem | null,
): Promise<FieldError[]> {
  return [
    ...rules.requiredText('input.text', i.text, 500, '整改事项'),
    ...(before ? [] : await referenceExists(manager, SupervisionTarget, i.targetId, 'input.targetId', '监督对象')),
  ];
}

const itemRules: RecordRules<RectificationItem> = { label: '整改事项', validate: validateItem };

export const rectificationItemService: CrudService<
  RectificationItem,
  RectificationItemFilter,
  RectificationItemInput,
  RectificationItemPatch,
  RectificationItemSortField
> = {
  get: (ctx, id) => ctx.loaders.byId(RectificationItem).load(id),
  list: (ctx, args) => listRecords(ctx, RectificationItem, spec, args),
  create: (ctx, { targetId, text, dueOn }) =>
    createRecord(
      ctx,
      RectificationItem,
      {
        targetId: toId(targetId, 'input.targetId'),
        text: text?.trim(),
        dueOn: dueOn ?? null,
        status: RectificationStatus.PENDING,
      },
      itemRules,
    ),
  update: (ctx, id, patch, expectedVersion) =>
    updateRecord(
      ctx,
      RectificationItem,
      id,
      {
        ...(definedOnly(patch) as Partial<RectificationItem>),
        ...(patch.text != null ? { text: patch.text.trim() } : {}),
      },
      expectedVersion,
      itemRules,
    ),
  remove: (ctx, id) => deleteRecord(ctx, RectificationItem, id, '整改事项'),
};
