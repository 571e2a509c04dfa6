import { beforeAll, expect, it } from 'vitest';
import { overdueDays, todayInChina } from '@cppcc/domain';
import { describeOnDatabases, type Client } from '../support/api';
import { sixUnits } from '../support/county-records';
import { buildSmallCounty } from '../support/small-county';
import {
  activeMembers,
  assignedProposal,
  auditActions,
  historyOf,
  memberProposal,
  step,
  submit,
  type DemoMember,
} from './proposals-fixtures';

/** On a county the suite builds: the officer's township is 1, the unit user's unit 1 of six. */
describeOnDatabases(
  'proposal workflow, submission to closing',
  (api) => {
    let officer: Client;
    let unit: Client;
    let own: DemoMember[];
    let other: DemoMember[];

    beforeAll(async () => {
      const county = await buildSmallCounty(api());
      expect(county.townships.own).toBe('1');
      expect(await sixUnits(api(), county)).toEqual(['1', '2', '3', '4', '5', '6']);
      officer = await api().as('officer');
      unit = await api().as('unit');
      ({ own, other } = await activeMembers(api()));
    });

    it('runs a session proposal of one member through review, assignment, reply, feedback and closing', async () => {
      const submitted = await submit(
        officer,
        memberProposal(own[0], '乡村公路养护', { session: '十一届三次会议', year: 2026 }),
      );
      expect(submitted).toMatchObject({
        status: 'SUBMITTED',
        version: 1,
        year: 2026,
        session: '十一届三次会议',
        townshipId: '1',
        leadMemberId: own[0].id,
        proposerOrgName: null,
        submittedOn: '2026-01-08',
        isKey: false,
        overdueDays: null,
        allowedActions: [],
      });
      expect(submitted.serialNo).toBeGreaterThan(0);
      const id = submitted.id;

      const accepted = await step(api(), 'review', id, {
        input: { decision: 'ACCEPT', isKey: true, supervisingChair: '王主席', reviewedOn: '2026-01-20' },
        v: 1,
      });
      expect(accepted).toMatchObject({
        status: 'ACCEPTED',
        reviewDecision: 'ACCEPTED',
        reviewedOn: '2026-01-20',
        isKey: true,
        supervisingChair: '王主席',
        version: 2,
        allowedActions: ['ASSIGN'],
      });

      const assigned = await step(api(), 'assign', id, {
        // The lead may reply before the co-unit's 会办意见 (tests/api/unit-handling.test.ts holds it back otherwise).
        input: { leadUnitId: '1', coUnitIds: ['2'], assignedOn: '2026-02-01', replyBeforeCoUnits: true },
        v: 2,
      });
      expect(assigned).toMatchObject({
        status: 'ASSIGNED',
        assignedOn: '2026-02-01',
        deadline: '2026-05-01',
        leadUnitId: '1',
        version: 3,
      });
      // Not replied yet: overdue by the days from the deadline to today (China time).
      expect(assigned.overdueDays).toBe(overdueDays('2026-05-01', null, todayInChina()));
      const units = await api().ok(
        `query($id: ID!) { proposal(id: $id) { leadUnit { id } units { role unitId unit { id name } } } }`,
        { id },
      );
      expect(units.proposal.leadUnit.id).toBe('1');
      expect(units.proposal.units.map((u: { role: string; unit: { id: string } }) => [u.role, u.unit.id])).toEqual([
        ['LEAD', '1'],
        ['CO', '2'],
      ]);

      const mine = await unit.ok(
        `query($q: String!) { myAssignedProposals(filter: { q: $q }) { totalCount nodes { id allowedActions } } }`,
        { q: '乡村公路养护' },
      );
      expect(mine.myAssignedProposals).toEqual({
        totalCount: 1,
        nodes: [{ id, allowedActions: ['REPLY', 'RECORD_CONTACT', 'UNIT_REQUEST'] }],
      });

      const replied = await step(unit, 'reply', id, {
        input: { replyClass: 'A', text: '已列入年度养护计划并完成。', repliedOn: '2026-04-20' },
      });
      expect(replied).toMatchObject({
        status: 'REPLIED',
        replyClass: 'A',
        firstReplyOn: '2026-04-20',
        lastReplyOn: '2026-04-20',
        overdueDays: 0,
        allowedActions: [],
      });

      const rated = await step(officer, 'feedback', id, {
        input: { satisfaction: 'SATISFIED', on: '2026-04-25', note: '办理认真' },
      });
      expect(rated).toMatchObject({
        status: 'REPLIED',
        satisfaction: 'SATISFIED',
        feedbackOn: '2026-04-25',
        allowedActions: ['FEEDBACK'],
      });

      const inProgress = await step(api(), 'implementation', id, { status: 'IN_PROGRESS' });
      expect(inProgress).toMatchObject({
        status: 'REPLIED',
        implementation: 'IN_PROGRESS',
        allowedActions: ['FEEDBACK', 'SET_IMPLEMENTATION', 'CLOSE'],
      });

      const closed = await step(api(), 'close', id, {
        input: { implementation: 'IMPLEMENTED', closedOn: '2026-05-10' },
      });
      expect(closed).toMatchObject({
        status: 'CLOSED',
        implementation: 'IMPLEMENTED',
        closedOn: '2026-05-10',
        allowedActions: ['SET_IMPLEMENTATION'],
      });
      // 落实情况 may still be updated after closing; the status stays CLOSED.
      expect(await step(api(), 'implementation', id, { status: 'IN_PROGRESS' })).toMatchObject({
        status: 'CLOSED',
        implementation: 'IN_PROGRESS',
        version: 8,
      });

      const history = await historyOf(api(), id);
      expect(history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
        ['SUBMIT', null, 'SUBMITTED'],
        ['REVIEW_ACCEPT', 'SUBMITTED', 'ACCEPTED'],
        ['ASSIGN', 'ACCEPTED', 'ASSIGNED'],
        ['REPLY', 'ASSIGNED', 'REPLIED'],
        ['FEEDBACK', 'REPLIED', 'REPLIED'],
        ['SET_IMPLEMENTATION', 'REPLIED', 'REPLIED'],
        ['CLOSE', 'REPLIED', 'CLOSED'],
        ['SET_IMPLEMENTATION', 'CLOSED', 'CLOSED'],
      ]);
      const unitName = (await api().ok(`{ handlingUnit(id: "1") { name } }`)).handlingUnit.name;
      expect(history[3].actorName).toBe(unitName);
      expect(history[2].note).toContain('办理期限：2026-05-01');
      expect(history[4].note).toBe('满意：办理认真');

      const audit = await auditActions(api(), id);
      expect(audit.map((a) => a.action)).toEqual(history.map((h) => h.action));
      expect(audit[0]).toMatchObject({ before: null, after: { status: 'SUBMITTED', serialNo: submitted.serialNo } });
      expect(audit[0].after.signers).toEqual([{ memberId: Number(own[0].id), isLead: true }]);
      expect(audit[2].after.units).toEqual([
        { unitId: 1, role: 'LEAD' },
        { unitId: 2, role: 'CO' },
      ]);
      expect(audit[3]).toMatchObject({
        before: { status: 'ASSIGNED', version: 3 },
        after: { status: 'REPLIED', version: 4 },
        actorName: unitName,
      });
    });

    it('sends a DISSATISFIED reply back for re-handling and closes after the second reply', async () => {
      const joint = await submit(api(), {
        title: '关于城区停车难问题的建议',
        category: 'URBAN_RURAL',
        proposerKind: 'JOINT',
        leadMemberId: other[0].id,
        coSignerIds: [other[1].id, own[1].id],
        submittedOn: '2026-03-02',
      });
      // Between sessions: the submission year; the lead's township.
      expect(joint).toMatchObject({
        session: null,
        year: 2026,
        townshipId: other[0].townshipId,
        proposerKind: 'JOINT',
      });
      const signers = await api().ok(
        `query($id: ID!) { proposal(id: $id) { leadMember { id } coSigners { id } township { id } } }`,
        { id: joint.id },
      );
      expect(signers.proposal).toEqual({
        leadMember: { id: other[0].id },
        coSigners: [{ id: other[1].id }, { id: own[1].id }],
        township: { id: other[0].townshipId },
      });

      await step(api(), 'review', joint.id, { input: { decision: 'ACCEPT', reviewedOn: '2026-03-05' } });
      const assigned = await step(api(), 'assign', joint.id, { input: { leadUnitId: '1', assignedOn: '2026-03-10' } });
      expect(assigned.deadline).toBe('2026-06-10');
      const late = await step(unit, 'reply', joint.id, {
        input: { replyClass: 'C', text: '受财力限制，留作参考。', repliedOn: '2026-06-20' },
      });
      expect(late).toMatchObject({ status: 'REPLIED', overdueDays: 10 });
      const overdue = await api().ok(
        `{ yes: proposals(filter: { overdue: true, q: "城区停车难" }) { nodes { id } } no: proposals(filter: { overdue: false, q: "城区停车难" }) { totalCount } }`,
      );
      expect(overdue).toEqual({ yes: { nodes: [{ id: joint.id }] }, no: { totalCount: 0 } });

      const dissatisfied = await step(api(), 'feedback', joint.id, {
        input: { satisfaction: 'DISSATISFIED', on: '2026-06-25', note: '答复未回应停车位建设' },
      });
      expect(dissatisfied).toMatchObject({
        status: 'REHANDLING',
        satisfaction: 'DISSATISFIED',
        allowedActions: ['REPLY', 'RECORD_CONTACT'],
      });
      expect(
        (await unit.ok(`query($id: ID!) { proposal(id: $id) { allowedActions } }`, { id: joint.id })).proposal
          .allowedActions,
      ).toEqual(['REPLY', 'RECORD_CONTACT']);

      const again = await step(unit, 'reply', joint.id, {
        input: { replyClass: 'B', text: '已列入明年停车场建设计划。', repliedOn: '2026-07-15' },
      });
      // A new reply: the first reply date stays, the feedback of the previous reply is cleared.
      expect(again).toMatchObject({
        status: 'REPLIED',
        replyClass: 'B',
        firstReplyOn: '2026-06-20',
        lastReplyOn: '2026-07-15',
        satisfaction: null,
        feedbackOn: null,
        overdueDays: 10,
      });

      await step(api(), 'feedback', joint.id, { input: { satisfaction: 'BASICALLY_SATISFIED', on: '2026-07-20' } });
      const closed = await step(api(), 'close', joint.id, { input: { closedOn: '2026-07-21' } });
      expect(closed).toMatchObject({ status: 'CLOSED', satisfaction: 'BASICALLY_SATISFIED', implementation: null });

      const history = await historyOf(api(), joint.id);
      expect(history.map((h) => `${h.action}:${h.fromStatus}→${h.toStatus}`)).toEqual([
        'SUBMIT:null→SUBMITTED',
        'REVIEW_ACCEPT:SUBMITTED→ACCEPTED',
        'ASSIGN:ACCEPTED→ASSIGNED',
        'REPLY:ASSIGNED→REPLIED',
        'FEEDBACK:REPLIED→REHANDLING',
        'REPLY:REHANDLING→REPLIED',
        'FEEDBACK:REPLIED→REPLIED',
        'CLOSE:REPLIED→CLOSED',
      ]);
      expect((await auditActions(api(), joint.id)).map((a) => a.action)).toEqual(history.map((h) => h.action));
    });

    it('rejects with a reason, converts, and merges into another proposal', async () => {
      const rejected = await submit(api(), memberProposal(own[2], '不予立案测试'));
      const r = await step(api(), 'review', rejected.id, {
        input: { decision: 'REJECT', note: '属于个人诉求，不属于提案范围', reviewedOn: '2026-01-15' },
      });
      expect(r).toMatchObject({
        status: 'REJECTED',
        reviewDecision: 'REJECTED',
        reviewNote: '属于个人诉求，不属于提案范围',
        allowedActions: [],
      });

      const converted = await submit(api(), memberProposal(own[2], '转为意见建议测试'));
      const c = await step(api(), 'review', converted.id, {
        input: { decision: 'CONVERT', note: '转社情民意信息', reviewedOn: '2026-01-15' },
      });
      expect(c).toMatchObject({ status: 'CONVERTED', reviewDecision: 'CONVERTED', reviewNote: '转社情民意信息' });

      const main = await submit(api(), {
        title: '关于加强农村养老服务的建议',
        category: 'SOCIETY_LAW',
        proposerKind: 'PARTY_GROUP',
        proposerOrgName: '民盟县委',
        session: '十一届三次会议',
        year: 2026,
        submittedOn: '2026-01-06',
      });
      // Organisations' proposals belong to the county only.
      expect(main).toMatchObject({ townshipId: null, leadMemberId: null, proposerOrgName: '民盟县委' });
      await step(api(), 'review', main.id, { input: { decision: 'ACCEPT', reviewedOn: '2026-01-15' } });
      const dup = await submit(api(), memberProposal(own[3], '农村养老服务'));
      const m = await step(api(), 'review', dup.id, {
        input: { decision: 'MERGE', mergedIntoId: main.id, note: '与民盟县委提案内容相近', reviewedOn: '2026-01-15' },
      });
      expect(m).toMatchObject({
        status: 'MERGED',
        reviewDecision: 'MERGED',
        mergedIntoId: main.id,
        allowedActions: [],
      });
      const links = await api().ok(
        `query($a: ID!, $b: ID!) { a: proposal(id: $a) { mergedProposals { id } leadMember { id } township { id } } b: proposal(id: $b) { mergedInto { id title } } }`,
        {
          a: main.id,
          b: dup.id,
        },
      );
      expect(links).toEqual({
        a: { mergedProposals: [{ id: dup.id }], leadMember: null, township: null },
        b: { mergedInto: { id: main.id, title: '关于加强农村养老服务的建议' } },
      });

      for (const [p, action] of [
        [rejected, 'REVIEW_REJECT'],
        [converted, 'REVIEW_CONVERT'],
        [dup, 'REVIEW_MERGE'],
      ] as const) {
        expect((await historyOf(api(), p.id)).map((h) => h.action)).toEqual(['SUBMIT', action]);
        expect((await auditActions(api(), p.id)).map((a) => a.action)).toEqual(['SUBMIT', action]);
      }
    });

    it('re-assigns before the first reply, replacing the units', async () => {
      const p = await assignedProposal(api(), own[0], '重新交办测试', { coUnitIds: ['2', '3'] });
      const again = await step(api(), 'assign', p.id, {
        input: { leadUnitId: '4', assignedOn: '2026-02-10', deadline: '2026-03-31' },
      });
      expect(again).toMatchObject({
        status: 'ASSIGNED',
        leadUnitId: '4',
        assignedOn: '2026-02-10',
        deadline: '2026-03-31',
      });
      const units = await api().ok(`query($id: ID!) { proposal(id: $id) { units { role unit { id } } } }`, {
        id: p.id,
      });
      expect(units.proposal.units).toEqual([{ role: 'LEAD', unit: { id: '4' } }]);
      // Unit 1 no longer sees it.
      expect((await unit.ok(`query($id: ID!) { proposal(id: $id) { id } }`, { id: p.id })).proposal).toBeNull();
    });

    it('flags and unflags key proposals after acceptance', async () => {
      const p = await assignedProposal(api(), own[1], '重点提案标记测试');
      const key = await step(api(), 'key', p.id, { input: { isKey: true, supervisingChair: '李副主席' } });
      expect(key).toMatchObject({ isKey: true, supervisingChair: '李副主席', status: 'ASSIGNED' });
      expect(
        (await api().ok(`{ proposals(filter: { isKey: true, q: "重点提案标记测试" }) { totalCount } }`)).proposals
          .totalCount,
      ).toBe(1);
      const plain = await step(api(), 'key', p.id, { input: { isKey: false } });
      expect(plain).toMatchObject({ isKey: false, supervisingChair: null });
      expect((await historyOf(api(), p.id)).slice(-2).map((h) => [h.action, h.note])).toEqual([
        ['SET_KEY', '列为重点提案，李副主席督办'],
        ['SET_KEY', '取消重点提案'],
      ]);
    });

    it('numbers proposals per year, also when submitted at the same time', async () => {
      const before = await api().ok(
        `{ proposals(filter: { year: 2027 }, sort: [{ field: SERIAL_NO, order: DESC }], page: { limit: 1 }) { nodes { serialNo } } }`,
      );
      const start = before.proposals.nodes[0]?.serialNo ?? 0;
      const batch = await Promise.all(
        [0, 1, 2, 3, 4].map((i) =>
          submit(
            api(),
            memberProposal(own[i % own.length], `编号测试${i}`, {
              session: '十一届四次会议',
              year: 2027,
              submittedOn: '2026-11-20',
            }),
          ),
        ),
      );
      expect(batch.every((p) => p.year === 2027)).toBe(true);
      expect(batch.map((p) => p.serialNo).sort((a, b) => a - b)).toEqual([
        start + 1,
        start + 2,
        start + 3,
        start + 4,
        start + 5,
      ]);
      // Another year has its own sequence.
      const y2026 = await api().ok(
        `{ proposals(filter: { year: 2026 }, sort: [{ field: SERIAL_NO, order: DESC }], page: { limit: 1 }) { nodes { serialNo } } }`,
      );
      const next = await submit(api(), memberProposal(own[0], '编号测试2026'));
      expect(next.serialNo).toBe(y2026.proposals.nodes[0].serialNo + 1);
    });

    it('lists with typed filters, text search and sorting', async () => {
      const marker = '过滤测试';
      const a = await submit(api(), memberProposal(own[0], `${marker}甲`, { category: 'ECONOMY' }));
      const b = await submit(api(), memberProposal(other[0], `${marker}乙`, { category: 'AGRICULTURE' }));
      await step(api(), 'review', b.id, { input: { decision: 'ACCEPT', reviewedOn: '2026-01-10' } });
      await step(api(), 'assign', b.id, { input: { leadUnitId: '5', coUnitIds: ['6'], assignedOn: '2026-01-12' } });
      const q = (filter: string) =>
        api()
          .ok(`{ proposals(filter: { q: "${marker}", ${filter} }) { nodes { id } } }`)
          .then((d) => d.proposals.nodes.map((n: { id: string }) => n.id));
      expect(await q('')).toEqual([a.id, b.id]);
      expect(await q('category: ECONOMY')).toEqual([a.id]);
      expect(await q('status: ASSIGNED')).toEqual([b.id]);
      expect(await q('townshipId: "1"')).toEqual([a.id]);
      expect(await q('unitId: "6"')).toEqual([b.id]);
      expect(await q(`memberId: "${other[0].id}"`)).toEqual([b.id]);
      expect(await q('proposerKind: MEMBER, year: 2026')).toEqual([a.id, b.id]);
      expect(await q('session: "十一届三次会议"')).toEqual([]);
      expect(await q('isKey: false')).toEqual([a.id, b.id]);
      const sorted = await api().ok(
        `{ proposals(filter: { q: "${marker}" }, sort: [{ field: STATUS, order: ASC }]) { nodes { status } } }`,
      );
      expect(sorted.proposals.nodes.map((n: { status: string }) => n.status)).toEqual(['ASSIGNED', 'SUBMITTED']);
    });
  },
  { demo: false },
);
