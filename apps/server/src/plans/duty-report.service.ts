import type { EntityManager } from 'typeorm';
import { rules, workDate, workYear, type FieldError } from '@cppcc/domain';
import type { CrudService } from '../core/crud-resolver';
import type { GraphQLContext } from '../core/context';
import { throughParentScope } from '../core/child-rows';
import { memberKey, memberRowErrors } from '../members/member-rows';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import { createRecord, deleteRecord, definedOnly, updateRecord, type RecordRules } from '../core/record-store';
import { defineScope, forbidden } from '../core/scope';
import { townshipScope } from '../core/viewer';
import { Member } from '../members/member.entity';
import { DutyReport } from './plan.entity';
import {
  DutyReportFilter,
  DutyReportSortField,
  type DutyReportInput,
  type DutyReportPatch,
} from './duty-report.inputs';
import { refusingDuplicates, uniquePairErrors, type UniquePair } from './unique-pair';

/**
 * A duty report belongs to its member's township. Reads are scoped through the member; the
 * write check needs the member row, which the synchronous townshipsOf cannot load, so it
 * names no township there and the check runs in validate/delete below (`ownMemberOnly`).
 */
defineScope(DutyReport, { ...throughParentScope<DutyReport>('memberId', 'member'), townshipsOf: () => [] });

/** FORBIDDEN unless a township caller's own township organises the member (county callers pass). */
async function ownMemberOnly(ctx: GraphQLContext, manager: EntityManager, memberId: number): Promise<void> {
  const township = townshipScope(ctx.viewer);
  if (township == null) return;
  const member = await manager
    .getRepository(Member)
    .findOne({ where: { id: memberId }, select: { id: true, townshipId: true } });
  if (member?.townshipId !== township) throw forbidden('只能修改本乡镇委员的述职报告');
}

const spec: ListSpec<DutyReport, DutyReportFilter, DutyReportSortField> = {
  alias: 'd',
  filterType: DutyReportFilter,
  searchColumns: ['title'],
  sortColumns: { ID: 'id', YEAR: 'year', SUBMITTED_ON: 'submittedOn', MEMBER: 'memberId' },
  applyFilter(qb, f) {
    if (f.memberId) qb.andWhere('d.memberId = :memberId', { memberId: parseIds('filter.memberId', [f.memberId])[0] });
    if (f.year != null) qb.andWhere('d.year = :year', { year: f.year });
    if (f.townshipId) {
      qb.andWhere('d.memberId IN (SELECT fm.id FROM member fm WHERE fm.townshipId = :townshipId)', {
        townshipId: parseIds('filter.townshipId', [f.townshipId])[0],
      });
    }
  },
};

const onePerYear: UniquePair<DutyReport> = {
  columns: ['memberId', 'year'],
  field: 'input.year',
  message: '该委员本年度已有述职报告',
};

function dutyReportRules(ctx: GraphQLContext): RecordRules<DutyReport> {
  return {
    label: '述职报告',
    async validate(d, manager, before) {
      if (before) await ownMemberOnly(ctx, manager, before.memberId);
      const errors: FieldError[] = [
        ...workYear('input.year', d.year),
        ...workDate('input.submittedOn', d.submittedOn, '提交日期'),
        ...rules.optionalText('input.title', d.title, 200, '标题'),
        ...(await memberRowErrors(
          manager,
          ctx.viewer,
          [d.memberId ?? -1],
          () => 'input.memberId',
          new Set(before ? [before.memberId] : []),
        )),
      ];
      if (d.year != null && d.submittedOn && d.submittedOn < `${d.year}-01-01`)
        errors.push({ field: 'input.submittedOn', message: '提交日期不能早于所述职的年度' });
      return [...errors, ...(await uniquePairErrors(manager, DutyReport, d, onePerYear))];
    },
  };
}

export function dutyReportColumns(input: DutyReportInput | DutyReportPatch): Partial<DutyReport> {
  const { memberId, ...rest } = input;
  const columns = definedOnly(rest) as Partial<DutyReport>;
  if (memberId !== undefined) columns.memberId = memberId === null ? (null as never) : memberKey(memberId);
  return columns;
}

export const dutyReportService: CrudService<
  DutyReport,
  DutyReportFilter,
  DutyReportInput,
  DutyReportPatch,
  DutyReportSortField
> = {
  get: (ctx, id) => ctx.loaders.byId(DutyReport).load(id),
  list: (ctx, args) => listRecords(ctx, DutyReport, spec, args),
  create: (ctx, input) =>
    refusingDuplicates(createRecord(ctx, DutyReport, dutyReportColumns(input), dutyReportRules(ctx)), onePerYear),
  update: (ctx, id, patch, expectedVersion) =>
    refusingDuplicates(
      updateRecord(ctx, DutyReport, id, dutyReportColumns(patch), expectedVersion, dutyReportRules(ctx)),
      onePerYear,
    ),
  remove: (ctx, id) =>
    deleteRecord(ctx, DutyReport, id, '述职报告', async (manager) => {
      const report = await manager.getRepository(DutyReport).findOneByOrFail({ id });
      await ownMemberOnly(ctx, manager, report.memberId);
      return null;
    }),
};
