import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { accessRules } from '@cppcc/server/src/core/access';
import { describeOnDatabases, type Client } from '../support/api';
import { dummyCall, rootOperations } from '../support/dummy-args';

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
};

function expectedAllowed(expected: Expected, caller: Caller, isMutation: boolean): boolean {
  if (expected === 'public') return true;
  if (caller === 'anonymous') return false;
  if (expected === 'authenticated') return !(isMutation && caller === 'apiClient');
  if (caller === 'apiClient' && isMutation) return false; // read-only token
  return expected.includes(caller);
}

describeOnDatabases('authorization matrix (every operation × every role)', (api) => {
  const callers = {} as Record<Caller, Client>;
  let operations: ReturnType<typeof rootOperations> = [];

  beforeAll(async () => {
    const introspection = await api().ok<IntrospectionQuery>(getIntrospectionQuery());
    operations = rootOperations(buildClientSchema(introspection));
    callers.admin = api();
    callers.anonymous = api().anonymous;
    for (const user of ['leader', 'officer', 'unit'] as const) callers[user] = await api().as(user);
    const { createApiToken } = await api().ok(`mutation { createApiToken(input: { name: "矩阵测试", role: API_CLIENT }) { secret } }`);
    callers.apiClient = api().withToken(createApiToken.secret);
  });

  it('declares a rule in the code and an expectation here for every operation', () => {
    expect(operations.length).toBeGreaterThan(30);
    const names = operations.map((o) => o.field.name);
    expect(names.filter((n) => !accessRules().has(n)), 'operations without an access rule in the code').toEqual([]);
    expect(names.filter((n) => !(n in EXPECTED)), 'operations missing from EXPECTED in this test').toEqual([]);
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
          mismatches.push(`${field.name} as ${caller}: ${allowed ? 'allowed' : 'refused'} (${JSON.stringify(res.errors?.[0]?.extensions ?? 'ok')})`);
        }
        // Whatever the outcome, the server answers with a code from API.md, never a crash.
        for (const e of res.errors ?? []) expect(e.extensions?.code, `${field.name} as ${caller}: ${e.message}`).not.toBe('INTERNAL_SERVER_ERROR');
      }
    }
    expect(mismatches).toEqual([]);
  });
});
