import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../support/api';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

// Every change to an existing record — plain update, record verb, workflow step — goes through
// one write path (changeRecord in apps/server/src/core/record-store.ts): each accepts
// expectedVersion, refuses a stale one with CONFLICT and the current version, and of racing
// writers holding the same version exactly one wins.

const CREATE_TARGET = `mutation($u: ID!) { createSupervisionTarget(input: { unitId: $u, year: 2031, kind: ANNUAL_EVALUATION, topic: "写入路径测评" }) { id version } }`;
const PHASE = `mutation($id: ID!, $v: Int) { recordSupervisionPhase(id: $id, phase: PLAN_CHECK, on: "2031-03-01", expectedVersion: $v) { version phases } }`;
const CREATE_ITEM = `mutation($t: ID!) { createRectificationItem(input: { targetId: $t, text: "整改写入路径" }) { id version } }`;
const SET_STATUS = `mutation($id: ID!, $v: Int) { setRectificationStatus(id: $id, status: DONE, expectedVersion: $v) { version status } }`;
const CREATE_ACTIVITY = `mutation($t: ID!, $m: ID!) { createActivity(input: { kind: STUDY, title: "写入路径学习", heldOn: "2031-03-12", townshipId: $t, participants: [{ memberId: $m }] }) { id version } }`;
const ATTEND = `mutation($a: ID!, $m: ID!, $v: Int) { setActivityAttendance(activityId: $a, memberId: $m, attendance: PRESENT, expectedVersion: $v) { version } }`;

/** On a county the suite builds: a unit to supervise, members of the officer's township for activities. */
describeOnDatabases(
  'one write path: expectedVersion on every change',
  (api) => {
    let county: SmallCounty;
    let own: string[];
    beforeAll(async () => {
      county = await buildSmallCounty(api());
      own = county.members.own;
    });
    const target = async () =>
      (await api().ok(CREATE_TARGET, { u: county.units[0] })).createSupervisionTarget as {
        id: string;
        version: number;
      };
    const activity = async (member: string) =>
      (await api().ok(CREATE_ACTIVITY, { t: county.townships.own, m: member })).createActivity as {
        id: string;
        version: number;
      };

    it('refuses a stale expectedVersion on every record verb with CONFLICT and the current version, changing nothing', async () => {
      const t = await target();
      const stalePhase = await api().gql(PHASE, { id: t.id, v: t.version + 5 });
      expect(stalePhase.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: t.version });
      const { recordSupervisionPhase: p } = await api().ok(PHASE, { id: t.id, v: t.version });
      expect(p).toMatchObject({ version: t.version + 1, phases: ['PLAN_CHECK'] });

      const { createRectificationItem: item } = await api().ok(CREATE_ITEM, { t: t.id });
      const staleStatus = await api().gql(SET_STATUS, { id: item.id, v: item.version - 1 });
      expect(staleStatus.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: item.version });
      const unchanged = await api().ok(`query($id: ID!) { rectificationItem(id: $id) { version status } }`, {
        id: item.id,
      });
      expect(unchanged.rectificationItem).toEqual({ version: item.version, status: 'PENDING' });

      const a = await activity(own[0]);
      const staleAttendance = await api().gql(ATTEND, { a: a.id, m: own[0], v: a.version + 1 });
      expect(staleAttendance.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: a.version });
      expect((await api().ok(ATTEND, { a: a.id, m: own[0], v: a.version })).setActivityAttendance.version).toBe(
        a.version + 1,
      );
    });

    it('lets exactly one of 12 racing verbs holding the same version win; the others get CONFLICT', async () => {
      const t = await target();
      const a = await activity(own[1]);
      const results = await Promise.all(
        Array.from({ length: 12 }, () => api().gql(ATTEND, { a: a.id, m: own[1], v: a.version })),
      );
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(11);
      const phases = await Promise.all(Array.from({ length: 12 }, () => api().gql(PHASE, { id: t.id, v: t.version })));
      expect(phases.filter((r) => !r.errors).length).toBe(1);
      const audit = await api().ok(
        `query($e: String!) { auditEntries(filter: { entityType: "SupervisionTarget", entityId: $e, action: "RECORD_PHASE" }) { totalCount } }`,
        { e: t.id },
      );
      expect(audit.auditEntries.totalCount).toBe(1);
    });
  },
  { demo: false },
);
