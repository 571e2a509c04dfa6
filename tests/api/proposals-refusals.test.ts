import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Client } from '../support/api';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';
import {
  MUTATIONS,
  activeMembers,
  assignedProposal,
  expectError,
  memberProposal,
  step,
  submit,
  trail,
  tryStep,
  type DemoMember,
  type Proposal,
  type StepName,
} from './proposals-fixtures';

type Attempt = [StepName, Record<string, unknown>];

const REPLY: Attempt = ['reply', { input: { replyClass: 'A', text: '已办理', repliedOn: '2026-04-01' } }];
const FEEDBACK: Attempt = ['feedback', { input: { satisfaction: 'SATISFIED', on: '2026-04-05' } }];
const CLOSE: Attempt = ['close', {}];
const ASSIGN: Attempt = ['assign', { input: { leadUnitId: '1', assignedOn: '2026-02-01' } }];
const ACCEPT: Attempt = ['review', { input: { decision: 'ACCEPT', reviewedOn: '2026-01-20' } }];
const IMPLEMENTATION: Attempt = ['implementation', { status: 'IMPLEMENTED' }];
const KEY: Attempt = ['key', { input: { isKey: true, supervisingChair: '王主席' } }];

/** On a county the suite builds: the officer's township is 1, the unit user's unit 1 of two. */
describeOnDatabases(
  'proposal steps refused: transitions, input, versions',
  (api) => {
    let county: SmallCounty;
    let own: DemoMember[];
    let unit: Client;

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      // The attempts name units 1 and 2 by id, and activeMembers takes township 1 as the officer's.
      expect(county.townships.own).toBe('1');
      expect(county.units).toEqual(['1', '2']);
      ({ own } = await activeMembers(api()));
      unit = await api().as('unit');
    });

    /** Runs `attempt` and checks it answered `code` and changed nothing (version, status, history, audit). */
    async function refused(
      p: Proposal,
      [name, variables]: Attempt,
      code: string,
      field?: string,
      client: Client = api(),
    ): Promise<void> {
      const before = await trail(api(), p.id);
      const res = await tryStep(client, name, p.id, variables);
      expectError(res, code, field);
      if (code === 'INVALID_TRANSITION') {
        expect(res.errors![0].extensions?.status).toBe(before.status);
        expect(res.errors![0].message).toContain('提案当前状态为');
      }
      expect(await trail(api(), p.id), `${name} changed the proposal`).toEqual(before);
    }

    it('refuses steps the current state does not allow, naming the state, changing nothing', async () => {
      const submitted = await submit(api(), memberProposal(own[0], '拒绝表已提交'));
      const accepted = await submit(api(), memberProposal(own[0], '拒绝表已立案'));
      await step(api(), 'review', accepted.id, ACCEPT[1]);
      const assigned = await assignedProposal(api(), own[0], '拒绝表已交办');
      const rejected = await submit(api(), memberProposal(own[0], '拒绝表不予立案'));
      await step(api(), 'review', rejected.id, {
        input: { decision: 'REJECT', note: '不属于提案范围', reviewedOn: '2026-01-20' },
      });
      const replied = await assignedProposal(api(), own[0], '拒绝表已答复');
      await step(api(), 'reply', replied.id, REPLY[1]);
      const closed = await assignedProposal(api(), own[0], '拒绝表已办结');
      await step(api(), 'reply', closed.id, REPLY[1]);
      await step(api(), 'feedback', closed.id, FEEDBACK[1]);
      await step(api(), 'close', closed.id, {});

      const table: [Proposal, Attempt][] = [
        [submitted, REPLY],
        [submitted, ASSIGN],
        [submitted, FEEDBACK],
        [submitted, CLOSE],
        [submitted, IMPLEMENTATION],
        [submitted, KEY],
        [accepted, ACCEPT],
        [accepted, REPLY],
        [accepted, FEEDBACK], // feedback before a reply
        [assigned, FEEDBACK],
        [assigned, CLOSE],
        [assigned, IMPLEMENTATION],
        [rejected, ASSIGN],
        [rejected, ACCEPT],
        [rejected, KEY],
        [replied, REPLY],
        [replied, ASSIGN],
        [replied, CLOSE], // no feedback on the reply yet
        [closed, REPLY],
        [closed, FEEDBACK],
        [closed, CLOSE],
      ];
      for (const [p, attempt] of table) await refused(p, attempt, 'INVALID_TRANSITION');
    });

    it('refuses bad input naming the field and stores nothing', async () => {
      const count = async () => (await api().ok(`{ proposals { totalCount } }`)).proposals.totalCount;
      const proposalsBefore = await count();
      const bad = async (input: Record<string, unknown>, field: string) =>
        expectError(await api().gql(MUTATIONS.submit, { input }), 'BAD_USER_INPUT', field);

      const { createMember: ended } = await api().ok(
        `mutation { createMember(input: { name: "届满委员", gender: MALE, affiliation: CPC, sectorId: "${county.sectors[0]}", townshipId: "${county.townships.own}", kind: COUNTY_MEMBER, term: "第十届", status: TERM_ENDED, joinedOn: "2016-12-20", leftOn: "2021-12-27" }) { id } }`,
      );
      const { createMember: archived } = await api().ok(
        `mutation { createMember(input: { name: "归档委员", gender: MALE, affiliation: CPC, sectorId: "${county.sectors[0]}", townshipId: "${county.townships.own}", kind: COUNTY_MEMBER, term: "第十一届", joinedOn: "2022-01-10" }) { id } }`,
      );
      await api().ok(`mutation($id: ID!) { deleteMember(id: $id) }`, { id: archived.id });

      await bad(memberProposal(own[0], '空', { title: '  ' }), 'input.title');
      await bad(memberProposal(own[0], '无领衔', { leadMemberId: null }), 'input.leadMemberId');
      await bad(memberProposal(own[0], '未知领衔', { leadMemberId: '999999' }), 'input.leadMemberId');
      await bad(memberProposal(own[0], '届满领衔', { leadMemberId: ended.id }), 'input.leadMemberId');
      await bad(memberProposal(own[0], '联名无人', { proposerKind: 'JOINT' }), 'input.coSignerIds');
      await bad(
        memberProposal(own[0], '联名届满', { proposerKind: 'JOINT', coSignerIds: [own[1].id, ended.id] }),
        'input.coSignerIds[1]',
      );
      await bad(
        memberProposal(own[0], '联名归档', { proposerKind: 'JOINT', coSignerIds: [archived.id] }),
        'input.coSignerIds[0]',
      );
      await bad(
        memberProposal(own[0], '联名重复', { proposerKind: 'JOINT', coSignerIds: [own[1].id, own[1].id] }),
        'input.coSignerIds[1]',
      );
      await bad(memberProposal(own[0], '会议无年度', { session: '十一届三次会议' }), 'input.year');
      await bad(memberProposal(own[0], '未来日期', { submittedOn: '2999-01-01' }), 'input.submittedOn');
      await bad({ title: '党派无名', category: 'OTHER', proposerKind: 'PARTY_GROUP' }, 'input.proposerOrgName');
      expect(await count()).toBe(proposalsBefore);

      const p = await submit(api(), memberProposal(own[0], '输入校验'));
      await refused(
        p,
        ['review', { input: { decision: 'REJECT', reviewedOn: '2026-01-20' } }],
        'BAD_USER_INPUT',
        'input.note',
      );
      await refused(
        p,
        ['review', { input: { decision: 'MERGE', reviewedOn: '2026-01-20' } }],
        'BAD_USER_INPUT',
        'input.mergedIntoId',
      );
      await refused(
        p,
        ['review', { input: { decision: 'MERGE', mergedIntoId: p.id, reviewedOn: '2026-01-20' } }],
        'BAD_USER_INPUT',
        'input.mergedIntoId',
      );
      await refused(
        p,
        ['review', { input: { decision: 'MERGE', mergedIntoId: '999999', reviewedOn: '2026-01-20' } }],
        'BAD_USER_INPUT',
        'input.mergedIntoId',
      );
      await refused(
        p,
        ['review', { input: { decision: 'ACCEPT', isKey: true, reviewedOn: '2026-01-20' } }],
        'BAD_USER_INPUT',
        'input.supervisingChair',
      );
      await refused(
        p,
        ['review', { input: { decision: 'REJECT', note: '理由', isKey: true } }],
        'BAD_USER_INPUT',
        'input.isKey',
      );
      await refused(
        p,
        ['review', { input: { decision: 'ACCEPT', reviewedOn: '2026-01-01' } }],
        'BAD_USER_INPUT',
        'input.reviewedOn',
      );
      await step(api(), 'review', p.id, ACCEPT[1]);

      const { createHandlingUnit: gone } = await api().ok(
        `mutation { createHandlingUnit(input: { name: "县已撤并局", kind: GOVERNMENT_DEPARTMENT }) { id } }`,
      );
      await api().ok(`mutation($id: ID!) { deleteHandlingUnit(id: $id) }`, { id: gone.id });
      const assign = (input: Record<string, unknown>): Attempt => [
        'assign',
        { input: { leadUnitId: '1', assignedOn: '2026-02-01', ...input } },
      ];
      await refused(p, assign({ deadline: '2026-01-31' }), 'BAD_USER_INPUT', 'input.deadline');
      await refused(p, assign({ leadUnitId: gone.id }), 'BAD_USER_INPUT', 'input.leadUnitId');
      await refused(p, assign({ coUnitIds: ['2', gone.id] }), 'BAD_USER_INPUT', 'input.coUnitIds[1]');
      await refused(p, assign({ leadUnitId: '999999' }), 'BAD_USER_INPUT', 'input.leadUnitId');
      await refused(p, assign({ coUnitIds: ['1'] }), 'BAD_USER_INPUT', 'input.coUnitIds[0]');
      await refused(p, assign({ assignedOn: '2026-01-10' }), 'BAD_USER_INPUT', 'input.assignedOn');
      await step(api(), 'assign', p.id, ASSIGN[1]);

      await refused(p, ['reply', { input: { replyClass: 'A', text: '   ' } }], 'BAD_USER_INPUT', 'input.text', unit);
      await refused(
        p,
        ['reply', { input: { replyClass: 'A', text: '已办理', repliedOn: '2026-01-31' } }],
        'BAD_USER_INPUT',
        'input.repliedOn',
        unit,
      );
      await step(unit, 'reply', p.id, REPLY[1]);
      await refused(
        p,
        ['feedback', { input: { satisfaction: 'SATISFIED', on: '2026-03-01' } }],
        'BAD_USER_INPUT',
        'input.on',
      );
      await step(api(), 'feedback', p.id, FEEDBACK[1]);
      await refused(p, ['close', { input: { closedOn: '2026-04-04' } }], 'BAD_USER_INPUT', 'input.closedOn');
      await refused(p, ['key', { input: { isKey: true } }], 'BAD_USER_INPUT', 'input.supervisingChair');
    });

    it('answers CONFLICT for a stale expectedVersion and for edits after the review', async () => {
      const p = await submit(api(), memberProposal(own[1], '版本冲突'));
      await refused(p, ['review', { input: { decision: 'ACCEPT', reviewedOn: '2026-01-20' }, v: 7 }], 'CONFLICT');
      const edited = await step(api(), 'update', p.id, {
        input: { title: '关于版本冲突的修改建议', category: 'OTHER' },
        v: 1,
      });
      expect(edited).toMatchObject({
        title: '关于版本冲突的修改建议',
        category: 'OTHER',
        content: '建议有关部门统筹推进。',
        version: 2,
        status: 'SUBMITTED',
      });
      await refused(p, ['update', { input: { title: '过期修改' }, v: 1 }], 'CONFLICT');
      await refused(p, ['update', { input: { title: '' } }], 'BAD_USER_INPUT', 'input.title');
      await refused(p, ['update', { input: { category: null } }], 'BAD_USER_INPUT', 'input.category');
      await step(api(), 'review', p.id, { input: { decision: 'ACCEPT', reviewedOn: '2026-01-20' }, v: 2 });
      await refused(p, ['update', { input: { title: '立案后修改' } }], 'CONFLICT');
      expectError(await api().gql(MUTATIONS.delete, { id: p.id }), 'CONFLICT');
      const audit = await api().ok(
        `query($e: String!) { auditEntries(filter: { entityType: "Proposal", entityId: $e }) { nodes { action } } }`,
        { e: p.id },
      );
      expect(audit.auditEntries.nodes.map((n: { action: string }) => n.action)).toEqual([
        'SUBMIT',
        'UPDATE',
        'REVIEW_ACCEPT',
      ]);
    });

    it('deletes a proposal only while SUBMITTED and nothing is merged into it', async () => {
      const p = await submit(
        api(),
        memberProposal(own[2], '撤回测试', { proposerKind: 'JOINT', coSignerIds: [own[3].id] }),
      );
      expect((await api().ok(MUTATIONS.delete, { id: p.id })).deleteProposal).toBe(true);
      expect((await api().ok(`query($id: ID!) { proposal(id: $id) { id } }`, { id: p.id })).proposal).toBeNull();
      const audit = await api().ok(
        `query($e: String!) { auditEntries(filter: { entityType: "Proposal", entityId: $e }) { nodes { action before } } }`,
        { e: p.id },
      );
      const actions = audit.auditEntries.nodes.map((n: { action: string }) => n.action);
      expect(actions).toEqual(['SUBMIT', 'DELETE']);
      expect(JSON.parse(audit.auditEntries.nodes[1].before).signers).toHaveLength(2);
      expectError(await api().gql(MUTATIONS.delete, { id: p.id }), 'NOT_FOUND');

      const target = await submit(api(), memberProposal(own[2], '被并案目标'));
      const merged = await submit(api(), memberProposal(own[3], '并入者'));
      await step(api(), 'review', merged.id, {
        input: { decision: 'MERGE', mergedIntoId: target.id, reviewedOn: '2026-01-20' },
      });
      expectError(await api().gql(MUTATIONS.delete, { id: target.id }), 'CONFLICT');
    });
  },
  { demo: false },
);
