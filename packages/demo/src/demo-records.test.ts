import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isPlanMetricKey, recordSelector, type PlanMetricKey } from '@cppcc/analytics';
import { describe, expect, it } from 'vitest';
import {
  ActivityKind,
  Attendance,
  ConsultationScale,
  defaultDeadline,
  DutyRuleKey,
  GovernmentLevel,
  gradeForScore,
  isInHandling,
  MeetingKind,
  misplacedKindFields,
  nextProposalStatus,
  OpinionStatus,
  ProposalAction,
  ProposalStatus,
  ProposerKind,
  Satisfaction,
  UnitAssignmentRole,
  UnitRequestKind,
  UnitRequestStatus,
} from '@cppcc/domain';
import { buildDemoCounty, type DemoMember } from './demo-county';
import {
  buildDemoRecords,
  countDemoRecords,
  DEMO_CHAIRS,
  DEMO_RECORD_YEARS,
  DEMO_TODAY,
  type DemoRecords,
} from './demo-records';
import { PLENARY_SESSIONS } from './vocabulary';

const county = buildDemoCounty();
const records = buildDemoRecords(county);
const YEARS = [2021, 2022, 2023, 2024, 2025];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const member = (id: number): DemoMember => {
  const m = county.members[id - 1];
  if (!m) throw new Error(`no member ${id}`);
  return m;
};
const activeOn = (m: DemoMember, date: string): boolean =>
  m.joinedOn <= date && (m.leftOn === null || date <= m.leftOn);
/** The Beijing date of an event time. */
const beijingDate = (d: Date): string => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

const ACCEPTED_LATER = [
  ProposalStatus.ACCEPTED,
  ProposalStatus.ASSIGNED,
  ProposalStatus.REPLIED,
  ProposalStatus.REHANDLING,
  ProposalStatus.CLOSED,
];
const ASSIGNED_LATER = [
  ProposalStatus.ASSIGNED,
  ProposalStatus.REPLIED,
  ProposalStatus.REHANDLING,
  ProposalStatus.CLOSED,
];
const REPLIED_LATER = [ProposalStatus.REPLIED, ProposalStatus.REHANDLING, ProposalStatus.CLOSED];

describe('buildDemoRecords: determinism and shape', () => {
  it('gives deep-equal rows for the same seed, different rows for another seed', () => {
    expect(buildDemoRecords(buildDemoCounty(), 2025)).toEqual(records);
    const other = buildDemoRecords(county, 7);
    expect(other.proposals.map((p) => p.title)).not.toEqual(records.proposals.map((p) => p.title));
  });

  it('does not change the demo county (its first township and member stay pinned)', () => {
    const again = buildDemoCounty();
    buildDemoRecords(again);
    expect(again).toEqual(buildDemoCounty());
  });

  it('has ids 1..n in every table and rows of the expected size', () => {
    for (const [table, rows] of Object.entries(records) as [keyof DemoRecords, { id: number }[]][]) {
      expect(rows.length, table).toBeGreaterThan(0);
      rows.forEach((row, i) => expect(row.id, `${table}[${i}]`).toBe(i + 1));
    }
    const counts = countDemoRecords(records);
    expect(counts.proposals).toBeGreaterThan(800);
    expect(counts.activities).toBeGreaterThan(2400);
    expect(counts.opinionReports).toBeGreaterThan(600);
    expect(counts.supervisionTargets).toBe(10);
    expect(counts.workPlans).toBe(county.townships.length * 5);
    expect(counts.dutyRules).toBe(25);
  });

  it('never dates anything after the demo "today" or before the years it covers', () => {
    const dates: string[] = [];
    for (const p of records.proposals) {
      for (const d of [
        p.submittedOn,
        p.reviewedOn,
        p.assignedOn,
        p.firstReplyOn,
        p.lastReplyOn,
        p.feedbackOn,
        p.closedOn,
      ])
        if (d) dates.push(d);
    }
    for (const e of records.proposalEvents) dates.push(beijingDate(e.at));
    for (const a of records.activities) dates.push(a.heldOn);
    for (const o of records.opinionReports) dates.push(o.submittedOn, ...(o.adoptedOn ? [o.adoptedOn] : []));
    expect(dates.filter((d) => !ISO.test(d) || d > DEMO_TODAY || d < '2020-12-01')).toEqual([]);
  });
});

