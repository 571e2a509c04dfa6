import { rules, workDate } from '@cppcc/domain';
import type { CrudService } from '../core/crud-resolver';
import type { GraphQLContext } from '../core/context';
import { memberKey, memberRowErrors } from '../members/member-rows';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import { createRecord, deleteRecord, definedOnly, updateRecord, type RecordRules, toId } from '../core/record-store';
import { countyOnlyScope, defineScope } from '../core/scope';
import { SpecialSupervisor } from './supervision.entity';
import {
  SpecialSupervisorFilter,
  SpecialSupervisorSortField,
  type SpecialSupervisorInput,
  type SpecialSupervisorPatch,
} from './special-supervisor.inputs';
import { activeUnitErrors } from './unit-reference';

defineScope(SpecialSupervisor, countyOnlyScope());

const spec: ListSpec<SpecialSupervisor, SpecialSupervisorFilter, SpecialSupervisorSortField> = {
  alias: 's',
  filterType: SpecialSupervisorFilter,
  searchColumns: [],
  sortColumns: { ID: 'id', FROM_ON: 'fromOn', UNIT: 'unitId', MEMBER: 'memberId' },
  applyFilter(qb, f) {
    if (f.memberId) qb.andWhere('s.memberId = :memberId', { memberId: parseIds('filter.memberId', [f.memberId])[0] });
    if (f.unitId) qb.andWhere('s.unitId = :unitId', { unitId: parseIds('filter.unitId', [f.unitId])[0] });
    if (f.activeOn)
      qb.andWhere('s.fromOn <= :activeOn AND (s.toOn IS NULL OR s.toOn >= :activeOn)', { activeOn: f.activeOn });
  },
};

function supervisorRules(ctx: GraphQLContext): RecordRules<SpecialSupervisor> {
  return {
    label: '特约监督员',
    validate: async (s, manager, before) => [
      ...(await memberRowErrors(
        manager,
        ctx.viewer,
        [s.memberId ?? -1],
        () => 'input.memberId',
        new Set(before ? [before.memberId] : []),
      )),
      ...(await activeUnitErrors(manager, s.unitId, 'input.unitId', before?.unitId)),
      ...workDate('input.fromOn', s.fromOn, '开始日期'),
      ...rules.dateOrder('input.toOn', s.fromOn, s.toOn, '结束日期不能早于开始日期'),
    ],
  };
}

function supervisorColumns(input: SpecialSupervisorInput | SpecialSupervisorPatch): Partial<SpecialSupervisor> {
  const { memberId, unitId, ...rest } = input;
  const columns = definedOnly(rest) as Partial<SpecialSupervisor>;
  if (memberId !== undefined) columns.memberId = memberId === null ? (null as never) : memberKey(memberId);
  if (unitId !== undefined) columns.unitId = unitId === null ? (null as never) : toId(unitId, 'input.unitId');
  return columns;
}

export const specialSupervisorService: CrudService<
  SpecialSupervisor,
  SpecialSupervisorFilter,
  SpecialSupervisorInput,
  SpecialSupervisorPatch,
  SpecialSupervisorSortField
> = {
  get: (ctx, id) => ctx.loaders.byId(SpecialSupervisor).load(id),
  list: (ctx, args) => listRecords(ctx, SpecialSupervisor, spec, args),
  create: (ctx, input) => createRecord(ctx, SpecialSupervisor, supervisorColumns(input), supervisorRules(ctx)),
  update: (ctx, id, patch, expectedVersion) =>
    updateRecord(ctx, SpecialSupervisor, id, supervisorColumns(patch), expectedVersion, supervisorRules(ctx)),
  remove: (ctx, id) => deleteRecord(ctx, SpecialSupervisor, id, '特约监督员'),
};
