import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { accessRules } from '@cppcc/server/src/core/access';
import { filterReferenceNames } from '@cppcc/server/src/core/list-query';
import { describeOnDatabases, type Client, type GraphQLResponse } from '../support/api';
import { buildCountyRecords } from '../support/county-records';
import { dummyCall, rootOperations, twoValues } from '../support/dummy-args';
import { buildSmallCounty } from '../support/small-county';

type Caller = 'anonymous' | 'admin' | 'leader' | 'officer' | 'unit' | 'apiClient';
type Expected = 'public' | 'authenticated' | Caller[];

const ALL: Caller[] = ['admin', 'leader', 'officer', 'unit', 'apiClient'];
const READERS: Caller[] = ['admin', 'leader', 'officer', 'apiClient'];
const ADMIN: Caller[] = ['admin'];
const ADMIN_OFFICER: Caller[] = ['admin', 'officer'];

/**
 * Who may call what, written independently of the code's declarations. Every operation in the
 * schema must be listed here AND declared in the code; mutations are writes (read-only API
 * tokens never pass). Row scoping (which records) is tested in scoping.test.ts.
 */
const EXPECTED: Record<string, Expected> = {
  login: 'public',
  me: 'authenticated',
  myPermissions: 'authenticated',
  township: ALL,
  townships: ALL,
  createTownship: ADMIN,
  updateTownship: ADMIN_OFFICER,
  deleteTownship: ADMIN,
  sector: ALL,
  sectors: ALL,
  createSector: ADMIN,
  updateSector: ADMIN,
  deleteSector: ADMIN,
  handlingUnit: ALL,
  handlingUnits: ALL,
  createHandlingUnit: ADMIN,
  updateHandlingUnit: ADMIN,
  deleteHandlingUnit: ADMIN,
  committee: READERS,
  committees: READERS,
  createCommittee: ADMIN,
  updateCommittee: ADMIN,
  deleteCommittee: ADMIN,
  member: READERS,
  members: READERS,
  createMember: ADMIN_OFFICER,
  updateMember: ADMIN_OFFICER,
  deleteMember: ADMIN_OFFICER,
  // A member's history: a transfer between townships is the county's; status and terms the township's too.
  transferMember: ADMIN,
  changeMemberStatus: ADMIN_OFFICER,
  reappointMember: ADMIN_OFFICER,
  // Claimed results: townships read their claims and the decisions; the county decides.
  claim: READERS,
  claims: READERS,
  confirmClaim: ADMIN,
  refuseClaim: ADMIN,
  // Objections: a township objects to its own figures; the county answers.
  objection: READERS,
  objections: READERS,
  raiseObjection: ['officer'],
  acceptObjection: ADMIN,
  refuseObjection: ADMIN,
  // Year close: whoever reads the figures sees whether a year is sealed; the county closes.
  yearClose: READERS,
  yearSnapshot: READERS,
  yearCorrections: READERS,
  yearDrift: READERS,
  openYearReview: ADMIN,
  closeYear: ADMIN,
  reopenYear: ADMIN,
  user: ADMIN,
  users: ADMIN,
  createUser: ADMIN,
  updateUser: ADMIN,
  deleteUser: ADMIN,
  unlockLogin: ADMIN,
  apiToken: ADMIN,
  apiTokens: ADMIN,
  createApiToken: ADMIN,
  revokeApiToken: ADMIN,
  auditEntry: ADMIN,
  auditEntries: ADMIN,
  ruleViolations: ADMIN,
  // Proposals: reads scoped (officers their township's, units their assigned ones); steps by role.
  proposal: ALL,
  proposals: ALL,
  myAssignedProposals: ['unit'],
  submitProposal: ADMIN_OFFICER,
  updateProposal: ADMIN_OFFICER,
  deleteProposal: ADMIN_OFFICER,
  reviewProposal: ADMIN,
  assignProposal: ADMIN,
  replyProposal: ['admin', 'unit'],
  submitCoUnitOpinion: ['admin', 'unit'],
  waiveCoUnitOpinion: ['admin'],
  requestUnitChange: ['unit'],
  decideUnitRequest: ['admin'],
  recordProposalContact: ['admin', 'unit'],
  handlingRules: ['admin', 'leader', 'officer', 'unit', 'apiClient'],
  setHandlingRules: ['admin'],
  handlingUnitStats: ['admin', 'leader', 'unit', 'apiClient'],
  unitWorklist: ['admin', 'leader', 'unit'],
  recordProposalFeedback: ADMIN_OFFICER,
  setProposalImplementation: ADMIN,
  closeProposal: ADMIN,
  setProposalKey: ADMIN,
  metricCatalog: READERS,
  townshipComparison: READERS,
  townshipMetrics: READERS,
  assessment: READERS,
  assessmentScheme: READERS,
  setAssessmentScheme: ADMIN,
  memberDuty: READERS,
  annualSummary: READERS,
  // The county's document over every township's members: not for officers (their own township's is annualSummary).
  countyAnnualReport: ['admin', 'leader', 'apiClient'],
  // Drill-down: as the figures it opens; officers only into their own township's (row scope in the query).
  metricRecords: READERS,
  // Work records: officers read and write their own township's (row scopes); supervision and duty rules are the county's.
  activity: READERS,
  activities: READERS,
  createActivity: ADMIN_OFFICER,
  updateActivity: ADMIN_OFFICER,
  deleteActivity: ADMIN_OFFICER,
  setActivityAttendance: ADMIN_OFFICER,
  opinionReport: READERS,
  opinionReports: READERS,
  createOpinionReport: ADMIN_OFFICER,
  updateOpinionReport: ADMIN_OFFICER,
  deleteOpinionReport: ADMIN_OFFICER,
  workPlan: READERS,
  workPlans: READERS,
  createWorkPlan: ADMIN_OFFICER,
  updateWorkPlan: ADMIN_OFFICER,
  deleteWorkPlan: ADMIN_OFFICER,
  dutyRule: READERS,
  dutyRules: READERS,
  dutyRuleSet: READERS,
  createDutyRule: ADMIN,
  updateDutyRule: ADMIN,
  deleteDutyRule: ADMIN,
  setDutyRules: ADMIN,
  dutyReport: READERS,
  dutyReports: READERS,
  createDutyReport: ADMIN_OFFICER,
  updateDutyReport: ADMIN_OFFICER,
  deleteDutyReport: ADMIN_OFFICER,
  memberDutyRecord: READERS,
  supervisionTarget: ['admin', 'leader', 'unit', 'apiClient'],
  supervisionTargets: ['admin', 'leader', 'unit', 'apiClient'],
  createSupervisionTarget: ADMIN,
  updateSupervisionTarget: ADMIN,
  deleteSupervisionTarget: ADMIN,
  recordSupervisionPhase: ADMIN,
  recordSupervisionEvaluation: ADMIN,
  rectificationItem: ['admin', 'leader', 'unit', 'apiClient'],
  rectificationItems: ['admin', 'leader', 'unit', 'apiClient'],
  createRectificationItem: ADMIN,
  updateRectificationItem: ADMIN,
  deleteRectificationItem: ADMIN,
  setRectificationStatus: ADMIN,
  specialSupervisor: ['admin', 'leader', 'apiClient'],
  specialSupervisors: ['admin', 'leader', 'apiClient'],
  createSpecialSupervisor: ADMIN,
  updateSpecialSupervisor: ADMIN,
  deleteSpecialSupervisor: ADMIN,
  // Attachments: read as the record that holds them (its rule and row scope); kept by those who write records with files.
  attachments: ALL,
  discardAttachment: ['admin', 'officer', 'unit'],
};

