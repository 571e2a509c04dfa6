// Shared by the activities, opinions, plans, duty and supervision suites (and others): counting rows
// and audit entries around a refused call, and picking members. Not a test file itself.
import { expect } from 'vitest';
import type { Api, Client, GraphQLResponse } from '../support/api';

export async function rowCount(api: Api, table: string): Promise<number> {
  const [row] = (await api.server.db.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[];
  return Number(row.n);
}

async function counts(api: Api, tables: readonly string[]): Promise<Record<string, number>> {
  return Object.fromEntries(
    await Promise.all(['audit_entry', ...tables].map(async (t) => [t, await rowCount(api, t)] as const)),
  );
}

export function expectError(res: GraphQLResponse, code: string, field?: string): void {
  expect(res.errors, JSON.stringify(res.data)).toBeTruthy();
  const [error] = res.errors!;
  expect(error.extensions?.code, error.message).toBe(code);
  if (field) expect(error.extensions?.field, error.message).toBe(field);
  expect(error.message.length).toBeGreaterThan(3);
}

/**
 * A call that must be refused with `code` (naming `field`) and leave everything as it was: the
 * rows of `tables`, the audit trail, and — when given — what `reread` answers.
 */
export async function expectRefused(
  api: Api,
  client: Client,
  call: { query: string; variables?: Record<string, unknown> },
  expected: { code: string; field?: string; tables?: readonly string[]; reread?: () => Promise<unknown> },
): Promise<GraphQLResponse> {
  const tables = expected.tables ?? [];
  const before = await counts(api, tables);
  const snapshot = await expected.reread?.();
  const res = await client.gql(call.query, call.variables);
  expectError(res, expected.code, expected.field);
  expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
  expect(await counts(api, tables), 'rows or audit entries changed by a refused call').toEqual(before);
  if (expected.reread) expect(await expected.reread()).toEqual(snapshot);
  return res;
}

export interface DemoMember {
  id: string;
  name: string;
  townshipId: string;
}

/** Active, not archived members of township 1 (the officer's) and of township 2: demo or small county. */
export async function membersOf(api: Api): Promise<{ own: DemoMember[]; other: DemoMember[] }> {
  const data =
    await api.ok(`{ own: members(filter: { townshipId: "1", status: ACTIVE }, page: { limit: 20 }) { nodes { id name townshipId } }
    other: members(filter: { townshipId: "2", status: ACTIVE }, page: { limit: 20 }) { nodes { id name townshipId } } }`);
  expect(data.own.nodes.length).toBeGreaterThanOrEqual(4);
  expect(data.other.nodes.length).toBeGreaterThanOrEqual(4);
  return { own: data.own.nodes, other: data.other.nodes };
}

/** A new member of a township, for records whose counts must start from zero. */
export async function newMember(api: Api, townshipId: string, name: string, status = 'ACTIVE'): Promise<DemoMember> {
  const { createMember } = await api.ok(
    `mutation($input: MemberInput!) { createMember(input: $input) { id name townshipId } }`,
    {
      input: {
        name,
        gender: 'FEMALE',
        affiliation: 'NON_PARTY',
        sectorId: '1',
        townshipId,
        kind: 'COUNTY_MEMBER',
        term: '第十一届',
        joinedOn: '2021-01-10',
        status,
        // A former member is entered with the end of their office.
        ...(status === 'ACTIVE' ? {} : { leftOn: '2024-06-30', leaveReason: '测试离任' }),
      },
    },
  );
  return createMember;
}

/** Statements the server ran for one query. */
export async function statements(
  api: Api,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ count: number; data: Record<string, any> }> {
  const before = api.server.queries.count;
  const data = await api.ok(query, variables);
  return { count: api.server.queries.count - before, data };
}