describe('proposals', () => {
  const byYear = groupBy(records.proposals, (p) => p.year);
  const byId = new Map(records.proposals.map((p) => [p.id, p]));
  const signers = groupBy(records.proposalSigners, (s) => s.proposalId);
  const units = groupBy(records.proposalUnits, (u) => u.proposalId);
  const events = groupBy(records.proposalEvents, (e) => e.proposalId);
  const grantedDeadline = new Map(
    records.proposalUnitRequests.filter((r) => r.grantedDeadline).map((r) => [r.proposalId, r.grantedDeadline!]),
  );
  // The units' steps beside the state machine: they keep the status while the units handle it.
  const KEEPS_STATUS = ['CO_UNIT_OPINION', 'RECORD_CONTACT', 'UNIT_REQUEST', 'DECIDE_UNIT_REQUEST'];

  it('covers 2021–2025, every status in every year', () => {
    expect([...byYear.keys()].sort()).toEqual(YEARS);
    expect(DEMO_RECORD_YEARS).toEqual(YEARS);
    for (const year of YEARS) {
      const statuses = new Set((byYear.get(year) ?? []).map((p) => p.status));
      for (const s of Object.values(ProposalStatus)) expect(statuses.has(s), `${year} ${s}`).toBe(true);
    }
  });

  it('has about ten proposals per township and year, and county proposals without a township', () => {
    for (const year of YEARS.slice(1)) {
      const list = byYear.get(year) ?? [];
      const perTownship = groupBy(
        list.filter((p) => p.townshipId !== null),
        (p) => p.townshipId,
      );
      expect(perTownship.size).toBe(county.townships.length);
      const mean = (list.length - list.filter((p) => p.townshipId === null).length) / county.townships.length;
      expect(mean).toBeGreaterThan(8);
      expect(mean).toBeLessThan(13);
      for (const [, ps] of perTownship) expect(ps.length).toBeLessThanOrEqual(16);
      const countyLevel = list.filter((p) => p.townshipId === null);
      expect(countyLevel.length).toBeGreaterThanOrEqual(10);
      for (const p of countyLevel) {
        expect([ProposerKind.PARTY_GROUP, ProposerKind.COMMITTEE, ProposerKind.SECTOR]).toContain(p.proposerKind);
        expect(p.proposerOrgName).toBeTruthy();
        expect(p.leadMemberId).toBeNull();
        expect(signers.get(p.id)).toBeUndefined();
      }
    }
  });

  it('numbers proposals 1..n per year and names the session of most of them', () => {
    for (const year of YEARS) {
      const list = byYear.get(year) ?? [];
      expect(list.map((p) => p.serialNo).sort((a, b) => a - b)).toEqual(list.map((_p, i) => i + 1));
      const session = PLENARY_SESSIONS.find((s) => s.year === year)?.name;
      for (const p of list) {
        if (p.session !== null) expect(p.session).toBe(session);
        else expect(p.submittedOn.slice(0, 4)).toBe(String(year));
      }
      const share = list.filter((p) => p.session !== null).length / list.length;
      expect(share, String(year)).toBeGreaterThan(year === 2021 ? 0.4 : 0.7);
    }
  });

  it('has a lead member in office at submission, from the proposal’s township, and co-signers for joint ones', () => {
    for (const p of records.proposals) {
      if (p.townshipId === null) continue;
      expect([ProposerKind.MEMBER, ProposerKind.JOINT]).toContain(p.proposerKind);
      const lead = member(p.leadMemberId as number);
      expect(p.townshipId).toBe(lead.townshipIndex + 1);
      expect(activeOn(lead, p.submittedOn), `${p.year}-${p.serialNo}`).toBe(true);
      const list = signers.get(p.id) ?? [];
      expect(list.filter((s) => s.isLead).map((s) => s.memberId)).toEqual([p.leadMemberId]);
      expect(new Set(list.map((s) => s.memberId)).size).toBe(list.length);
      if (p.proposerKind === ProposerKind.JOINT) expect(list.length).toBeGreaterThanOrEqual(2);
      else expect(list).toHaveLength(1);
      for (const s of list) expect(activeOn(member(s.memberId), p.submittedOn)).toBe(true);
    }
  });

  it('keeps every row consistent with its state', () => {
    for (const p of records.proposals) {
      const label = `${p.year}-${p.serialNo} ${p.status}`;
      const accepted = ACCEPTED_LATER.includes(p.status);
      // review
      if (p.status === ProposalStatus.SUBMITTED) {
        expect(p.reviewDecision, label).toBeNull();
        expect(p.reviewedOn, label).toBeNull();
      } else {
        expect(p.reviewDecision, label).toBe(accepted ? ProposalStatus.ACCEPTED : p.status);
        expect(p.reviewedOn! >= p.submittedOn, label).toBe(true);
      }
      if (p.status === ProposalStatus.REJECTED || p.status === ProposalStatus.CONVERTED)
        expect(p.reviewNote, label).toBeTruthy();
      if (p.status === ProposalStatus.MERGED) {
        const target = byId.get(p.mergedIntoId as number);
        expect(target, label).toBeDefined();
        expect(target!.year, label).toBe(p.year);
        expect(target!.reviewDecision, label).toBe(ProposalStatus.ACCEPTED);
        expect(target!.id).not.toBe(p.id);
      } else {
        expect(p.mergedIntoId, label).toBeNull();
      }
      // assignment
      const us = units.get(p.id) ?? [];
      if (ASSIGNED_LATER.includes(p.status)) {
        expect(p.assignedOn! >= p.reviewedOn!, label).toBe(true);
        // The three months, or the later date the county granted on a 延期 request.
        expect(p.deadline, label).toBe(grantedDeadline.get(p.id) ?? defaultDeadline(p.assignedOn!));
        expect(p.deadline! > p.assignedOn!, label).toBe(true);
        const lead = us.filter((u) => u.role === UnitAssignmentRole.LEAD);
        expect(
          lead.map((u) => u.unitId),
          label,
        ).toEqual([p.leadUnitId]);
        expect(us.length - 1, label).toBeLessThanOrEqual(2);
        expect(new Set(us.map((u) => u.unitId)).size).toBe(us.length);
        for (const u of us) expect(u.unitId >= 1 && u.unitId <= county.handlingUnits.length).toBe(true);
      } else {
        expect([p.assignedOn, p.deadline, p.leadUnitId], label).toEqual([null, null, null]);
        expect(us, label).toHaveLength(0);
      }
      // replies
      if (REPLIED_LATER.includes(p.status)) {
        expect(p.replyClass, label).toMatch(/^[ABC]$/);
        expect(p.replyText, label).toBeTruthy();
        expect(p.firstReplyOn! >= p.assignedOn!, label).toBe(true);
        expect(p.lastReplyOn! >= p.firstReplyOn!, label).toBe(true);
      } else {
        expect([p.replyClass, p.firstReplyOn, p.lastReplyOn], label).toEqual([null, null, null]);
      }
      // feedback and closing
      if (p.status === ProposalStatus.CLOSED) {
        expect([Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED], label).toContain(p.satisfaction);
        expect(p.implementation, label).not.toBeNull();
        expect(p.closedOn! >= p.feedbackOn!, label).toBe(true);
        expect(p.feedbackOn! >= p.lastReplyOn!, label).toBe(true);
      } else {
        expect(p.closedOn, label).toBeNull();
      }
      if (p.status === ProposalStatus.REHANDLING) expect(p.satisfaction, label).toBe(Satisfaction.DISSATISFIED);
      if (!REPLIED_LATER.includes(p.status))
        expect([p.satisfaction, p.feedbackOn, p.implementation], label).toEqual([null, null, null]);
      if ((p.satisfaction === null) !== (p.feedbackOn === null))
        throw new Error(`${label}: satisfaction and feedbackOn disagree`);
      // key proposals
      if (p.isKey) {
        expect(accepted, label).toBe(true);
        expect(DEMO_CHAIRS.map((c) => c.name)).toContain(p.supervisingChair);
      } else {
        expect(p.supervisingChair, label).toBeNull();
      }
    }
  });

  it('has a few key proposals and some overdue ones every year, overdue at the end of 2025 too', () => {
    for (const year of YEARS) {
      const list = byYear.get(year) ?? [];
      const keys = list.filter((p) => p.isKey).length;
      expect(keys).toBeGreaterThanOrEqual(3);
      expect(keys).toBeLessThanOrEqual(6);
      const overdue = list.filter(
        (p) => p.status === ProposalStatus.ASSIGNED && p.firstReplyOn === null && p.deadline! < DEMO_TODAY,
      );
      expect(overdue.length, String(year)).toBeGreaterThanOrEqual(2);
      const lateReplies = list.filter((p) => p.firstReplyOn !== null && p.firstReplyOn > p.deadline!);
      expect(lateReplies.length, String(year)).toBeGreaterThanOrEqual(1);
    }
    const endOf2025 = (byYear.get(2025) ?? []).filter(
      (p) => p.status === ProposalStatus.ASSIGNED && p.deadline! < '2025-12-31',
    );
    expect(endOf2025.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps a reply letter per reply, the latest being the proposal’s reply and rating', () => {
    const replies = groupBy(records.proposalReplies, (r) => r.proposalId);
    for (const p of records.proposals) {
      const label = `${p.year}-${p.serialNo}`;
      const rounds = replies.get(p.id) ?? [];
      const replied = (events.get(p.id) ?? []).filter((e) => e.action === ProposalAction.REPLY);
      expect(
        rounds.map((r) => r.round),
        label,
      ).toEqual(replied.map((_e, i) => i + 1));
      const latest = rounds.at(-1);
      if (!latest) continue;
      expect(latest, label).toMatchObject({ replyClass: p.replyClass, repliedOn: p.lastReplyOn, unitId: p.leadUnitId });
      expect(latest.satisfaction, label).toBe(p.satisfaction);
      expect(latest.docNo, label).toMatch(/函〔\d{4}〕\d+号$/);
    }
  });

  it('has every co-unit’s 会办意见 before the lead unit’s reply, and some still awaited', () => {
    let awaited = 0;
    for (const p of records.proposals) {
      for (const u of (units.get(p.id) ?? []).filter((x) => x.role === UnitAssignmentRole.CO)) {
        const label = `${p.year}-${p.serialNo} unit ${u.unitId}`;
        if (p.firstReplyOn) expect(u.opinionOn, label).not.toBeNull();
        if (!u.opinionOn) {
          awaited += 1;
          continue;
        }
        expect(u.opinionOn >= (p.assignedOn as string), label).toBe(true);
        expect(u.opinionOn <= (p.firstReplyOn ?? DEMO_TODAY), label).toBe(true);
        expect(u.opinionText, label).toBeTruthy();
      }
    }
    expect(awaited).toBeGreaterThan(0);
  });

  it('has the units’ contacts before the reply, and their requests decided as the records show', () => {
    for (const c of records.proposalContacts) {
      const p = byId.get(c.proposalId)!;
      const label = `${p.year}-${p.serialNo} contact ${c.id}`;
      expect(c.unitId, label).toBe(p.leadUnitId);
      expect(c.contactedOn >= p.assignedOn!, label).toBe(true);
      expect(c.contactedOn <= (p.firstReplyOn ?? DEMO_TODAY), label).toBe(true);
    }
    for (const r of records.proposalUnitRequests) {
      const p = byId.get(r.proposalId)!;
      const label = `${p.year}-${p.serialNo} request ${r.id}`;
      expect(r.requestedOn <= (r.decidedOn ?? DEMO_TODAY), label).toBe(true);
      if (r.kind === UnitRequestKind.EXTEND) {
        expect(r.unitId, label).toBe(p.leadUnitId);
        expect(r.requestedOn <= r.previousDeadline!, label).toBe(true);
        // Granted only where the reply was on time anyway: the county's figures are unchanged.
        if (r.status === UnitRequestStatus.APPROVED) expect(p.firstReplyOn! <= r.previousDeadline!, label).toBe(true);
        if (r.status === UnitRequestStatus.PENDING) expect(p.firstReplyOn, label).toBeNull();
      } else {
        expect(r.status, label).toBe(UnitRequestStatus.APPROVED);
        expect(r.unitId, label).not.toBe(p.leadUnitId);
      }
    }
    const statuses = new Set(records.proposalUnitRequests.map((r) => `${r.kind}:${r.status}`));
    for (const s of ['RETURN:APPROVED', 'EXTEND:APPROVED', 'EXTEND:REFUSED', 'EXTEND:PENDING'])
      expect(statuses).toContain(s);
    // Units differ in how often they contact proposers first (面商率).
    const replied = records.proposals.filter((p) => p.firstReplyOn);
    const rate = (unitId: number) => {
      const mine = replied.filter((p) => p.leadUnitId === unitId);
      return mine.filter((p) => records.proposalContacts.some((c) => c.proposalId === p.id)).length / mine.length;
    };
    const rates = [...new Set(replied.map((p) => p.leadUnitId!))].map(rate);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.2);
  });

  it('records every step as an event, in order, each a valid transition ending in the current state', () => {
    for (const p of records.proposals) {
      const list = events.get(p.id) ?? [];
      const label = `${p.year}-${p.serialNo}`;
      expect(list[0]?.action, label).toBe('SUBMIT');
      expect(list[0]?.fromStatus, label).toBeNull();
      expect(beijingDate(list[0]!.at), label).toBe(p.submittedOn);
      let status: ProposalStatus = ProposalStatus.SUBMITTED;
      let hasFeedback = false;
      let lastSatisfaction: Satisfaction | undefined;
      for (let i = 1; i < list.length; i++) {
        const e = list[i]!;
        expect(e.at.getTime(), label).toBeGreaterThan(list[i - 1]!.at.getTime());
        expect(e.fromStatus, label).toBe(status);
        // A co-unit's 会办意见 is a step that keeps the status, while the units handle the proposal.
        if (KEEPS_STATUS.includes(e.action)) {
          expect(e.toStatus, label).toBe(status);
          expect(isInHandling(status), label).toBe(true);
          continue;
        }
        expect(Object.values(ProposalAction)).toContain(e.action);
        const satisfaction =
          e.action === ProposalAction.FEEDBACK
            ? e.toStatus === ProposalStatus.REHANDLING
              ? Satisfaction.DISSATISFIED
              : Satisfaction.SATISFIED
            : undefined;
        const res = nextProposalStatus(status, e.action as ProposalAction, {
          hasFeedback,
          lastSatisfaction,
          satisfaction,
          reason: 'x',
          mergedIntoId: '1',
        });
        expect(res, `${label} ${e.action}`).toEqual({ ok: true, to: e.toStatus });
        if (e.action === ProposalAction.FEEDBACK) {
          hasFeedback = true;
          lastSatisfaction = satisfaction;
        }
        if (e.action === ProposalAction.REPLY) hasFeedback = false;
        status = e.toStatus;
      }
      expect(status, label).toBe(p.status);
      const on = (action: string) => list.filter((e) => e.action === action).map((e) => beijingDate(e.at));
      expect(on('SUBMIT'), label).toHaveLength(1);
      if (p.reviewDecision) expect(list[1] && beijingDate(list[1].at), label).toBe(p.reviewedOn);
      if (p.assignedOn) expect(on(ProposalAction.ASSIGN).at(-1), label).toBe(p.assignedOn);
      if (p.firstReplyOn) {
        expect(on(ProposalAction.REPLY)[0], label).toBe(p.firstReplyOn);
        expect(on(ProposalAction.REPLY).at(-1), label).toBe(p.lastReplyOn);
      }
      if (p.closedOn) expect(on(ProposalAction.CLOSE), label).toEqual([p.closedOn]);
    }
    expect(new Set(records.proposalEvents.map((e) => e.proposalId)).size).toBe(records.proposals.length);
  });

  it('uses chair names that are not members’ names', () => {
    const names = new Set(county.members.map((m) => m.name));
    for (const c of DEMO_CHAIRS) expect(names.has(c.name)).toBe(false);
  });
});

