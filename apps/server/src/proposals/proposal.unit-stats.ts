import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { In, IsNull, type EntityManager } from 'typeorm';
import { unitFigures, type UnitFigures, type UnitPartRow } from '@cppcc/analytics';
import {
  ProposalStatus,
  UnitAssignmentRole,
  UnitRequestStatus,
  addDays,
  isInHandling,
  todayInChina,
  workYear,
  type UnitRequestKind,
} from '@cppcc/domain';
import { aggregate } from '../analytics/sql-rows';
import type { GraphQLContext } from '../core/context';
import { assertValid } from '../core/errors';
import { forbidden } from '../core/scope';
import { isPrincipal, unitScope } from '../core/viewer';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { ProposalUnitRequest } from './proposal-handling.entity';
import { Proposal, ProposalUnit } from './proposal.entity';
import { handlingRules } from './proposal.handling-rules';
import { refId } from './proposal.references';

// Handling units' figures of a year (docs/metrics.md, handling units) and a unit's to-do list.

@ObjectType({ description: '承办单位办理情况: one unit’s figures of a year (docs/metrics.md)' })
export class HandlingUnitStats implements UnitFigures {
  @Field(() => ID)
  unitId: number;
  @Field()
  unitName: string;
  @Field(() => Int, { description: '主办件数' })
  assignedLead: number;
  @Field(() => Int, { description: '会办件数' })
  assignedCo: number;
  @Field(() => Int, { description: '已答复 (lead, first reply given)' })
  replied: number;
  @Field(() => Int, { description: '按期答复: first reply on or before the deadline in force' })
  repliedOnTime: number;
  @Field(() => Float, { nullable: true, description: '按期答复率 = repliedOnTime / replied' })
  onTimeRate: number | null;
  @Field(() => Int, { description: '当前逾期: lead, not replied, deadline passed' })
  overdueNow: number;
  @Field(() => Float, { nullable: true, description: '平均答复天数, assignment to first reply' })
  averageDaysToReply: number | null;
  @Field(() => Int)
  classA: number;
  @Field(() => Int)
  classB: number;
  @Field(() => Int)
  classC: number;
  @Field(() => Float, { nullable: true })
  classAShare: number | null;
  @Field(() => Float, { nullable: true })
  classBShare: number | null;
  @Field(() => Float, { nullable: true })
  classCShare: number | null;
  @Field(() => Int, { description: 'Replies rated by the proposer' })
  rated: number;
  @Field(() => Float, { nullable: true, description: '满意率 = 满意 or 基本满意 / rated' })
  satisfactionRate: number | null;
  @Field(() => Int, { description: '重新办理: replied more than once' })
  rehandled: number;
  @Field(() => Int, { description: '办前面商: replied with a contact on or before the first reply' })
  contacted: number;
  @Field(() => Float, { nullable: true, description: '面商率 = contacted / replied' })
  contactRate: number | null;
  @Field(() => Int)
  coOpinionsSent: number;
  @Field(() => Int, { description: '会办意见待提交 while in handling' })
  coOpinionsPending: number;
  @Field(() => Int, { description: '退回/调整 asked' })
  returnsAsked: number;
  @Field(() => Int, { description: '延期 asked' })
  extensionsAsked: number;
}

interface PartSql {
  proposalId: number;
  unitId: number;
  role: UnitAssignmentRole;
  status: ProposalStatus;
  assignedOn: string | null;
  deadline: string | null;
  firstReplyOn: string | null;
  replyClass: UnitPartRow['replyClass'];
  satisfaction: UnitPartRow['satisfaction'];
  opinionOn: string | null;
  waivedOn: string | null;
}

/** Every unit part in the year's proposals, with its reply rounds and contact dates: three statements. */
async function partsOfYear(manager: EntityManager, year: number): Promise<UnitPartRow[]> {
  const parts = await aggregate<PartSql & Record<string, unknown>>(
    manager,
    `SELECT pu.proposalId AS proposalId, pu.unitId AS unitId, pu.role AS role, p.status AS status,
        p.assignedOn AS assignedOn, p.deadline AS deadline, p.firstReplyOn AS firstReplyOn,
        p.replyClass AS replyClass, p.satisfaction AS satisfaction, pu.opinionOn AS opinionOn, pu.waivedOn AS waivedOn
      FROM proposal_unit pu JOIN proposal p ON p.id = pu.proposalId WHERE p.year = ?`,
    [year],
  );
  const rounds = await aggregate<{ proposalId: number; n: number }>(
    manager,
    `SELECT r.proposalId AS proposalId, COUNT(*) AS n FROM proposal_reply r JOIN proposal p ON p.id = r.proposalId
      WHERE p.year = ? GROUP BY r.proposalId`,
    [year],
  );
  const contacts = await aggregate<{ proposalId: number; unitId: number; contactedOn: string }>(
    manager,
    `SELECT c.proposalId AS proposalId, c.unitId AS unitId, c.contactedOn AS contactedOn
      FROM proposal_contact c JOIN proposal p ON p.id = c.proposalId WHERE p.year = ?`,
    [year],
  );
  const roundsOf = new Map(rounds.map((r) => [r.proposalId, r.n]));
  const contactsOf = new Map<string, string[]>();
  for (const c of contacts) {
    const key = `${c.proposalId}:${c.unitId}`;
    contactsOf.set(key, [...(contactsOf.get(key) ?? []), String(c.contactedOn)]);
  }
  return parts.map((p) => ({
    ...p,
    rounds: roundsOf.get(p.proposalId) ?? 0,
    contactDates: contactsOf.get(`${p.proposalId}:${p.unitId}`) ?? [],
  }));
}

