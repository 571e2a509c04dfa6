import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Client } from '../support/api';
import { buildSmallCounty } from '../support/small-county';

/** On a county the suite builds: the officer works for township 1; these attempts reach for township 2. */
describeOnDatabases(
  'township scoping for officers, leaders, units',
  (api) => {
    let officer: Client;
    let leader: Client;
    let unit: Client;
    let own: { id: string; townshipId: string };
    let other: { id: string; townshipId: string };

    beforeAll(async () => {
      const county = await buildSmallCounty(api());
      expect(county.townships).toEqual({ own: '1', other: '2', third: '3' });
      officer = await api().as('officer');
      leader = await api().as('leader');
      unit = await api().as('unit');
      const { a, b } = await api().ok(`{
      a: members(filter: { townshipId: "1" }, page: { limit: 1 }) { nodes { id townshipId } }
      b: members(filter: { townshipId: "2" }, page: { limit: 1 }) { nodes { id townshipId } }
    }`);
      own = a.nodes[0];
      other = b.nodes[0];
    });

    it('lists only the own township’s members, whatever the filter', async () => {
      const all = await officer.ok(`{ members(page: { limit: 500 }) { totalCount nodes { townshipId } } }`);
      expect(all.members.totalCount).toBeGreaterThan(0);
      expect(new Set(all.members.nodes.map((m: { townshipId: string }) => m.townshipId))).toEqual(new Set(['1']));
      const filtered = await officer.ok(
        `{ members(filter: { townshipId: "2" }) { totalCount } byIds: members(filter: { ids: ["${other.id}"] }) { totalCount } search: members(filter: { q: "" , includeArchived: true }, page:{limit:500}) { nodes { townshipId } } }`,
      );
      expect(filtered.members.totalCount).toBe(0);
      expect(filtered.byIds.totalCount).toBe(0);
      expect(filtered.search.nodes.every((m: { townshipId: string }) => m.townshipId === '1')).toBe(true);
    });

    it('reads another township’s member by id as null', async () => {
      const res = await officer.ok(
        `query($a: ID!, $b: ID!) { mine: member(id: $a) { id } theirs: member(id: $b) { id name phone } }`,
        { a: own.id, b: other.id },
      );
      expect(res.mine.id).toBe(own.id);
      expect(res.theirs).toBeNull();
    });

    it('sees only own-township members through nested fields (committee rosters)', async () => {
      const res = await officer.ok(`{ committees { nodes { members { member { id townshipId } } } } }`);
      const seen = res.committees.nodes.flatMap((c: { members: { member: { townshipId: string } }[] }) =>
        c.members.map((s) => s.member.townshipId),
      );
      expect(seen.every((t: string) => t === '1')).toBe(true);
      const admin = await api().ok(`{ committees { nodes { members { member { townshipId } } } } }`);
      const all = admin.committees.nodes.flatMap((c: { members: { member: { townshipId: string } }[] }) =>
        c.members.map((s) => s.member.townshipId),
      );
      expect(all.some((t: string) => t !== '1')).toBe(true);
    });

    it('refuses writes to another township’s records, and moving a record out', async () => {
      const update = `mutation($id: ID!, $input: MemberPatch!) { updateMember(id: $id, input: $input) { id townshipId title } }`;
      const foreign = await officer.gql(update, { id: other.id, input: { title: '越权修改' } });
      expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const move = await officer.gql(update, { id: own.id, input: { townshipId: '2' } });
      expect(move.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const after = await api().ok(
        `query($a: ID!, $b: ID!) { a: member(id: $a) { townshipId title } b: member(id: $b) { title } }`,
        { a: own.id, b: other.id },
      );
      expect(after.a.townshipId).toBe('1');
      expect(after.b.title).not.toBe('越权修改');
      const create = await officer.gql(
        `mutation { createMember(input: { name: "越权新增", gender: MALE, affiliation: CPC, sectorId: "1", townshipId: "2", kind: COUNTY_MEMBER, term: "第十一届", joinedOn: "2022-01-10" }) { id } }`,
      );
      expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const del = await officer.gql(`mutation($id: ID!) { deleteMember(id: $id) }`, { id: other.id });
      expect(del.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const township = await officer.gql(`mutation { updateTownship(id: "2", input: { director: "越权" }) { id } }`);
      expect(township.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('lets the officer work in their own township', async () => {
      const { createMember } = await officer.ok(
        `mutation { createMember(input: { name: "本镇新委员", gender: FEMALE, affiliation: NON_PARTY, sectorId: "2", townshipId: "1", kind: COUNTY_MEMBER, term: "第十一届", joinedOn: "2022-01-10" }) { id townshipId } }`,
      );
      expect(createMember.townshipId).toBe('1');
      const { updateTownship } = await officer.ok(
        `mutation { updateTownship(id: "1", input: { director: "新主任" }) { director } }`,
      );
      expect(updateTownship.director).toBe('新主任');
    });

    it('answers a filter naming another township’s member as if the member did not exist', async () => {
      // The member of township 2 with the most recorded participation: county activities (plenary
      // sessions) they share with township 1's members are visible to the officer unfiltered.
      const { members } = await api().ok(
        `{ members(filter: { townshipId: "2" }, page: { limit: 30 }) { nodes { id } } }`,
      );
      const counted = await api().ok(
        `{ ${members.nodes.map((m: { id: string }, i: number) => `m${i}: activities(filter: { memberId: "${m.id}" }) { totalCount }`).join(' ')} }`,
      );
      const best = members.nodes
        .map((m: { id: string }, i: number) => ({ id: m.id, n: counted[`m${i}`].totalCount as number }))
        .sort((a: { n: number }, b: { n: number }) => b.n - a.n)[0];
      expect(best.n).toBeGreaterThan(0);
      const lists = `query($m: ID!) {
      activities(filter: { memberId: $m }) { totalCount nodes { id } }
      county: activities(filter: { memberId: $m, county: true }) { totalCount nodes { id } }
      proposals(filter: { memberId: $m }) { totalCount nodes { id } }
      opinionReports(filter: { memberId: $m }) { totalCount nodes { id } }
      dutyReports(filter: { memberId: $m }) { totalCount nodes { id } }
    }`;
      const foreign = await officer.ok(lists, { m: best.id });
      const missing = await officer.ok(lists, { m: '999999' });
      expect(foreign).toEqual(missing);
      for (const list of Object.values(foreign)) expect(list).toEqual({ totalCount: 0, nodes: [] });
      // The officer's own members still filter as before.
      const mine = await officer.ok(`query($m: ID!) { activities(filter: { memberId: $m }) { totalCount } }`, {
        m: own.id,
      });
      const admin = await api().ok(`query($m: ID!) { activities(filter: { memberId: $m }) { totalCount } }`, {
        m: own.id,
      });
      expect(mine.activities.totalCount).toBe(admin.activities.totalCount);
    });

    it('keeps township identity the county’s: an officer changes only their township’s contact fields', async () => {
      const before = await api().ok(`{ township(id: "1") { name code kind bodyName bodyKind sortOrder version } }`);
      const identity: [string, unknown][] = [
        ['name', '改名街道'],
        ['code', '341122999'],
        ['kind', before.township.kind === 'TOWN' ? 'SUBDISTRICT' : 'TOWN'],
        ['bodyName', '改名政协工委'],
        ['bodyKind', before.township.bodyKind === 'LIAISON_OFFICE' ? 'WORK_COMMITTEE' : 'LIAISON_OFFICE'],
        ['sortOrder', 77],
      ];
      const update = `mutation($input: TownshipPatch!) { updateTownship(id: "1", input: $input) { id } }`;
      for (const [field, value] of identity) {
        const res = await officer.gql(update, { input: { [field]: value } });
        expect(res.errors?.[0].extensions, field).toMatchObject({ code: 'FORBIDDEN', field: `input.${field}` });
      }
      // Contact fields change; an identity field sent unchanged (as a whole form sends it) is no change.
      const contact = {
        director: '张联络',
        phone: '0551-12345678',
        address: '东城街道人民路1号',
        name: before.township.name,
      };
      const { updateTownship } = await officer.ok(
        `mutation($input: TownshipPatch!) { updateTownship(id: "1", input: $input) { name director phone address } }`,
        { input: contact },
      );
      expect(updateTownship).toEqual(contact);
      const after = await api().ok(`{ township(id: "1") { name code kind bodyName bodyKind sortOrder version } }`);
      expect({ ...after.township, version: 0 }).toEqual({ ...before.township, version: 0 });
      expect(after.township.version).toBe(before.township.version + 1);
      // The county admin changes identity.
      const { updateTownship: renamed } = await api().ok(
        `mutation { updateTownship(id: "1", input: { bodyName: "东城街道政协联络处" }) { bodyName } }`,
      );
      expect(renamed.bodyName).toBe('东城街道政协联络处');
    });

    it('lets leaders read everything and write nothing', async () => {
      const res = await leader.ok(`{ members { totalCount } townships { totalCount } }`);
      const admin = await api().ok(`{ members { totalCount } }`);
      expect(res.members.totalCount).toBe(admin.members.totalCount);
      const write = await leader.gql(`mutation { updateTownship(id: "1", input: { director: "x" }) { id } }`);
      expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('keeps handling-unit users out of member records and anonymous callers out of everything', async () => {
      expect((await unit.gql(`{ members { totalCount } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const anon = await api().anonymous.gql(`{ townships { totalCount } }`);
      expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(anon.status).toBe(401);
      expect(anon.data ?? null).toBeNull();
    });
  },
  { demo: false },
);