/**
 * Fields narrower than their update mutation: who may change them. Every other field of every
 * XPatch may be changed by whoever may call the mutation (EXPECTED).
 */
const FIELD_EXPECTED: Record<string, Record<string, Caller[]>> = {
  // Township identity (name, code, kind, CPPCC body and its kind, the county's order) is the
  // county's; an officer changes their own township's contact fields (director, phone, address).
  updateTownship: { name: ADMIN, code: ADMIN, kind: ADMIN, bodyName: ADMIN, bodyKind: ADMIN, sortOrder: ADMIN },
};

/** Callers confined to part of the county: what they may not read must not leak through filters. */
const SCOPED: Caller[] = ['officer', 'unit'];

interface IdFilter {
  list: string;
  field: string;
  many: boolean;
  /** GraphQL type of the record the id names (`ids`: the listed type itself). */
  names: string | undefined;
}

/** Every ID-typed field of every list query's filter input, with the record type it names. */
function idFilters(schema: GraphQLSchema): IdFilter[] {
  const declared = filterReferenceNames();
  const out: IdFilter[] = [];
  for (const query of Object.values(schema.getQueryType()!.getFields())) {
    const filterArg = query.args.find((a) => a.name === 'filter');
    const filterType = filterArg && getNamedType(filterArg.type);
    const listType = getNamedType(query.type).name;
    if (!filterType || !isInputObjectType(filterType) || !listType.endsWith('List')) continue;
    for (const field of Object.values(filterType.getFields())) {
      if (getNamedType(field.type).name !== 'ID') continue;
      const bare = isNonNullType(field.type) ? field.type.ofType : field.type;
      const names = field.name === 'ids' ? listType.slice(0, -'List'.length) : declared[filterType.name]?.[field.name];
      out.push({ list: query.name, field: field.name, many: isListType(bare), names });
    }
  }
  return out;
}

