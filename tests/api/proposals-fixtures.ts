// Shared by the proposals*.test.ts suites: the GraphQL documents of the workflow and helpers
// that pick members and run steps. Not a test file itself.
import { expect } from 'vitest';
import type { Api, Client, GraphQLResponse } from '../support/api';

export const PROPOSAL_FIELDS = `id version status year session serialNo title content category proposerKind leadMemberId proposerOrgName townshipId
  submittedOn reviewDecision reviewedOn reviewNote mergedIntoId isKey supervisingChair assignedOn deadline leadUnitId
  firstReplyOn lastReplyOn replyClass replyText satisfaction feedbackOn implementation closedOn overdueDays allowedActions`;

const P = `{ ${PROPOSAL_FIELDS} }`;

export const MUTATIONS = {
  submit: `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) ${P} }`,
  update: `mutation($id: ID!, $input: ProposalPatch!, $v: Int) { updateProposal(id: $id, input: $input, expectedVersion: $v) ${P} }`,
  delete: `mutation($id: ID!) { deleteProposal(id: $id) }`,
  review: `mutation($id: ID!, $input: ReviewProposalInput!, $v: Int) { reviewProposal(id: $id, input: $input, expectedVersion: $v) ${P} }`,
  assign: `mutation($id: ID!, $input: AssignProposalInput!, $v: Int) { assignProposal(id: $id, input: $input, expectedVersion: $v) ${P} }`,
  reply: `mutation($id: ID!, $input: ReplyProposalInput!, $v: Int) { replyProposal(id: $id, input: $input, expectedVersion: $v) ${P} }`,
  feedback: `mutation($id: ID!, $input: ProposalFeedbackInput!, $v: Int) { recordProposalFeedback(id: $id, input: $input, expectedVersion: $v) ${P} }`,
  implementation: `mutation($id: ID!, $status: ImplementationStatus!, $v: Int) { setProposalImplementation(id: $id, status: $status, expectedVersion: $v) ${P} }`,
  close: `mutation($id: ID!, $input: CloseProposalInput, $v: Int) { closeProposal(id: $id, input: $input, expectedVersion: $v) ${P} }`,
  key: `mutation($id: ID!, $input: ProposalKeyInput!, $v: Int) { setProposalKey(id: $id, input: $input, expectedVersion: $v) ${P} }`,
} as const;

export type StepName = Exclude<keyof typeof MUTATIONS, 'submit' | 'delete'>;

const ROOT_FIELD: Record<StepName, string> = {
  update: 'updateProposal',
  review: 'reviewProposal',
  assign: 'assignProposal',
  reply: 'replyProposal',
  feedback: 'recordProposalFeedback',
  implementation: 'setProposalImplementation',
  close: 'closeProposal',
  key: 'setProposalKey',
};

export type Proposal = Record<string, any>;

/** A step that must succeed; returns the proposal as it answered. */
export async function step(
  client: Client,
  name: StepName,
  id: string,
  variables: Record<string, unknown> = {},
): Promise<Proposal> {
  const data = await client.ok(MUTATIONS[name], { id, ...variables });
  return data[ROOT_FIELD[name]];
}

/** A step as sent, answer and errors included. */
export function tryStep(
  client: Client,
  name: StepName,
  id: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse> {
  return client.gql(MUTATIONS[name], { id, ...variables });
}

export async function submit(client: Client, input: Record<string, unknown>): Promise<Proposal> {
  return (await client.ok(MUTATIONS.submit, { input })).submitProposal;
}

export function expectError(res: GraphQLResponse, code: string, field?: string): void {
  expect(res.errors, JSON.stringify(res.data)).toBeTruthy();
  const [error] = res.errors!;
  expect(error.extensions?.code, error.message).toBe(code);
  if (field) expect(error.extensions?.field, error.message).toBe(field);
}

export interface DemoMember {
  id: string;
  name: string;
  townshipId: string;
}

/** Active members of township 1 (the officer's) and of other townships: demo or small county. */
export async function activeMembers(api: Api): Promise<{ own: DemoMember[]; other: DemoMember[] }> {
  const data = await api.ok(
    `{ members(filter: { status: ACTIVE }, page: { limit: 500 }) { nodes { id name townshipId } } }`,
  );
  const nodes: DemoMember[] = data.members.nodes;
  const own = nodes.filter((m) => m.townshipId === '1');
  const other = nodes.filter((m) => m.townshipId !== '1');
  expect(own.length).toBeGreaterThanOrEqual(4);
  expect(other.length).toBeGreaterThanOrEqual(4);
  return { own, other };
}

/** A member proposal of township 1, submitted by the admin (between sessions unless overridden). */
export function memberProposal(
  lead: DemoMember,
  marker: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    title: `关于${marker}的建议`,
    content: '建议有关部门统筹推进。',
    category: 'URBAN_RURAL',
    proposerKind: 'MEMBER',
    leadMemberId: lead.id,
    submittedOn: '2026-01-08',
    ...overrides,
  };
}

/** Submits, accepts and assigns (to unit 1 as lead unless told otherwise): a proposal in ASSIGNED. */
export async function assignedProposal(
  api: Api,
  lead: DemoMember,
  marker: string,
  assign: Record<string, unknown> = {},
  proposal: Record<string, unknown> = {},
): Promise<Proposal> {
  const p = await submit(api, memberProposal(lead, marker, proposal));
  await step(api, 'review', p.id, { input: { decision: 'ACCEPT', reviewedOn: '2026-01-20' } });
  // The lead may reply before co-units' 会办意见: the suites that use this test other rules
  // (tests/api/unit-handling.test.ts holds the reply back).
  return step(api, 'assign', p.id, {
    input: { leadUnitId: '1', assignedOn: '2026-02-01', replyBeforeCoUnits: true, ...assign },
  });
}

export interface Trail {
  version: number;
  status: string;
  history: number;
  audit: number;
}

/** What a refused step must leave untouched: the version, status, history rows and audit entries. */
export async function trail(api: Api, id: string): Promise<Trail> {
  const data = await api.ok(
    `query($id: ID!, $e: String!) { proposal(id: $id) { version status history { id } } auditEntries(filter: { entityType: "Proposal", entityId: $e }) { totalCount } }`,
    { id, e: id },
  );
  return {
    version: data.proposal.version,
    status: data.proposal.status,
    history: data.proposal.history.length,
    audit: data.auditEntries.totalCount,
  };
}

export async function auditActions(
  api: Api,
  id: string,
): Promise<{ action: string; before: any; after: any; actorName: string | null }[]> {
  const data = await api.ok(
    `query($e: String!) { auditEntries(filter: { entityType: "Proposal", entityId: $e }, page: { limit: 100 }) { nodes { action before after actorName } } }`,
    { e: id },
  );
  return data.auditEntries.nodes.map(
    (n: { action: string; before: string | null; after: string | null; actorName: string | null }) => ({
      action: n.action,
      actorName: n.actorName,
      before: n.before ? JSON.parse(n.before) : null,
      after: n.after ? JSON.parse(n.after) : null,
    }),
  );
}

export async function historyOf(
  client: Client,
  id: string,
): Promise<
  { action: string; fromStatus: string | null; toStatus: string; actorName: string | null; note: string | null }[]
> {
  const data = await client.ok(
    `query($id: ID!) { proposal(id: $id) { history { action fromStatus toStatus actorName note at } } }`,
    { id },
  );
  return data.proposal.history;
}
