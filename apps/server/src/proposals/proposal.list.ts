import { todayInChina } from '@cppcc/domain';
import { parseIds, type ListSpec } from '../core/list-query';
import type { Proposal } from './proposal.entity';
import { ProposalFilter, type ProposalSortField } from './proposal.inputs';

/** Past the deadline: not replied by today, or first replied after it (as overdueDays counts). */
export const OVERDUE_SQL = 'p.deadline IS NOT NULL AND p.deadline < COALESCE(p.firstReplyOn, :overdueToday)';

/** How proposals(filter, sort, page) reads its filter; the caller's scope is applied by listRecords. */
export const proposalListSpec: ListSpec<Proposal, ProposalFilter, ProposalSortField> = {
  alias: 'p',
  filterType: ProposalFilter,
  searchColumns: ['title', 'content', 'proposerOrgName'],
  sortColumns: {
    ID: 'id',
    YEAR: 'year',
    SERIAL_NO: 'serialNo',
    TITLE: 'title',
    STATUS: 'status',
    SUBMITTED_ON: 'submittedOn',
    DEADLINE: 'deadline',
    UPDATED_AT: 'updatedAt',
  },
  applyFilter(qb, f) {
    for (const key of ['status', 'session', 'category', 'proposerKind'] as const) {
      if (f[key]) qb.andWhere(`p.${key} = :${key}`, { [key]: f[key] });
    }
    if (f.year != null) qb.andWhere('p.year = :year', { year: f.year });
    if (f.isKey != null) qb.andWhere('p.isKey = :isKey', { isKey: f.isKey });
    if (f.townshipId)
      qb.andWhere('p.townshipId = :townshipId', { townshipId: parseIds('filter.townshipId', [f.townshipId])[0] });
    if (f.unitId) {
      qb.andWhere('p.id IN (SELECT fu.proposalId FROM proposal_unit fu WHERE fu.unitId = :filterUnit)', {
        filterUnit: parseIds('filter.unitId', [f.unitId])[0],
      });
    }
    if (f.memberId) {
      qb.andWhere('p.id IN (SELECT fs.proposalId FROM proposal_signer fs WHERE fs.memberId = :filterMember)', {
        filterMember: parseIds('filter.memberId', [f.memberId])[0],
      });
    }
    if (f.overdue != null)
      qb.andWhere(f.overdue ? `(${OVERDUE_SQL})` : `NOT (${OVERDUE_SQL})`, { overdueToday: todayInChina() });
  },
};