describe('activities', () => {
  const byYear = groupBy(records.activities, (a) => a.year);
  const participants = groupBy(records.activityParticipants, (p) => p.activityId);

  it('covers every kind every year, with about thirty activities per township and year', () => {
    for (const year of YEARS) {
      const list = byYear.get(year) ?? [];
      const kinds = new Set(list.map((a) => a.kind));
      for (const k of Object.values(ActivityKind)) expect(kinds.has(k), `${year} ${k}`).toBe(true);
      const township = list.filter((a) => a.townshipId !== null);
      const mean = township.length / county.townships.length;
      expect(mean).toBeGreaterThan(24);
      expect(mean).toBeLessThan(38);
      for (const [tid, acts] of groupBy(township, (a) => a.townshipId)) {
        const consultations = acts.filter((a) => a.kind === ActivityKind.CONSULTATION);
        expect(
          consultations.filter((a) => a.consultationScale === ConsultationScale.MAJOR).length,
          `${year}/${tid}`,
        ).toBeGreaterThanOrEqual(1);
        expect(
          consultations.filter((a) => a.consultationScale === ConsultationScale.MICRO).length,
          `${year}/${tid}`,
        ).toBeGreaterThanOrEqual(1);
        expect(acts.filter((a) => a.kind === ActivityKind.STUDY).length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('fills the fields of each kind and only those', () => {
    for (const a of records.activities) {
      const label = `${a.id} ${a.kind} ${a.title}`;
      expect(a.year, label).toBe(Number(a.heldOn.slice(0, 4)));
      expect(a.title.length, label).toBeLessThanOrEqual(200);
      expect(a.meetingKind !== null, label).toBe(a.kind === ActivityKind.MEETING);
      expect(a.consultationScale !== null, label).toBe(a.kind === ActivityKind.CONSULTATION);
      expect(a.outletLevel !== null, label).toBe(a.kind === ActivityKind.PUBLICITY);
      expect(a.piecesSubmitted !== null, label).toBe(a.kind === ActivityKind.CULTURAL_HISTORY);
      expect(a.donationYuan > 0, label).toBe(a.kind === ActivityKind.CHARITY);
      expect(a.peopleReached !== null, label).toBe(a.kind === ActivityKind.VISIT);
      expect(misplacedKindFields(a), label).toEqual([]);
      expect(a.suggestionsAdopted, label).toBeLessThanOrEqual(a.suggestionsMade);
      expect(a.suggestionsAdopted, label).toBeGreaterThanOrEqual(0);
      if (a.kind === ActivityKind.CONSULTATION) expect(a.topic, label).toBeTruthy();
      if (a.kind === ActivityKind.STUDY) expect(a.topic, label).toBeTruthy();
      if (a.kind === ActivityKind.CULTURAL_HISTORY) expect(a.piecesSubmitted!, label).toBeGreaterThan(0);
      if (a.townshipId !== null) expect(a.meetingKind === MeetingKind.PLENARY, label).toBe(false);
      if (a.title.includes('二十大')) expect(a.heldOn >= '2022-10-25', label).toBe(true);
      if (a.title.includes('二十届三中全会')) expect(a.heldOn >= '2024-07-25', label).toBe(true);
    }
    const research = records.activities.filter((a) => a.kind === ActivityKind.RESEARCH);
    expect(research.filter((a) => a.reportTitle).length / research.length).toBeGreaterThan(0.75);
  });

  it('draws participants from the township’s members in office on the day (anyone for county activities)', () => {
    const byId = new Map(records.activities.map((a) => [a.id, a]));
    const problems: string[] = [];
    const attendances: string[] = Object.values(Attendance);
    for (const [activityId, list] of participants) {
      const a = byId.get(activityId);
      if (!a) throw new Error(`participants of a missing activity ${activityId}`);
      if (new Set(list.map((p) => p.memberId)).size !== list.length) problems.push(`${a.title}: a member twice`);
      for (const p of list) {
        const m = member(p.memberId);
        if (a.townshipId !== null && m.townshipIndex + 1 !== a.townshipId)
          problems.push(`${a.title}: ${m.name} is of another township`);
        if (!activeOn(m, a.heldOn)) problems.push(`${a.title} ${a.heldOn}: ${m.name} not in office`);
        if (!attendances.includes(p.attendance)) problems.push(`${a.title}: attendance ${p.attendance}`);
      }
    }
    expect(problems).toEqual([]);
    expect(participants.size).toBeGreaterThan(records.activities.length * 0.9);
  });

  it('has one county plenary session a year, attended by most members in office', () => {
    for (const year of YEARS) {
      const plenary = (byYear.get(year) ?? []).filter((a) => a.meetingKind === MeetingKind.PLENARY);
      expect(plenary).toHaveLength(1);
      const [p] = plenary;
      expect(p!.townshipId).toBeNull();
      expect(p!.heldOn).toBe(PLENARY_SESSIONS.find((s) => s.year === year)!.opensOn);
      const list = participants.get(p!.id) ?? [];
      const inOffice = county.members.filter((m) => activeOn(m, p!.heldOn)).length;
      expect(list.length).toBe(inOffice);
      expect(list.filter((x) => x.attendance === Attendance.PRESENT).length / list.length).toBeGreaterThan(0.75);
    }
  });

  it('makes townships differ: activity volume and attendance rates', () => {
    const later = records.activities.filter((a) => a.townshipId !== null && a.year >= 2022);
    const volume = [...groupBy(later, (a) => a.townshipId).values()].map((l) => l.length);
    expect(Math.max(...volume) / Math.min(...volume)).toBeGreaterThan(1.8);
    const township = new Map(records.activities.map((a) => [a.id, a.townshipId]));
    const rates = [
      ...groupBy(
        records.activityParticipants.filter((p) => township.get(p.activityId) !== null),
        (p) => township.get(p.activityId),
      ).values(),
    ].map((l) => l.filter((p) => p.attendance === Attendance.PRESENT).length / l.length);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.1);
    const all = records.activityParticipants;
    expect(all.filter((p) => p.attendance === Attendance.PRESENT).length / all.length).toBeGreaterThan(0.75);
    expect(all.some((p) => p.attendance === Attendance.EXCUSED)).toBe(true);
    expect(all.some((p) => p.attendance === Attendance.ABSENT)).toBe(true);
  });
});

describe('opinion reports', () => {
  const submitters = groupBy(records.opinionSubmitters, (s) => s.reportId);

  it('has about eight a township and year, each with 1–3 submitters of the township in office', () => {
    const own = records.opinionReports.filter((o) => o.sourceProposalId === null);
    for (const year of YEARS.slice(1)) {
      const list = own.filter((o) => o.year === year);
      expect(list.length / county.townships.length).toBeGreaterThan(6);
      expect(list.length / county.townships.length).toBeLessThan(11);
    }
    for (const o of own) {
      const list = submitters.get(o.id) ?? [];
      expect(list.length).toBeGreaterThanOrEqual(1);
      expect(list.length).toBeLessThanOrEqual(3);
      for (const s of list) {
        expect(member(s.memberId).townshipIndex + 1).toBe(o.townshipId);
        expect(activeOn(member(s.memberId), o.submittedOn)).toBe(true);
      }
      expect(o.year).toBe(Number(o.submittedOn.slice(0, 4)));
    }
  });

  it('gives every converted proposal its report: same title, content, township and authors, linked both ways', () => {
    const converted = records.proposals.filter((p) => p.status === ProposalStatus.CONVERTED);
    expect(converted.length).toBeGreaterThan(10);
    const signers = groupBy(records.proposalSigners, (s) => s.proposalId);
    for (const p of converted) {
      const r = records.opinionReports[(p.opinionReportId as number) - 1];
      expect(r).toMatchObject({
        sourceProposalId: p.id,
        title: p.title,
        content: p.content,
        townshipId: p.townshipId,
        submittedOn: p.reviewedOn,
      });
      expect((submitters.get(r.id) ?? []).map((s) => s.memberId).sort()).toEqual(
        (signers.get(p.id) ?? []).map((s) => s.memberId).sort(),
      );
    }
    expect(records.opinionReports.filter((o) => o.sourceProposalId !== null)).toHaveLength(converted.length);
    expect(
      records.proposals.filter((p) => p.status !== ProposalStatus.CONVERTED && p.opinionReportId !== null),
    ).toEqual([]);
  });

  it('fills adoption fields for adopted reports only, mostly at county and city level', () => {
    const adopted = records.opinionReports.filter((o) => o.status === OpinionStatus.ADOPTED);
    for (const o of records.opinionReports) {
      if (o.status === OpinionStatus.ADOPTED) {
        expect(o.adoptionLevel).not.toBeNull();
        expect(o.adoptedOn! >= o.submittedOn).toBe(true);
      } else {
        expect([o.adoptionLevel, o.adoptedOn, o.publishedIssue, o.leaderInstruction]).toEqual([
          null,
          null,
          null,
          false,
        ]);
      }
      if (o.leaderInstruction) expect(o.instructionLevel).not.toBeNull();
      else expect(o.instructionLevel).toBeNull();
      if (o.publishedIssue) expect(o.publishedIssue).toMatch(/^《社情信息》20\d\d年第\d{1,2}期$/);
    }
    const high = adopted.filter(
      (o) => o.adoptionLevel === GovernmentLevel.PROVINCE || o.adoptionLevel === GovernmentLevel.NATIONAL,
    ).length;
    expect(high).toBeGreaterThan(0);
    expect(high / adopted.length).toBeLessThan(0.2);
    expect(adopted.filter((o) => o.leaderInstruction).length).toBeGreaterThan(10);
    for (const year of YEARS) {
      const statuses = new Set(records.opinionReports.filter((o) => o.year === year).map((o) => o.status));
      expect(statuses.has(OpinionStatus.ADOPTED) && statuses.has(OpinionStatus.NOT_ADOPTED)).toBe(true);
    }
  });
});

describe('supervision', () => {
  it('has two targets a year with phases in order, all phases for past years, and graded evaluations', () => {
    for (const year of YEARS) {
      const targets = records.supervisionTargets.filter((t) => t.year === year);
      expect(targets).toHaveLength(2);
      for (const t of targets) {
        const phases = [t.planCheckOn, t.midYearOn, t.evaluationOn, t.lookBackOn].filter(
          (d): d is string => d !== null,
        );
        expect(phases).toEqual([...phases].sort());
        if (year < 2025) expect(phases).toHaveLength(4);
        expect(t.planCheckOn).not.toBeNull();
        if (t.evaluationOn) {
          expect(t.questionnairesReturned!).toBeLessThanOrEqual(t.questionnairesIssued!);
          expect(t.grade).toBe(gradeForScore(t.score!));
          expect(t.recommendationCount!).toBeGreaterThan(0);
          expect(t.findings).toBeTruthy();
        } else {
          expect([t.score, t.grade, t.lookBackOn]).toEqual([null, null, null]);
        }
        const items = records.rectificationItems.filter((i) => i.targetId === t.id);
        expect(items.length).toBeGreaterThanOrEqual(2);
        expect(items.length).toBeLessThanOrEqual(5);
      }
    }
    expect(new Set(records.supervisionTargets.map((t) => t.kind)).size).toBe(4);
  });

  it('appoints a few special supervisors for periods inside their terms', () => {
    expect(records.specialSupervisors.length).toBeGreaterThanOrEqual(3);
    for (const s of records.specialSupervisors) {
      const m = member(s.memberId);
      expect(activeOn(m, s.fromOn)).toBe(true);
      if (s.toOn) expect(s.toOn >= s.fromOn).toBe(true);
      expect(s.unitId).toBeLessThanOrEqual(county.handlingUnits.length);
    }
  });
});

describe('plans and duty', () => {
  it('has a plan of 4–6 items per township and year, with completion that differs between townships', () => {
    const items = groupBy(records.workPlanItems, (i) => i.planId);
    const completion: number[] = [];
    for (const plan of records.workPlans) {
      const list = items.get(plan.id) ?? [];
      expect(list.length).toBeGreaterThanOrEqual(4);
      expect(list.length).toBeLessThanOrEqual(6);
      expect(list.map((i) => i.metricKey)).toEqual(
        expect.arrayContaining(['studySessions', 'opinionReports', 'inspections', 'researchReports']),
      );
      for (const item of list) expect(isPlanMetricKey(item.metricKey), String(item.metricKey)).toBe(true);
      let done = 0;
      let target = 0;
      for (const item of list) {
        const inQuarter = (d: string) =>
          item.quarter === null || Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1 === item.quarter;
        const sel = recordSelector(item.metricKey as PlanMetricKey);
        const counted = (a: (typeof records.activities)[number]) =>
          a.kind === sel.kind &&
          (!sel.consultationScale || a.consultationScale === sel.consultationScale) &&
          (!sel.withReport || !!a.reportTitle);
        const actual =
          sel.table === 'opinion_report'
            ? records.opinionReports.filter(
                (o) => o.townshipId === plan.townshipId && o.year === plan.year && inQuarter(o.submittedOn),
              ).length
            : records.activities.filter(
                (a) => a.townshipId === plan.townshipId && a.year === plan.year && counted(a) && inQuarter(a.heldOn),
              ).length;
        done += Math.min(actual, item.target);
        target += item.target;
      }
      completion.push(done / target);
    }
    expect(completion.filter((c) => c === 1).length).toBeGreaterThan(10);
    expect(completion.filter((c) => c < 0.9).length).toBeGreaterThan(5);
  });

  it('has the five duty rules every year and duty reports from most members in office', () => {
    for (const year of YEARS) {
      const rules = records.dutyRules.filter((r) => r.year === year);
      expect(rules.map((r) => r.key).sort()).toEqual(Object.values(DutyRuleKey).sort());
      for (const r of rules) expect([r.minCount, r.points]).toEqual([1, 10]);
      const reports = records.dutyReports.filter((r) => r.year === year);
      expect(new Set(reports.map((r) => r.memberId)).size).toBe(reports.length);
      for (const r of reports) expect(activeOn(member(r.memberId), r.submittedOn)).toBe(true);
      if (year >= 2022) {
        const inOffice = county.members.filter((m) => activeOn(m, `${year}-12-31`)).length;
        expect(reports.length / inOffice).toBeGreaterThan(0.6);
        expect(reports.length / inOffice).toBeLessThan(0.98);
      }
    }
  });
});

describe('loading into SQLite', () => {
  it('inserts everything in well under ten seconds', async () => {
    const { openDatabase } = await import('@cppcc/server/dist/app/database');
    const { loadDemoCounty } = await import('./load-demo');
    const { insertDemoRecords } = await import('./load-demo-records');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-records-'));
    try {
      // Records alone, then the whole demo load, each on a fresh database file.
      const first = await openDatabase({ type: 'sqlite', file: path.join(dir, 'records.db') });
      await first.dataSource.runMigrations({ transaction: 'each' });
      let started = performance.now();
      const timings = await first.dataSource.transaction((m) => insertDemoRecords(m, records));
      const recordsMs = performance.now() - started;
      const [{ n }] = await first.dataSource.query('SELECT COUNT(*) AS n FROM activity_participant');
      expect(Number(n)).toBe(records.activityParticipants.length);
      await first.dataSource.destroy();

      const second = await openDatabase({ type: 'sqlite', file: path.join(dir, 'full.db') });
      await second.dataSource.runMigrations({ transaction: 'each' });
      started = performance.now();
      await loadDemoCounty(second.dataSource);
      const fullMs = performance.now() - started;
      const [{ p }] = await second.dataSource.query('SELECT COUNT(*) AS p FROM proposal');
      expect(Number(p)).toBe(records.proposals.length);
      await second.dataSource.destroy();

      console.log(
        `[demo-records] SQLite: records ${Math.round(recordsMs)} ms (${timings.reduce((s, t) => s + t.statements, 0)} INSERTs), whole demo load ${Math.round(fullMs)} ms;`,
        timings.map((t) => `${t.table} ${t.rows}/${t.ms}ms`).join(', '),
      );
      expect(recordsMs).toBeLessThan(10_000);
      expect(fullMs).toBeLessThan(10_000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
