import {
  ProposalStatus,
  ReplyClass,
  Satisfaction,
  UnitAssignmentRole,
  UnitRequestKind,
  contactedBeforeReply,
  daysBetween,
} from '@cppcc/domain';
import { rate } from './formulas';
import { rankValues } from './ranking';

// Handling-unit figures of a year (docs/metrics.md, handling units): what the county uses to see
// which units reply late, reply with C, leave members dissatisfied or skip 办前面商.

/** One unit's part in one proposal of the year, with what the proposal's records say. */
export interface UnitPartRow {
  unitId: number;
  role: UnitAssignmentRole;
  status: ProposalStatus;
  assignedOn: string | null;
  deadline: string | null;
  firstReplyOn: string | null;
  replyClass: ReplyClass | null;
  satisfaction: Satisfaction | null;
  /** Reply rounds kept (答复函). */
  rounds: number;
  /** Dates of the unit's contact records (办前面商). */
  contactDates: readonly string[];
  /** 会办: when the co-unit sent its opinion, or the county waived it. */
  opinionOn: string | null;
  waivedOn: string | null;
}

export interface UnitRequestRow {
  unitId: number;
  kind: UnitRequestKind;
}

export interface UnitFigures {
  unitId: number;
  /** 主办 and 会办 parts in the year's proposals. */
  assignedLead: number;
  assignedCo: number;
  /** Lead parts replied at least once. */
  replied: number;
  /** Of those, first replied on or before the deadline in force. */
  repliedOnTime: number;
  onTimeRate: number | null;
  /** Lead parts not replied and past the deadline today. */
  overdueNow: number;
  /** Mean calendar days from assignment to the first reply. */
  averageDaysToReply: number | null;
  classA: number;
  classB: number;
  classC: number;
  classAShare: number | null;
  classBShare: number | null;
  classCShare: number | null;
  /** Replies the proposer rated; 满意率 = 满意 or 基本满意 among them. */
  rated: number;
  satisfactionRate: number | null;
  /** Proposals replied more than once (退回重办 after 不满意). */
  rehandled: number;
  /** 面商: replied proposals with a contact recorded on or before the first reply. */
  contacted: number;
  contactRate: number | null;
  /** 会办意见 sent, and still missing (not waived) while the proposal is in handling. */
  coOpinionsSent: number;
  coOpinionsPending: number;
  returnsAsked: number;
  extensionsAsked: number;
}

const empty = (unitId: number): UnitFigures => ({
  unitId,
  assignedLead: 0,
  assignedCo: 0,
  replied: 0,
  repliedOnTime: 0,
  onTimeRate: null,
  overdueNow: 0,
  averageDaysToReply: null,
  classA: 0,
  classB: 0,
  classC: 0,
  classAShare: null,
  classBShare: null,
  classCShare: null,
  rated: 0,
  satisfactionRate: null,
  rehandled: 0,
  contacted: 0,
  contactRate: null,
  coOpinionsSent: 0,
  coOpinionsPending: 0,
  returnsAsked: 0,
  extensionsAsked: 0,
});

const IN_HANDLING = new Set([ProposalStatus.ASSIGNED, ProposalStatus.REHANDLING]);

