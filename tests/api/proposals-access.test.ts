import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Api, type Client } from '../support/api';
import { sixUnits } from '../support/county-records';
import { buildSmallCounty } from '../support/small-county';
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
} from './proposals-fixtures';

const list = (fields: string) =>
  `query($n: Int!, $q: String) { proposals(filter: { q: $q }, page: { limit: $n }) { totalCount nodes { id ${fields} } } }`;
// count + page + members IN + townships IN + units IN + events IN
const BASIC = list('leadMember { name } township { name } leadUnit { name } history { action actorName }');
// … + signers IN + co-signing members IN + unit assignments IN + their units IN + merged proposals IN (11)
const FULL = list(`leadMember { name } township { name } leadUnit { name } history { action actorName }
  coSigners { name } units { role unit { name } } mergedInto { id } mergedProposals { id } allowedActions overdueDays`);

async function statementsFor(
  api: Api,
  client: Client,
  query: string,
  n: number,
  q: string | null = null,
): Promise<{ statements: number; nodes: Proposal[] }> {
  const before = api.server.queries.count;
  const data = await client.ok(query, { n, q });
  return { statements: api.server.queries.count - before, nodes: data.proposals.nodes };
}

/** On a county the suite builds: the officer's township is 1, the unit user's unit 1 of six. */
describeOnDatabases(
  'proposal access: roles, township and unit scopes, batching',
  (api) => {
    let officer: Client;
    let unit: Client;
    let leader: Client;
    let own: DemoMember[];
    let other: DemoMember[];
    let ownAssigned: Proposal;
    let otherAssigned: Proposal;
    let elsewhere: Proposal;

    beforeAll(async () => {
      const county = await buildSmallCounty(api());
      expect(county.townships.own).toBe('1');
      expect(await sixUnits(api(), county)).toEqual(['1', '2', '3', '4', '5', '6']);
      officer = await api().as('officer');
      unit = await api().as('unit');
      leader = await api().as('leader');
      ({ own, other } = await activeMembers(api()));
      // One proposal of the officer's township and one of another, both assigned to unit 1; one assigned elsewhere.
      ownAssigned = await assignedProposal(api(), own[0], '范围测试本乡镇');
      otherAssigned = await assignedProposal(api(), other[0], '范围测试外乡镇', { coUnitIds: ['3'] });
      elsewhere = await assignedProposal(api(), other[1], '范围测试他单位', { leadUnitId: '2' });
      await submit(api(), {
        title: '范围测试县级提案',
        category: 'OTHER',
        proposerKind: 'COMMITTEE',
        proposerOrgName: '提案委员会',
        submittedOn: '2026-01-05',
      });
    });

    it('shows an officer only their township’s proposals, whatever the filter or id', async () => {
      const list = await officer.ok(
        `{ proposals(filter: { q: "范围测试" }, page: { limit: 500 }) { totalCount nodes { id townshipId history { action } } } }`,
      );
      expect(list.proposals.nodes.map((n: Proposal) => n.id)).toEqual([ownAssigned.id]);
      expect(list.proposals.nodes[0].history.map((h: { action: string }) => h.action)).toEqual([
        'SUBMIT',
        'REVIEW_ACCEPT',
        'ASSIGN',
      ]);
      const all = await officer.ok(`{ proposals(page: { limit: 500 }) { nodes { townshipId } } }`);
      expect(new Set(all.proposals.nodes.map((n: Proposal) => n.townshipId))).toEqual(new Set(['1']));
      const foreign = await officer.ok(
        `query($id: ID!, $t: ID!) { proposal(id: $id) { id } proposals(filter: { townshipId: $t }) { totalCount } }`,
        {
          id: otherAssigned.id,
          t: other[0].townshipId,
        },
      );
      expect(foreign).toEqual({ proposal: null, proposals: { totalCount: 0 } });
    });

    it('lets an officer submit only for their township’s members and rate only their township’s proposals', async () => {
      const count = async () => (await api().ok(`{ proposals { totalCount } }`)).proposals.totalCount;
      const before = await count();
      expectError(await officer.gql(MUTATIONS.submit, { input: memberProposal(other[2], '越权提交') }), 'FORBIDDEN');
      expectError(
        await officer.gql(MUTATIONS.submit, {
          input: { title: '越权党派提案', category: 'OTHER', proposerKind: 'SECTOR', proposerOrgName: '经济界' },
        }),
        'FORBIDDEN',
      );
      // Co-signers of another township read as unknown to an officer.
      expectError(
        await officer.gql(MUTATIONS.submit, {
          input: memberProposal(own[1], '越权联名', { proposerKind: 'JOINT', coSignerIds: [other[2].id] }),
        }),
        'BAD_USER_INPUT',
        'input.coSignerIds[0]',
      );
      expect(await count()).toBe(before);

      await step(unit, 'reply', otherAssigned.id, {
        input: { replyClass: 'B', text: '正在办理', repliedOn: '2026-03-01' },
      });
      const t = await trail(api(), otherAssigned.id);
      expectError(
        await tryStep(officer, 'feedback', otherAssigned.id, {
          input: { satisfaction: 'SATISFIED', on: '2026-03-02' },
        }),
        'FORBIDDEN',
      );
      expectError(await tryStep(officer, 'update', otherAssigned.id, { input: { title: '改别人的' } }), 'FORBIDDEN');
      expect(await trail(api(), otherAssigned.id)).toEqual(t);
      // Steps of other roles are refused at the gate.
      for (const [name, variables] of [
        ['review', { input: { decision: 'ACCEPT' } }],
        ['assign', { input: { leadUnitId: '1' } }],
        ['reply', { input: { replyClass: 'A', text: 'x' } }],
        ['close', {}],
      ] as const) {
        const res = await tryStep(officer, name, ownAssigned.id, variables);
        expectError(res, 'FORBIDDEN');
        expect(res.errors![0].extensions?.operation).toBeTruthy();
      }
    });

    it('shows a handling unit only the proposals assigned to it, and lets it reply only to those', async () => {
      const list = await unit.ok(
        `{ proposals(filter: { q: "范围测试" }) { nodes { id leadMember { id } township { id } units { role unit { id } } } } mine: myAssignedProposals(filter: { q: "范围测试" }) { nodes { id } } }`,
      );
      expect(list.proposals.nodes.map((n: Proposal) => n.id)).toEqual([ownAssigned.id, otherAssigned.id]);
      expect(list.mine.nodes).toEqual(list.proposals.nodes.map((n: Proposal) => ({ id: n.id })));
      // Members are not the unit's to read; townships and units are reference data.
      expect(list.proposals.nodes[0]).toMatchObject({
        leadMember: null,
        township: { id: '1' },
        units: [{ role: 'LEAD', unit: { id: '1' } }],
      });
      expect((await unit.ok(`query($id: ID!) { proposal(id: $id) { id } }`, { id: elsewhere.id })).proposal).toBeNull();
      const t = await trail(api(), elsewhere.id);
      expectError(
        await tryStep(unit, 'reply', elsewhere.id, {
          input: { replyClass: 'A', text: '越权答复', repliedOn: '2026-03-01' },
        }),
        'FORBIDDEN',
      );
      expect(await trail(api(), elsewhere.id)).toEqual(t);

      // A co-unit reads the proposal but does not reply: it sends 会办意见 (tests/api/unit-handling.test.ts).
      const co = await assignedProposal(api(), own[1], '范围测试会办', { leadUnitId: '2', coUnitIds: ['1'] });
      expectError(
        await tryStep(unit, 'reply', co.id, {
          input: { replyClass: 'A', text: '会办单位答复', repliedOn: '2026-03-01' },
        }),
        'FORBIDDEN',
      );
      // And an admin on a unit's behalf.
      expect(
        await step(api(), 'reply', elsewhere.id, {
          input: { replyClass: 'C', text: '代为答复', repliedOn: '2026-03-01' },
        }),
      ).toMatchObject({ status: 'REPLIED' });
      expectError(await unit.gql(MUTATIONS.submit, { input: memberProposal(own[0], '单位提交') }), 'FORBIDDEN');
    });

    it('lets leaders read everything and change nothing', async () => {
      const list = await leader.ok(`{ proposals(filter: { q: "范围测试" }) { totalCount nodes { allowedActions } } }`);
      expect(list.proposals.totalCount).toBeGreaterThanOrEqual(4);
      for (const n of list.proposals.nodes) expect(n.allowedActions).toEqual([]);
      expectError(await tryStep(leader, 'review', ownAssigned.id, { input: { decision: 'ACCEPT' } }), 'FORBIDDEN');
      expectError(await leader.gql(`{ myAssignedProposals { totalCount } }`), 'FORBIDDEN');
    });

    it('loads a page of proposals with nested relations in a constant number of statements', async () => {
      for (let i = 0; i < 12; i++) {
        const joint =
          i % 2 === 1
            ? { proposerKind: 'JOINT', coSignerIds: [other[i % other.length].id, other[(i + 1) % other.length].id] }
            : {};
        const p = await assignedProposal(
          api(),
          own[i % own.length],
          `批量测试${i}`,
          { coUnitIds: [String(2 + (i % 3))] },
          joint,
        );
        if (i % 2 === 0)
          await step(unit, 'reply', p.id, { input: { replyClass: 'A', text: '已办理', repliedOn: '2026-03-01' } });
      }
      const small = await statementsFor(api(), api(), FULL, 3, '批量测试');
      const large = await statementsFor(api(), api(), FULL, 50, '批量测试');
      expect(small.nodes).toHaveLength(3);
      expect(large.nodes).toHaveLength(12);
      for (const n of large.nodes)
        expect(
          n.leadMember.name && n.township.name && n.leadUnit.name && n.history.length >= 3 && n.units.length === 2,
        ).toBeTruthy();
      expect(large.nodes.filter((n) => n.coSigners.length === 2)).toHaveLength(6);
      // Not N+1: the same bound for 3 rows and 12 (loaders may merge a batch or two, so not always equal).
      expect(small.statements).toBeLessThanOrEqual(11);
      expect(large.statements).toBeLessThanOrEqual(11);

      // A full page of 50 (the four proposals above besides the twelve) with the console's list fields.
      const basic = await statementsFor(api(), api(), BASIC, 50);
      expect(basic.nodes.length).toBeGreaterThanOrEqual(12);
      expect(basic.statements).toBeLessThanOrEqual(6);
      // Scoped callers pay the same.
      expect((await statementsFor(api(), officer, BASIC, 50)).statements).toBeLessThanOrEqual(6);
      expect((await statementsFor(api(), unit, BASIC, 50)).statements).toBeLessThanOrEqual(6);
    });
  },
  { demo: false },
);
