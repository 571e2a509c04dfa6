import { recordOwner, registerAttachmentOwner } from '../core/attachment-owners';
import type { EntityManager } from 'typeorm';
import { OpinionStatus, opinionReportErrors, yearOf, type FieldError } from '@cppcc/domain';
import type { CrudService } from '../core/crud-resolver';
import { deleteWithChildren, throughParentScope } from '../core/child-rows';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import { createRecord, definedOnly, referenceExists, updateRecord, type RecordRules } from '../core/record-store';
import { defineScope, townshipScoped } from '../core/scope';
import { Township } from '../townships/township.entity';
import { OpinionReport, OpinionSubmitter } from './opinion-report.entity';
import {
  OpinionReportFilter,
  OpinionReportSortField,
  type OpinionReportInput,
  type OpinionReportPatch,
} from './opinion-report.inputs';
import { replaceSubmitters } from './opinion-submitters';
import { Claim } from '../claims/claim.entity';
import { recordClaims } from '../claims/claims';

// Officers read and write their own township's reports; county reports (no township) are the county's.
defineScope(OpinionReport, townshipScoped<OpinionReport>('townshipId'));
defineScope(OpinionSubmitter, throughParentScope<OpinionSubmitter>('reportId', 'opinion_report'));
registerAttachmentOwner('OpinionReport', recordOwner(OpinionReport, 'opinionReport'));

const spec: ListSpec<OpinionReport, OpinionReportFilter, OpinionReportSortField> = {
  alias: 'r',
  filterType: OpinionReportFilter,
  searchColumns: ['title', 'content', 'publishedIssue'],
  sortColumns: {
    ID: 'id',
    SUBMITTED_ON: 'submittedOn',
    TITLE: 'title',
    STATUS: 'status',
    TOWNSHIP: 'townshipId',
    UPDATED_AT: 'updatedAt',
  },
  applyFilter(qb, f) {
    for (const key of ['status', 'year', 'adoptionLevel'] as const) {
      if (f[key] != null) qb.andWhere(`r.${key} = :${key}`, { [key]: f[key] });
    }
    // Booleans bound as 1/0: SQLite's driver binds no booleans.
    if (f.leaderInstruction != null)
      qb.andWhere('r.leaderInstruction = :instructed', { instructed: f.leaderInstruction ? 1 : 0 });
    if (f.townshipId)
      qb.andWhere('r.townshipId = :townshipId', { townshipId: parseIds('filter.townshipId', [f.townshipId])[0] });
    if (f.county === true) qb.andWhere('r.townshipId IS NULL');
    if (f.county === false) qb.andWhere('r.townshipId IS NOT NULL');
    if (f.memberId) {
      qb.andWhere('r.id IN (SELECT fos.reportId FROM opinion_submitter fos WHERE fos.memberId = :memberId)', {
        memberId: parseIds('filter.memberId', [f.memberId])[0],
      });
    }
  },
};

async function validateOpinionReport(r: OpinionReport, manager: EntityManager): Promise<FieldError[]> {
  return [
    ...opinionReportErrors(r),
    ...(await referenceExists(manager, Township, r.townshipId, 'input.townshipId', '乡镇')),
  ];
}

export const opinionReportRules: RecordRules<OpinionReport> = {
  label: '社情民意信息',
  validate: validateOpinionReport,
};

/** Input → columns: ids as numbers, year from submittedOn, a cleared instruction flag is false. */
export function opinionReportColumns(input: OpinionReportInput | OpinionReportPatch): Partial<OpinionReport> {
  const { townshipId, submitterIds: _submitters, claimEvidence: _evidence, ...rest } = input;
  const columns = definedOnly(rest) as Partial<OpinionReport>;
  if (columns.leaderInstruction === null) columns.leaderInstruction = false;
  if (townshipId !== undefined) columns.townshipId = townshipId === null ? null : Number(townshipId) || -1;
  if (rest.title != null) columns.title = rest.title.trim();
  if (rest.submittedOn) columns.year = yearOf(rest.submittedOn);
  return columns;
}

export const opinionReportService: CrudService<
  OpinionReport,
  OpinionReportFilter,
  OpinionReportInput,
  OpinionReportPatch,
  OpinionReportSortField
> = {
  get: (ctx, id) => ctx.loaders.byId(OpinionReport).load(id),
  list: (ctx, args) => listRecords(ctx, OpinionReport, spec, args),
  create: (ctx, input) =>
    createRecord(
      ctx,
      OpinionReport,
      { status: OpinionStatus.SUBMITTED, leaderInstruction: false, ...opinionReportColumns(input) },
      opinionReportRules,
      async (saved, m) => {
        await replaceSubmitters(ctx, m, saved.id, input.submitterIds, true);
        await recordClaims(ctx, m, 'OpinionReport', saved, input.claimEvidence, null);
      },
    ),
  update: (ctx, id, patch, expectedVersion) =>
    updateRecord(
      ctx,
      OpinionReport,
      id,
      opinionReportColumns(patch),
      expectedVersion,
      opinionReportRules,
      async (saved, m, before) => {
        await replaceSubmitters(ctx, m, saved.id, patch.submitterIds, false);
        await recordClaims(ctx, m, 'OpinionReport', saved, patch.claimEvidence, before);
      },
    ),
  remove: (ctx, id) =>
    deleteWithChildren(ctx, OpinionReport, id, '社情民意信息', [
      { entity: OpinionSubmitter, column: 'reportId' },
      { entity: Claim, column: 'recordId', match: { recordType: 'OpinionReport' } },
    ]),
};