/** The list query of a type (`Member` → members; myAssignedProposals is not `Proposal`'s list). */
function listQueryOf(schema: GraphQLSchema, type: string): string {
  const stem = type.charAt(0).toLowerCase() + type.slice(1);
  const common = (name: string) => [...name].findIndex((c, i) => c !== stem[i]);
  const lists = Object.values(schema.getQueryType()!.getFields()).filter(
    (q) => getNamedType(q.type).name === `${type}List`,
  );
  if (lists.length === 0) throw new Error(`no list query returns ${type}List`);
  return lists.sort((a, b) => common(b.name) - common(a.name))[0].name;
}

const isGateRefusal = (res: GraphQLResponse, operation: string) =>
  Boolean(res.errors?.some((e) => e.extensions?.operation === operation));

function expectedAllowed(expected: Expected, caller: Caller, isMutation: boolean): boolean {
  if (expected === 'public') return true;
  if (caller === 'anonymous') return false;
  if (expected === 'authenticated') return !(isMutation && caller === 'apiClient');
  if (caller === 'apiClient' && isMutation) return false; // read-only token
  return expected.includes(caller);
}

/**
 * On a county the suite builds, with a record of every kind in the officer's township and in a
 * neighbour's: something for each update to try, and foreign records for the filters to name.
 */