/** The figures of every unit named in `unitIds`, from its parts and requests of the year. */
export function unitFigures(
  unitIds: readonly number[],
  parts: readonly UnitPartRow[],
  requests: readonly UnitRequestRow[],
  today: string,
): UnitFigures[] {
  const byUnit = new Map(unitIds.map((id) => [id, { figures: empty(id), days: [] as number[], satisfied: 0 }]));
  for (const p of parts) {
    const u = byUnit.get(p.unitId);
    if (!u) continue;
    const f = u.figures;
    if (p.role === UnitAssignmentRole.CO) {
      f.assignedCo += 1;
      if (p.opinionOn) f.coOpinionsSent += 1;
      else if (!p.waivedOn && IN_HANDLING.has(p.status)) f.coOpinionsPending += 1;
      continue;
    }
    f.assignedLead += 1;
    if (!p.firstReplyOn) {
      if (p.deadline && p.deadline < today) f.overdueNow += 1;
      continue;
    }
    f.replied += 1;
    if (p.deadline && p.firstReplyOn <= p.deadline) f.repliedOnTime += 1;
    if (p.assignedOn) u.days.push(daysBetween(p.assignedOn, p.firstReplyOn));
    if (p.replyClass === ReplyClass.A) f.classA += 1;
    if (p.replyClass === ReplyClass.B) f.classB += 1;
    if (p.replyClass === ReplyClass.C) f.classC += 1;
    if (p.satisfaction) {
      f.rated += 1;
      if (p.satisfaction !== Satisfaction.DISSATISFIED) u.satisfied += 1;
    }
    if (p.rounds > 1) f.rehandled += 1;
    if (contactedBeforeReply(p.contactDates, p.firstReplyOn)) f.contacted += 1;
  }
  for (const r of requests) {
    const f = byUnit.get(r.unitId)?.figures;
    if (!f) continue;
    if (r.kind === UnitRequestKind.EXTEND) f.extensionsAsked += 1;
    else f.returnsAsked += 1;
  }
  return [...byUnit.values()].map(({ figures: f, days, satisfied }) => ({
    ...f,
    onTimeRate: rate(f.repliedOnTime, f.replied),
    averageDaysToReply: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
    classAShare: rate(f.classA, f.replied),
    classBShare: rate(f.classB, f.replied),
    classCShare: rate(f.classC, f.replied),
    satisfactionRate: rate(satisfied, f.rated),
    contactRate: rate(f.contacted, f.replied),
  }));
}

/** A column of the units' table: its label, how it reads, and which way is better for ranking. */
export interface UnitFigureColumn {
  key: Exclude<keyof UnitFigures, 'unitId'>;
  label: string;
  kind: 'count' | 'rate' | 'days';
  /** desc: more is better; asc: less is better (overdue, days, C class). */
  order: 'desc' | 'asc';
}

/** The columns in the order the county reads them; the console and the workbook both show these. */
export const UNIT_FIGURE_COLUMNS: readonly UnitFigureColumn[] = [
  { key: 'assignedLead', label: '主办件数', kind: 'count', order: 'desc' },
  { key: 'assignedCo', label: '会办件数', kind: 'count', order: 'desc' },
  { key: 'replied', label: '已答复', kind: 'count', order: 'desc' },
  { key: 'repliedOnTime', label: '按期答复', kind: 'count', order: 'desc' },
  { key: 'onTimeRate', label: '按期答复率', kind: 'rate', order: 'desc' },
  { key: 'overdueNow', label: '当前逾期', kind: 'count', order: 'asc' },
  { key: 'averageDaysToReply', label: '平均答复天数', kind: 'days', order: 'asc' },
  { key: 'classAShare', label: 'A类占比', kind: 'rate', order: 'desc' },
  { key: 'classBShare', label: 'B类占比', kind: 'rate', order: 'desc' },
  { key: 'classCShare', label: 'C类占比', kind: 'rate', order: 'asc' },
  { key: 'satisfactionRate', label: '满意率', kind: 'rate', order: 'desc' },
  { key: 'rehandled', label: '重新办理', kind: 'count', order: 'asc' },
  { key: 'contactRate', label: '面商率', kind: 'rate', order: 'desc' },
  { key: 'coOpinionsPending', label: '会办意见待提交', kind: 'count', order: 'asc' },
  { key: 'returnsAsked', label: '退回/调整申请', kind: 'count', order: 'asc' },
  { key: 'extensionsAsked', label: '延期申请', kind: 'count', order: 'asc' },
];

/**
 * Rows ordered by one column, better first, with their competition rank on it (ties share, no data
 * last). Any row with the figures will do: the console's rows carry the unit's id as a GraphQL ID.
 */
export function rankUnits<R extends Omit<UnitFigures, 'unitId'>>(
  rows: readonly R[],
  key: UnitFigureColumn['key'],
): { row: R; rank: number }[] {
  const column = UNIT_FIGURE_COLUMNS.find((c) => c.key === key);
  if (!column) throw new RangeError(`没有这一列：${key}`);
  const values = rows.map((r) => r[key] as number | null);
  const ranks = rankValues(values, column.order);
  return rows.map((row, i) => ({ row, rank: ranks[i] })).sort((a, b) => a.rank - b.rank);
}