/** handlingUnitStats(year): every unit with work that year or not archived, by name. */
export async function handlingUnitStats(ctx: GraphQLContext, year: number): Promise<HandlingUnitStats[]> {
  assertValid(workYear('year', year));
  const manager = ctx.db.manager;
  // Every unit for county-wide callers, its own for a unit.
  const own = unitScope(ctx.viewer);
  const parts = await partsOfYear(manager, year);
  const requests = await aggregate<{ unitId: number; kind: UnitRequestKind }>(
    manager,
    `SELECT r.unitId AS unitId, r.kind AS kind FROM proposal_unit_request r JOIN proposal p ON p.id = r.proposalId WHERE p.year = ?`,
    [year],
  );
  const withWork = [...new Set(parts.map((p) => p.unitId))];
  const repo = manager.getRepository(HandlingUnit);
  const units =
    own == null
      ? await repo.find({ where: [{ archivedAt: IsNull() }, ...(withWork.length ? [{ id: In(withWork) }] : [])] })
      : await repo.findBy({ id: own });
  units.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id);
  const names = new Map(units.map((u) => [u.id, u.name]));
  return unitFigures(
    units.map((u) => u.id),
    parts,
    requests,
    todayInChina(),
  ).map((f) => ({ ...f, unitName: names.get(f.unitId) ?? String(f.unitId) }));
}

@ObjectType({ description: '承办单位待办: what waits for a unit now' })
export class UnitWorklist {
  @Field(() => ID)
  unitId: number;

  @Field(() => Int, { description: 'The county’s 即将到期 window, in days' })
  dueSoonDays: number;

  @Field(() => [Proposal], { description: '待答复: lead, in handling (assigned or re-handling)' })
  toReply: Proposal[];

  @Field(() => [Proposal], { description: '即将到期: to reply, deadline within dueSoonDays' })
  dueSoon: Proposal[];

  @Field(() => [Proposal], { description: '已逾期: to reply, deadline passed' })
  overdue: Proposal[];

  @Field(() => [Proposal], { description: '会办意见待提交' })
  coOpinionsDue: Proposal[];

  @Field(() => [ProposalUnitRequest], { description: '退回/延期 waiting for the county' })
  requestsPending: ProposalUnitRequest[];

  @Field(() => [ProposalUnitRequest], { description: 'Requests the county decided in the last 30 days' })
  requestsDecided: ProposalUnitRequest[];
}

const RECENT_DECISION_DAYS = 30;

/** A unit's to-do list: its own for a unit user; any unit's for county-wide callers. */
export async function unitWorklist(ctx: GraphQLContext, unitId?: string | null): Promise<UnitWorklist> {
  const own = unitScope(ctx.viewer);
  const id = own ?? refId(unitId);
  if (own != null && unitId != null && refId(unitId) !== own) throw forbidden('只能查看本单位的待办');
  if (own == null && !isPrincipal(ctx.viewer)) throw forbidden();
  const manager = ctx.db.manager;
  const today = todayInChina();
  const rules = await handlingRules(manager);
  const parts = await manager.getRepository(ProposalUnit).find({ where: { unitId: id } });
  // Through the loaders, so each proposal passes the caller's read scope.
  const proposals = (await ctx.loaders.byId(Proposal).loadMany(parts.map((p) => p.proposalId))).filter(
    (p): p is Proposal => p instanceof Proposal && isInHandling(p.status),
  );
  const roleOf = new Map(parts.map((p) => [p.proposalId, p]));
  const byDeadline = (a: Proposal, b: Proposal) =>
    (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.id - b.id;
  const toReply = proposals.filter((p) => roleOf.get(p.id)?.role === UnitAssignmentRole.LEAD).sort(byDeadline);
  const open = toReply.filter((p) => p.status === ProposalStatus.ASSIGNED && p.deadline);
  const soon = addDays(today, rules.dueSoonDays);
  const requests = await manager
    .getRepository(ProposalUnitRequest)
    .find({ where: { unitId: id }, order: { id: 'DESC' } });
  const since = addDays(today, -RECENT_DECISION_DAYS);
  return {
    unitId: id,
    dueSoonDays: rules.dueSoonDays,
    toReply,
    dueSoon: open.filter((p) => p.deadline! >= today && p.deadline! <= soon),
    overdue: open.filter((p) => p.deadline! < today),
    coOpinionsDue: proposals
      .filter((p) => {
        const part = roleOf.get(p.id);
        return part?.role === UnitAssignmentRole.CO && !part.opinionOn && !part.waivedOn;
      })
      .sort(byDeadline),
    requestsPending: requests.filter((r) => r.status === UnitRequestStatus.PENDING),
    requestsDecided: requests.filter((r) => r.status !== UnitRequestStatus.PENDING && (r.decidedOn ?? '') >= since),
  };
}