describeOnDatabases(
  'authorization matrix (every operation × every role)',
  (api) => {
    const callers = {} as Record<Caller, Client>;
    let operations: ReturnType<typeof rootOperations> = [];
    let schema: GraphQLSchema;

    beforeAll(async () => {
      await buildCountyRecords(api(), await buildSmallCounty(api()));
      const introspection = await api().ok<IntrospectionQuery>(getIntrospectionQuery());
      schema = buildClientSchema(introspection);
      operations = rootOperations(schema);
      callers.admin = api();
      callers.anonymous = api().anonymous;
      for (const user of ['leader', 'officer', 'unit'] as const) callers[user] = await api().as(user);
      const { createApiToken } = await api().ok(
        `mutation { createApiToken(input: { name: "矩阵测试", role: API_CLIENT }) { secret } }`,
      );
      callers.apiClient = api().withToken(createApiToken.secret);
    });

    it('declares a rule in the code and an expectation here for every operation', () => {
      expect(operations.length).toBeGreaterThan(30);
      const names = operations.map((o) => o.field.name);
      expect(
        names.filter((n) => !accessRules().has(n)),
        'operations without an access rule in the code',
      ).toEqual([]);
      expect(
        names.filter((n) => !(n in EXPECTED)),
        'operations missing from EXPECTED in this test',
      ).toEqual([]);
    });

    it('enforces the rule for every role', async () => {
      const mismatches: string[] = [];
      for (const { kind, field } of operations) {
        const expected = EXPECTED[field.name];
        if (!expected) continue;
        const call = dummyCall(kind, field);
        for (const caller of Object.keys(callers) as Caller[]) {
          const res = await callers[caller].gql(call.query, call.variables);
          const gate = res.errors?.find((e) => e.extensions?.operation === field.name);
          const allowed = !gate;
          if (gate) expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(gate.extensions?.code);
          if (caller === 'anonymous' && gate) expect(gate.extensions?.code).toBe('UNAUTHENTICATED');
          if (allowed !== expectedAllowed(expected, caller, kind === 'mutation')) {
            mismatches.push(
              `${field.name} as ${caller}: ${allowed ? 'allowed' : 'refused'} (${JSON.stringify(res.errors?.[0]?.extensions ?? 'ok')})`,
            );
          }
          // Whatever the outcome, the server answers with a code from docs/api.md, never a crash.
          for (const e of res.errors ?? [])
            expect(e.extensions?.code, `${field.name} as ${caller}: ${e.message}`).not.toBe('INTERNAL_SERVER_ERROR');
        }
      }
      expect(mismatches).toEqual([]);
    });
    it('myPermissions lists exactly the operations each caller may call (the console shows what it says)', async () => {
      for (const caller of Object.keys(callers) as Caller[]) {
        if (caller === 'anonymous') continue; // myPermissions needs a signed-in caller
        const { myPermissions } = await callers[caller].ok<{ myPermissions: { operations: string[] } }>(
          `{ myPermissions { operations } }`,
        );
        const expected = operations
          .filter(
            ({ kind, field }) =>
              EXPECTED[field.name] && expectedAllowed(EXPECTED[field.name], caller, kind === 'mutation'),
          )
          .map(({ field }) => field.name);
        expect(myPermissions.operations, caller).toEqual([...expected].sort());
      }
    });

    it('declares the record every id-valued filter of every list names', () => {
      const filters = idFilters(schema);
      expect(filters.length).toBeGreaterThan(30);
      expect(
        filters.filter((f) => !f.names).map((f) => `${f.list}.${f.field}`),
        'id filters without a declared record type',
      ).toEqual([]);
      for (const f of filters) expect(() => listQueryOf(schema, f.names!), `${f.list}.${f.field}`).not.toThrow();
    });

    it('answers every id-valued filter naming a record the caller may not read as if it did not exist', async () => {
      const admin = callers.admin;
      const filters = idFilters(schema);
      const problems: string[] = [];
      let revealing = 0;
      for (const caller of SCOPED) {
        const client = callers[caller];
        const { me } = await client.ok<{ me: { townshipId: string | null } }>(`{ me { townshipId } }`);
        const foreignCache = new Map<string, string[]>();
        // Records of the type the caller may not read; as a filter of another list, for a
        // township-confined caller also every other township (whatever they list is their township's).
        const foreignIds = async (type: string, ofOtherList: boolean): Promise<string[]> => {
          const key = `${type}:${ofOtherList}`;
          if (foreignCache.has(key)) return foreignCache.get(key)!;
          const list = listQueryOf(schema, type);
          const all = (await admin.ok(`{ l: ${list}(page: { limit: 500 }) { nodes { id } } }`)).l.nodes.map(
            (n: { id: string }) => n.id,
          ) as string[];
          const seen = await client.gql<{ l: { nodes: { id: string }[] } }>(
            `query($ids: [ID!]) { l: ${list}(filter: { ids: $ids }, page: { limit: 500 }) { nodes { id } } }`,
            { ids: all },
          );
          const visible = new Set((seen.data?.l?.nodes ?? []).map((n) => n.id));
          const otherTownship = (id: string) =>
            ofOtherList && type === 'Township' && me.townshipId != null && id !== me.townshipId;
          const foreign = all.filter((id) => !visible.has(id) || otherTownship(id));
          foreignCache.set(key, foreign);
          return foreign;
        };
        for (const f of filters) {
          const probe = await client.gql(`{ ${f.list} { totalCount } }`);
          if (isGateRefusal(probe, f.list)) continue;
          const arg = (id: string) => (f.many ? `["${id}"]` : `"${id}"`);
          // The foreign record with the most matches for the county: the one a leak would show.
          const candidates = (await foreignIds(f.names!, f.field !== 'ids')).slice(0, 25);
          let [chosen, adminCount] = [candidates[0] ?? '999999', 0];
          if (candidates.length > 0) {
            // (Lists the county may not call, such as myAssignedProposals, keep the first candidate.)
            const counts = (
              await admin.gql<Record<string, { totalCount: number }>>(
                `{ ${candidates.map((id, i) => `c${i}: ${f.list}(filter: { ${f.field}: ${arg(id)} }) { totalCount }`).join(' ')} }`,
              )
            ).data;
            candidates.forEach((id, i) => {
              const n = counts?.[`c${i}`]?.totalCount ?? 0;
              if (n > adminCount) [chosen, adminCount] = [id, n];
            });
          }
          if (adminCount > 0) revealing += 1;
          const query = (id: string) =>
            `{ r: ${f.list}(filter: { ${f.field}: ${arg(id)} }) { totalCount nodes { id } } }`;
          const [foreign, missing] = [await client.gql(query(chosen)), await client.gql(query('999999'))];
          if (
            foreign.errors?.length ||
            JSON.stringify(foreign.data) !== JSON.stringify({ r: { totalCount: 0, nodes: [] } }) ||
            JSON.stringify(foreign.data) !== JSON.stringify(missing.data)
          ) {
            problems.push(
              `${f.list}(${f.field}: ${f.names} ${chosen}) as ${caller}: ${JSON.stringify(foreign.errors?.[0]?.extensions ?? foreign.data?.r)} (county: ${adminCount})`,
            );
          }
        }
      }
      expect(revealing, 'foreign records that the county sees rows for').toBeGreaterThan(5);
      expect(problems).toEqual([]);
    });

    it('lets each role change exactly the fields declared for it, in every update input', async () => {
      // A user of the matrix's own: the attempts below must not re-role or disable one of its callers.
      await callers.admin.ok(
        `mutation { createUser(input: { username: "matrix.fields", displayName: "矩阵字段用户", password: "matrix-pass-1", role: LEADER }) { id } }`,
      );
      // A proposal of the officer's township still open to corrections (updateProposal edits only those).
      const { members } = await callers.officer.ok(
        `{ members(filter: { status: ACTIVE }, page: { limit: 1 }) { nodes { id } } }`,
      );
      await callers.officer.ok(
        `mutation($m: ID!) { submitProposal(input: { title: "矩阵测试提案", category: ECONOMY, proposerKind: MEMBER, leadMemberId: $m }) { id } }`,
        { m: members.nodes[0].id },
      );
      const mismatches: string[] = [];
      for (const { kind, field: op } of operations) {
        if (kind !== 'mutation' || !op.name.startsWith('update') || !EXPECTED[op.name]) continue;
        const inputType = getNamedType(op.args.find((a) => a.name === 'input')!.type);
        if (!isInputObjectType(inputType)) continue;
        const type = getNamedType(op.type).name;
        const list = listQueryOf(schema, type);
        const mutation = `mutation($id: ID!, $input: ${inputType.name}!) { ${op.name}(id: $id, input: $input) { id } }`;
        for (const caller of Object.keys(callers) as Caller[]) {
          if (caller === 'anonymous') continue;
          const client = callers[caller];
          const mayCall = expectedAllowed(EXPECTED[op.name], caller, true);
          // The newest record the caller may write (a no-op update passes), or any when they may not call.
          let target: string | undefined;
          const source = mayCall ? client : callers.admin;
          const res = await source.gql<{ l: { nodes: { id: string }[] } }>(
            `{ l: ${list}(sort: [{ field: ID, order: DESC }], page: { limit: 60 }) { nodes { id } } }`,
          );
          for (const { id } of res.data?.l?.nodes ?? []) {
            if (!mayCall || !(await client.gql(mutation, { id, input: {} })).errors) {
              target = id;
              break;
            }
          }
          if (!target) {
            mismatches.push(`${op.name} as ${caller}: no record found to try`);
            continue;
          }
          for (const field of Object.values(inputType.getFields())) {
            const expected = mayCall && (FIELD_EXPECTED[op.name]?.[field.name] ?? ALL).includes(caller);
            let refused = false;
            for (const value of mayCall ? twoValues(field.type) : [twoValues(field.type)[0]]) {
              const answer = await client.gql(mutation, { id: target, input: { [field.name]: value } });
              for (const e of answer.errors ?? [])
                expect(e.extensions?.code, `${op.name}.${field.name} as ${caller}: ${e.message}`).not.toBe(
                  'INTERNAL_SERVER_ERROR',
                );
              const fieldRefusal = answer.errors?.some(
                (e) => e.extensions?.code === 'FORBIDDEN' && e.extensions?.field === `input.${field.name}`,
              );
              if (fieldRefusal || isGateRefusal(answer, op.name)) refused = true;
            }
            if (refused === expected)
              mismatches.push(`${op.name}.${field.name} as ${caller}: ${refused ? 'refused' : 'allowed'}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  },
  { demo: false },
);
