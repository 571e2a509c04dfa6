import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiFilter, apiSort, buildInput, buildPatch, dataProvider } from './dataProvider';
import { setTokenGetter } from './graphql';
import { RESOURCES } from './resources';

interface Call {
  query: string;
  variables: Record<string, any>;
  headers: Record<string, string>;
}

let calls: Call[] = [];
let answers: unknown[] = [];

beforeEach(() => {
  calls = [];
  answers = [];
  setTokenGetter(() => 'tok');
  vi.stubGlobal('fetch', async (_url: string, init: { body: string; headers: Record<string, string> }) => {
    const { query, variables } = JSON.parse(init.body);
    calls.push({ query, variables, headers: init.headers });
    const answer = answers.shift() ?? { data: {} };
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => vi.unstubAllGlobals());

/** The query without layout: generated fragments are printed over several lines. */
const flat = (query: string) =>
  query
    .replace(/[\s,]+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');

const list = (nodes: object[], totalCount = nodes.length) => ({ data: { list: { nodes, totalCount } } });

describe('mapping helpers', () => {
  it('keeps known filters only, drops empty ones, stringifies ids', () => {
    expect(
      apiFilter(RESOURCES.members, { q: ' 张 ', townshipId: 3, status: '', foo: 1, includeArchived: false }),
    ).toEqual({
      q: '张',
      townshipId: '3',
      includeArchived: false,
    });
    expect(apiFilter(RESOURCES.townships, {})).toBeUndefined();
  });
  it('maps sort fields onto the sort enum, falling back to ID', () => {
    expect(apiSort(RESOURCES.members, { field: 'township.name', order: 'DESC' })).toEqual([
      { field: 'TOWNSHIP', order: 'DESC' },
    ]);
    expect(apiSort(RESOURCES.townships, { field: 'name', order: 'ASC' })).toEqual([{ field: 'NAME', order: 'ASC' }]);
    expect(apiSort(RESOURCES.townships, { field: 'memberCount', order: 'DESC' })).toEqual([
      { field: 'ID', order: 'DESC' },
    ]);
  });
  it('builds XInput from whitelisted fields, leaving empty optional fields out', () => {
    expect(
      buildInput(RESOURCES.sectors, { id: '1', name: '教育界', category: 'SECTOR', sortOrder: null, memberCount: 3 }),
    ).toEqual({
      name: '教育界',
      category: 'SECTOR',
    });
  });
  it('builds XPatch from changed fields only; a cleared field is sent as null', () => {
    const before = {
      id: '5',
      version: 2,
      name: '张三',
      phone: '13800000000',
      township: { id: '1', name: 'x' },
      townshipId: '1',
    };
    const after = { ...before, name: '张三丰', phone: '', township: { id: '2', name: 'y' } };
    expect(buildPatch(RESOURCES.members, after, before)).toEqual({ name: '张三丰', phone: null });
  });
  it('sends the committee roster as CommitteeMemberInput, only when it changed', () => {
    const before = { members: [{ id: '1', memberId: '1', role: 'DIRECTOR', member: { id: '1', name: 'a' } }] };
    expect(buildPatch(RESOURCES.committees, { ...before }, before)).toEqual({});
    const after = { members: [...before.members, { memberId: '2', role: null }, { memberId: null, role: 'MEMBER' }] };
    expect(buildPatch(RESOURCES.committees, after, before)).toEqual({
      members: [
        { memberId: '1', role: 'DIRECTOR' },
        { memberId: '2', role: 'MEMBER' },
      ],
    });
  });
});

describe('dataProvider', () => {
  it('getList → xs(filter, sort, page) with the bearer token', async () => {
    answers.push(list([{ id: '1', name: '东城街道' }], 18));
    const result = await dataProvider.getList('townships', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'name', order: 'DESC' },
      filter: { q: '街道', kind: 'SUBDISTRICT' },
    });
    expect(result).toEqual({ data: [{ id: '1', name: '东城街道' }], total: 18 });
    expect(calls[0].query).toContain(
      'townships(filter: $filter, sort: $sort, page: $page) { nodes { ...TownshipFields } totalCount }',
    );
    expect(flat(calls[0].query)).toContain('fragment TownshipFields on Township { id version name code kind');
    expect(calls[0].variables).toEqual({
      filter: { q: '街道', kind: 'SUBDISTRICT' },
      sort: [{ field: 'NAME', order: 'DESC' }],
      page: { offset: 10, limit: 10 },
    });
    expect(calls[0].headers.authorization).toBe('Bearer tok');
  });

  it('getList pages of more than 500 (CSV export) are fetched in chunks', async () => {
    answers.push(
      list(
        Array.from({ length: 500 }, (_, i) => ({ id: String(i) })),
        700,
      ),
    );
    answers.push(
      list(
        Array.from({ length: 200 }, (_, i) => ({ id: String(500 + i) })),
        700,
      ),
    );
    const result = await dataProvider.getList('members', {
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(result.data).toHaveLength(700);
    expect(result.total).toBe(700);
    expect(calls.map((c) => c.variables.page)).toEqual([
      { offset: 0, limit: 500 },
      { offset: 500, limit: 500 },
    ]);
  });

  it('getOne → x(id); null is NOT_FOUND', async () => {
    answers.push({ data: { item: { id: '4', name: '民革' } } });
    expect((await dataProvider.getOne('sectors', { id: 4 })).data).toEqual({ id: '4', name: '民革' });
    expect(calls[0].query).toContain('item: sector(id: $id)');
    expect(calls[0].variables).toEqual({ id: '4' });
    answers.push({ data: { item: null } });
    await expect(dataProvider.getOne('sectors', { id: 99 })).rejects.toMatchObject({ status: 404 });
  });

  it('getOne of a committee selects the roster and gives its rows ids', async () => {
    answers.push({
      data: { item: { id: '1', members: [{ memberId: '9', role: 'MEMBER', member: { id: '9', name: 'x' } }] } },
    });
    const { data } = await dataProvider.getOne('committees', { id: '1' });
    expect(flat(calls[0].query)).toContain('members { memberId role member { id name');
    expect(data.members[0].id).toBe('9');
  });

  it('getMany → xs(filter: { ids }, page: { limit: 500 }), archived records included', async () => {
    answers.push(list([{ id: '1' }, { id: '2' }]));
    await dataProvider.getMany('members', { ids: [1, '2', 2] });
    expect(calls[0].variables).toEqual({
      filter: { ids: ['1', '2'], includeArchived: true },
      page: { offset: 0, limit: 500 },
    });
  });

  it('getManyReference → xs(filter: { <target>: id })', async () => {
    answers.push(list([], 0));
    await dataProvider.getManyReference('members', {
      target: 'townshipId',
      id: 3,
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { status: 'ACTIVE' },
    });
    expect(calls[0].variables.filter).toEqual({ status: 'ACTIVE', townshipId: '3' });
    expect(calls[0].variables.sort).toEqual([{ field: 'NAME', order: 'ASC' }]);
  });

  it('getManyReference keeps a declared filter transform: a record page’s claims ask recordId as an Int', async () => {
    answers.push(list([], 0));
    await dataProvider.getManyReference('claims', {
      target: 'recordId',
      id: '725',
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'createdAt', order: 'DESC' },
      filter: { recordType: 'OpinionReport', includeSuperseded: true },
    });
    expect(calls[0].variables.filter).toEqual({ recordType: 'OpinionReport', includeSuperseded: true, recordId: 725 });
  });

  it('create → createX(input)', async () => {
    answers.push({ data: { item: { id: '30', name: '县水利局' } } });
    await dataProvider.create('handlingUnits', {
      data: { name: '县水利局', kind: 'GOVERNMENT_DEPARTMENT', shortName: '' },
    });
    expect(calls[0].query).toContain('createHandlingUnit(input: $input)');
    expect(calls[0].variables).toEqual({ input: { name: '县水利局', kind: 'GOVERNMENT_DEPARTMENT' } });
  });

  it('update → updateX(id, changed fields, expectedVersion: previousData.version)', async () => {
    answers.push({ data: { item: { id: '5', version: 3, name: '新名' } } });
    await dataProvider.update('townships', {
      id: '5',
      data: { id: '5', version: 2, name: '新名', code: '341122001', memberCount: 20 },
      previousData: { id: '5', version: 2, name: '旧名', code: '341122001', memberCount: 20 },
    });
    expect(calls[0].query).toContain('updateTownship(id: $id, input: $input, expectedVersion: $expectedVersion)');
    expect(calls[0].variables).toEqual({ id: '5', input: { name: '新名' }, expectedVersion: 2 });
  });

  it('update with nothing changed sends nothing', async () => {
    const previousData = { id: '5', version: 2, name: '同名' };
    const result = await dataProvider.update('sectors', { id: '5', data: { ...previousData }, previousData });
    expect(calls).toHaveLength(0);
    expect(result.data).toEqual(previousData);
  });

  it('a stale update rejects with 409 and body.stale', async () => {
    answers.push({
      errors: [
        {
          message: '委员已被他人修改（当前版本 4），请刷新后重试',
          extensions: { code: 'CONFLICT', currentVersion: 4 },
        },
      ],
    });
    await expect(
      dataProvider.update('members', {
        id: '1',
        data: { name: 'b' },
        previousData: { id: '1', version: 3, name: 'a' },
      }),
    ).rejects.toMatchObject({ status: 409, body: { stale: true } });
  });

  it('a bad field rejects with 400 and the error on the field', async () => {
    answers.push({
      errors: [
        { message: 'input.phone: 电话号码格式不正确', extensions: { code: 'BAD_USER_INPUT', field: 'input.phone' } },
      ],
    });
    await expect(dataProvider.create('members', { data: { phone: '1' } })).rejects.toMatchObject({
      status: 400,
      body: { errors: { phone: '电话号码格式不正确' } },
    });
  });

  it('delete → deleteX(id); deleteMany → one deleteX each', async () => {
    answers.push({ data: { ok: true } });
    await dataProvider.delete('members', { id: '8', previousData: { id: '8' } });
    expect(calls[0].query).toContain('deleteMember(id: $id)');
    answers.push({ data: { ok: true } }, { data: { ok: true } });
    const result = await dataProvider.deleteMany('handlingUnits', { ids: ['1', '2'] });
    expect(result.data).toEqual(['1', '2']);
    expect(calls.slice(1).map((c) => c.variables)).toEqual([{ id: '1' }, { id: '2' }]);
  });

  it('UNAUTHENTICATED rejects with 401 (the auth provider then logs out)', async () => {
    answers.push({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(
      dataProvider.getList('members', {
        pagination: { page: 1, perPage: 5 },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      }),
    ).rejects.toMatchObject({
      status: 401,
    });
  });
});

describe('dataProvider: work records and admin resources', () => {
  it('filters: year as Int, select booleans as booleans, audit dates as instants (China time, end exclusive)', () => {
    expect(
      apiFilter(RESOURCES.proposals, { year: '2025', overdue: 'true', isKey: 'false', status: 'ASSIGNED', unitId: 5 }),
    ).toEqual({
      year: 2025,
      overdue: true,
      isKey: false,
      status: 'ASSIGNED',
      unitId: '5',
    });
    expect(
      apiFilter(RESOURCES.auditEntries, { from: '2025-03-01', to: '2025-03-31', action: 'LOGIN', actorId: 2 }),
    ).toEqual({
      from: '2025-02-28T16:00:00.000Z',
      to: '2025-03-31T16:00:00.000Z',
      action: 'LOGIN',
      actorId: '2',
    });
    expect(apiFilter(RESOURCES.activities, { year: 'x' })).toBeUndefined();
  });

  it('proposals are created with submitProposal(SubmitProposalInput)', async () => {
    answers.push({ data: { item: { id: '9', title: '关于…的建议', status: 'SUBMITTED' } } });
    const result = await dataProvider.create('proposals', {
      data: {
        title: '关于…的建议',
        category: 'ECONOMY',
        proposerKind: 'JOINT',
        leadMemberId: 3,
        coSignerIds: [4, 5],
        session: '',
        content: '',
      },
    });
    expect(calls[0].query).toContain(
      'mutation CreateProposal($input: SubmitProposalInput!) { item: submitProposal(input: $input)',
    );
    expect(calls[0].variables.input).toEqual({
      title: '关于…的建议',
      category: 'ECONOMY',
      proposerKind: 'JOINT',
      leadMemberId: 3,
      coSignerIds: ['4', '5'],
    });
    expect(result.data).toMatchObject({ id: '9' });
  });

  it('a proposal correction sends title, content and category only, with expectedVersion', async () => {
    answers.push({ data: { item: { id: '9', version: 2 } } });
    const before = { id: '9', version: 1, title: 'a', content: 'x', category: 'ECONOMY', status: 'SUBMITTED' };
    await dataProvider.update('proposals', {
      id: '9',
      data: { ...before, title: 'b', status: 'ACCEPTED' },
      previousData: before,
    });
    expect(calls[0].query).toContain('updateProposal(id: $id, input: $input, expectedVersion: $expectedVersion)');
    expect(calls[0].variables).toEqual({ id: '9', input: { title: 'b' }, expectedVersion: 1 });
  });

  it('API tokens: createApiToken returns the secret once (on the created record); delete revokes', async () => {
    answers.push({
      data: {
        item: { secret: 'cppcc_1_abc', token: { id: '4', name: '大屏', prefix: 'cppcc_1_a', role: 'API_CLIENT' } },
      },
    });
    const created = await dataProvider.create('apiTokens', {
      data: { name: '大屏', role: 'API_CLIENT', readOnly: true, expiresAt: '2026-12-31' },
    });
    expect(calls[0].query).toContain('createApiToken(input: $input) { secret token { ...ApiTokenFields } }');
    expect(flat(calls[0].query)).toContain('fragment ApiTokenFields on ApiToken { id name prefix');
    expect(calls[0].variables.input).toEqual({
      name: '大屏',
      role: 'API_CLIENT',
      readOnly: true,
      expiresAt: '2026-12-31T16:00:00.000Z',
    });
    expect(created.data).toMatchObject({ id: '4', secret: 'cppcc_1_abc' });
    answers.push({ data: { ok: { id: '4' } } });
    await dataProvider.delete('apiTokens', { id: '4', previousData: { id: '4' } });
    expect(calls[1].query).toContain('revokeApiToken(id: $id) { id }');
    await expect(
      dataProvider.update('apiTokens', { id: '4', data: { name: 'x' }, previousData: { id: '4', name: 'y' } }),
    ).rejects.toMatchObject({ status: 405 });
  });

  it('the audit log is read-only', async () => {
    await expect(dataProvider.delete('auditEntries', { id: '1', previousData: { id: '1' } })).rejects.toMatchObject({
      status: 405,
    });
    await expect(dataProvider.create('myAssignedProposals', { data: { title: 'x' } })).rejects.toMatchObject({
      status: 405,
    });
    expect(calls).toHaveLength(0);
  });

  it('a unit’s proposals come from myAssignedProposals', async () => {
    answers.push(list([{ id: '1', title: 't' }], 1));
    await dataProvider.getList('myAssignedProposals', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'deadline', order: 'ASC' },
      filter: { status: 'ASSIGNED' },
    });
    expect(calls[0].query).toContain('list: myAssignedProposals(filter: $filter, sort: $sort, page: $page)');
    expect(calls[0].variables.sort).toEqual([{ field: 'DEADLINE', order: 'ASC' }]);
  });

  it('users: password only when given; the disabled switch from disabledAt', async () => {
    answers.push(list([{ id: '3', username: 'officer', disabledAt: null }], 1));
    const { data } = await dataProvider.getList('users', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(data[0]).toMatchObject({ disabled: false });
    const before = { id: '3', version: 1, username: 'officer', displayName: 'a', role: 'LEADER', disabled: false };
    expect(buildPatch(RESOURCES.users, { ...before, disabled: true }, before)).toEqual({ disabled: true });
    expect(buildPatch(RESOURCES.users, { ...before, password: 'newpassword' }, before)).toEqual({
      password: 'newpassword',
    });
  });

  it('activities and work plans: participant and item lists reshaped, unchanged lists not sent', () => {
    const before = {
      participants: [{ id: '1', memberId: '1', attendance: 'PRESENT', member: { id: '1', name: 'a' } }],
      items: [
        {
          id: '7',
          metricKey: 'studySessions',
          metricLabel: '集中学习',
          kind: null,
          quarter: null,
          target: 4,
          description: null,
          progress: { actual: 1, target: 4, completed: false },
        },
      ],
    };
    expect(buildPatch(RESOURCES.activities, { participants: before.participants }, before)).toEqual({});
    expect(
      buildPatch(
        RESOURCES.activities,
        { participants: [...before.participants, { memberId: 2, attendance: null }] },
        before,
      ),
    ).toEqual({
      participants: [
        { memberId: '1', attendance: 'PRESENT' },
        { memberId: '2', attendance: 'PRESENT' },
      ],
    });
    expect(buildPatch(RESOURCES.workPlans, { items: before.items }, before)).toEqual({});
    expect(
      buildInput(RESOURCES.workPlans, {
        title: 'p',
        year: '2026',
        townshipId: '3',
        items: [{ metricKey: 'visits', quarter: '2', target: '3', description: ' ' }],
      }),
    ).toEqual({
      title: 'p',
      year: 2026,
      townshipId: '3',
      items: [{ metricKey: 'visits', quarter: 2, target: 3, description: null }],
    });
  });
});
