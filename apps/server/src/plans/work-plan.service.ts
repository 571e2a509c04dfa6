import type { EntityManager } from 'typeorm';
import { rules, workYear, type FieldError } from '@cppcc/domain';
import { planItemErrors } from '@cppcc/analytics';
import type { CrudService } from '../core/crud-resolver';
import type { GraphQLContext } from '../core/context';
import { deleteWithChildren, replaceChildRows, throughParentScope } from '../core/child-rows';
import { assertValid } from '../core/errors';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import { createRecord, definedOnly, referenceExists, updateRecord, type RecordRules, toId } from '../core/record-store';
import { requiredValue } from '../core/required';
import { defineScope, townshipScoped } from '../core/scope';
import { Township } from '../townships/township.entity';
import { WorkPlan, WorkPlanItem } from './plan.entity';
import {
  WorkPlanFilter,
  WorkPlanSortField,
  type WorkPlanInput,
  type WorkPlanItemInput,
  type WorkPlanPatch,
} from './work-plan.inputs';
import { refusingDuplicates, uniquePairErrors, type UniquePair } from './unique-pair';

defineScope(WorkPlan, townshipScoped<WorkPlan>('townshipId'));
defineScope(WorkPlanItem, throughParentScope<WorkPlanItem>('planId', 'work_plan'));

const spec: ListSpec<WorkPlan, WorkPlanFilter, WorkPlanSortField> = {
  alias: 'p',
  filterType: WorkPlanFilter,
  searchColumns: ['title', 'notes'],
  sortColumns: { ID: 'id', YEAR: 'year', TOWNSHIP: 'townshipId', UPDATED_AT: 'updatedAt' },
  applyFilter(qb, f) {
    if (f.townshipId)
      qb.andWhere('p.townshipId = :townshipId', { townshipId: parseIds('filter.townshipId', [f.townshipId])[0] });
    if (f.year != null) qb.andWhere('p.year = :year', { year: f.year });
  },
};

const onePlanPerYear: UniquePair<WorkPlan> = {
  columns: ['townshipId', 'year'],
  field: 'input.year',
  message: '该乡镇本年度已有工作计划，请修改原计划',
};

async function validateWorkPlan(p: WorkPlan, manager: EntityManager): Promise<FieldError[]> {
  return [
    ...rules.requiredText('input.title', p.title, 200, '计划名称'),
    ...rules.optionalText('input.notes', p.notes, 5000, '备注'),
    ...workYear('input.year', p.year),
    ...(p.townshipId == null
      ? requiredValue('input.townshipId', null, '乡镇')
      : await referenceExists(manager, Township, p.townshipId, 'input.townshipId', '乡镇')),
    ...(await uniquePairErrors(manager, WorkPlan, p, onePlanPerYear)),
  ];
}

const planRules: RecordRules<WorkPlan> = { label: '工作计划', validate: validateWorkPlan };

async function replaceItems(
  manager: EntityManager,
  planId: number,
  items: WorkPlanItemInput[] | null | undefined,
): Promise<void> {
  if (items == null) return;
  assertValid(planItemErrors(items));
  await replaceChildRows(
    manager,
    WorkPlanItem,
    'planId',
    planId,
    items.map((i) => ({
      metricKey: i.metricKey,
      kind: null,
      target: i.target,
      quarter: i.quarter ?? null,
      description: i.description ?? null,
    })),
  );
}

export function workPlanColumns(input: WorkPlanInput | WorkPlanPatch): Partial<WorkPlan> {
  const { townshipId, items: _items, ...rest } = input;
  const columns = definedOnly(rest) as Partial<WorkPlan>;
  if (townshipId !== undefined)
    columns.townshipId = townshipId === null ? (null as never) : toId(townshipId, 'input.townshipId');
  if (rest.title != null) columns.title = rest.title.trim();
  return columns;
}

export const workPlanService: CrudService<WorkPlan, WorkPlanFilter, WorkPlanInput, WorkPlanPatch, WorkPlanSortField> = {
  get: (ctx, id) => ctx.loaders.byId(WorkPlan).load(id),
  list: (ctx, args) => listRecords(ctx, WorkPlan, spec, args),
  create: (ctx, input) =>
    refusingDuplicates(
      createRecord(ctx, WorkPlan, workPlanColumns(input), planRules, (saved, m) =>
        replaceItems(m, saved.id, input.items),
      ),
      onePlanPerYear,
    ),
  update: (ctx, id, patch, expectedVersion) =>
    refusingDuplicates(
      updateRecord(ctx, WorkPlan, id, workPlanColumns(patch), expectedVersion, planRules, (saved, m) =>
        replaceItems(m, saved.id, patch.items),
      ),
      onePlanPerYear,
    ),
  remove: (ctx: GraphQLContext, id: number) =>
    deleteWithChildren(ctx, WorkPlan, id, '工作计划', [{ entity: WorkPlanItem, column: 'planId' }]),
};
