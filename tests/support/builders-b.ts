// What some suites need beyond tests/support/small-county.ts, made through the API like it: more
// townships and units than the small county has, many records at once, and a year of proposals,
// activities and opinion reports for the analytics that read a year.
import { DEMO_PASSWORD, client, loginToken, type Api, type Client } from './api';
import type { SmallCounty } from './small-county';

/** Creates one record through `mutation(input: $input) { id }` and answers its id. */
export async function create(
  client: Client,
  mutation: string,
  type: string,
  input: Record<string, unknown>,
): Promise<string> {
  const data = await client.ok(`mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input });
  return data[mutation].id;
}

/** One record per input, in order (ids ascend with them). */
export async function createEach(
  client: Client,
  mutation: string,
  type: string,
  inputs: Record<string, unknown>[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const input of inputs) ids.push(await create(client, mutation, type, input));
  return ids;
}

/** `n` more townships, without members: for suites that spread records over more than three. */
export function moreTownships(admin: Client, n: number): Promise<string[]> {
  const inputs = Array.from({ length: n }, (_, i) => ({
    code: `3411222${String(i).padStart(2, '0')}`,
    name: `增设${i + 1}镇`,
    kind: 'TOWN',
  }));
  return createEach(admin, 'createTownship', 'TownshipInput', inputs);
}

/** `n` more handling units. */
export function moreUnits(admin: Client, n: number): Promise<string[]> {
  const inputs = Array.from({ length: n }, (_, i) => ({ name: `县增设${i + 1}局`, kind: 'GOVERNMENT_DEPARTMENT' }));
  return createEach(admin, 'createHandlingUnit', 'HandlingUnitInput', inputs);
}

async function reviewedProposal(admin: Client, leadMemberId: string, year: number, accept: boolean): Promise<string> {
  const id = await create(admin, 'submitProposal', 'SubmitProposalInput', {
    title: `${year}年关于${accept ? '改善乡村道路' : '增设路灯'}的建议`,
    content: '建议有关部门统筹推进。',
    category: 'URBAN_RURAL',
    proposerKind: 'MEMBER',
    leadMemberId,
    submittedOn: `${year}-01-08`,
  });
  await admin.ok(`mutation($id: ID!, $input: ReviewProposalInput!) { reviewProposal(id: $id, input: $input) { id } }`, {
    id,
    input: accept
      ? { decision: 'ACCEPT', reviewedOn: `${year}-01-20` }
      : { decision: 'REJECT', reviewedOn: `${year}-01-20`, note: '不属于政协提案受理范围' },
  });
  return id;
}

export interface YearOfRecords {
  /** Accepted proposals by lead member, and the one rejected (led by `members.own[1]`). */
  accepted: { own: string; other: string };
  rejected: string;
  /** A study of the officer's township, and a plenary session every member attended. */
  activities: { own: string; plenary: string };
  opinionReport: string;
}

/**
 * Records of `year` in the officer's township (two proposals, one accepted; a study; an opinion
 * report) and in its neighbour (an accepted proposal), and a plenary session of the county.
 */
export async function buildYearOfRecords(admin: Client, county: SmallCounty, year: number): Promise<YearOfRecords> {
  const { townships, members } = county;
  const accepted = {
    own: await reviewedProposal(admin, members.own[0], year, true),
    other: await reviewedProposal(admin, members.other[0], year, true),
  };
  const rejected = await reviewedProposal(admin, members.own[1], year, false);
  const present = (ids: string[]) => ids.map((memberId) => ({ memberId }));
  const own = await create(admin, 'createActivity', 'ActivityInput', {
    kind: 'STUDY',
    title: `${year}年甲山镇委员学习`,
    heldOn: `${year}-04-10`,
    townshipId: townships.own,
    participants: present(members.own.slice(0, 4)),
  });
  const plenary = await create(admin, 'createActivity', 'ActivityInput', {
    kind: 'MEETING',
    meetingKind: 'PLENARY',
    title: `${year}年县政协全体会议`,
    heldOn: `${year}-01-10`,
    participants: present([...members.own, ...members.other, ...members.third]),
  });
  const opinionReport = await create(admin, 'createOpinionReport', 'OpinionReportInput', {
    title: `${year}年关于农村养老服务的社情民意`,
    submittedOn: `${year}-06-18`,
    townshipId: townships.own,
    submitterIds: [members.own[0]],
  });
  return { accepted, rejected, activities: { own, plenary }, opinionReport };
}

/** POST /files as the holder of `token` (null: anonymous): the answer's status and JSON body. */
export async function uploadFile<T = Record<string, unknown>>(
  url: string,
  token: string | null,
  bytes: Buffer,
  name: string,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${url}/files`, {
    method: 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
    },
    body: bytes,
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** A handling-unit user of `unitId`, created by the admin, and a client signed in as that user. */
export async function signedInUnitUser(
  api: Api,
  unitId: string,
  username: string,
  displayName: string,
): Promise<Client> {
  await api.ok(`mutation($input: UserInput!) { createUser(input: $input) { id } }`, {
    input: { username, displayName, role: 'HANDLING_UNIT', handlingUnitId: unitId, password: DEMO_PASSWORD },
  });
  return client(api.url, await loginToken(api.url, username));
}
