// A county a suite builds for itself, through the API as the county admin: what a rule test asserts on is what it
// made, so changing the demo county (packages/demo) cannot break it. Ids are those of a fresh database.
import type { Client } from './api';
import { DEMO_PASSWORD } from './api';

export interface SmallCounty {
  /** Township ids: `own` is the officer's, `other` a neighbour, `third` has a few members only. */
  townships: { own: string; other: string; third: string };
  sectors: string[];
  units: string[];
  /** Active members by township (with phone and birth date, to see masking). */
  members: { own: string[]; other: string[]; third: string[] };
  committee: string;
  /** A county activity (plenary) attended by members of every township, and one of the officer's township. */
  activities: { county: string; own: string };
}

const TOWNSHIPS = [
  { code: '341122100', name: '甲山镇', kind: 'TOWN', bodyKind: 'WORK_COMMITTEE', bodyName: '甲山镇政协工委' },
  { code: '341122101', name: '乙水乡', kind: 'XIANG', bodyKind: 'LIAISON_GROUP', bodyName: '乙水乡政协联络组' },
  {
    code: '341122102',
    name: '丙城街道',
    kind: 'SUBDISTRICT',
    bodyKind: 'LIAISON_OFFICE',
    bodyName: '丙城街道政协联络处',
  },
];
const SECTORS = [
  { name: '中国共产党', category: 'PARTY' },
  { name: '经济界', category: 'SECTOR' },
  { name: '教育界', category: 'SECTOR' },
];
const UNITS = [
  {
    name: '县交通运输局',
    shortName: '交通局',
    kind: 'GOVERNMENT_DEPARTMENT',
    contactPerson: '赵联系',
    contactPhone: '13900001111',
  },
  {
    name: '县教育局',
    shortName: '教育局',
    kind: 'GOVERNMENT_DEPARTMENT',
    contactPerson: '钱联系',
    contactPhone: '13900002222',
  },
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙';

async function create(admin: Client, mutation: string, type: string, input: Record<string, unknown>): Promise<string> {
  const data = await admin.ok(`mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input });
  return data[mutation].id;
}

/** Builds the county and the demo logins' counterparts (leader, officer of `own`, unit of the first unit). */
export async function buildSmallCounty(admin: Client): Promise<SmallCounty> {
  const townships: string[] = [];
  for (const [i, t] of TOWNSHIPS.entries())
    townships.push(await create(admin, 'createTownship', 'TownshipInput', { ...t, sortOrder: i + 1 }));
  const sectors: string[] = [];
  for (const [i, s] of SECTORS.entries())
    sectors.push(await create(admin, 'createSector', 'SectorInput', { ...s, sortOrder: i + 1 }));
  const units: string[] = [];
  for (const u of UNITS) units.push(await create(admin, 'createHandlingUnit', 'HandlingUnitInput', u));

  const members: string[][] = [[], [], []];
  const perTownship = [6, 6, 2];
  let n = 0;
  for (const [t, count] of perTownship.entries()) {
    for (let i = 0; i < count; i++, n++) {
      members[t].push(
        await create(admin, 'createMember', 'MemberInput', {
          name: `${SURNAMES[n % SURNAMES.length]}${TOWNSHIPS[t].name[0]}${i + 1}`,
          gender: i % 2 ? 'FEMALE' : 'MALE',
          affiliation: i === 0 ? 'CPC' : 'NON_PARTY',
          birthDate: `19${70 + n}-0${(i % 9) + 1}-15`,
          phone: `1380000${String(1000 + n).padStart(4, '0')}`,
          sectorId: sectors[n % sectors.length],
          townshipId: townships[t],
          kind: 'COUNTY_MEMBER',
          term: '第十一届',
          joinedOn: '2021-01-10',
        }),
      );
    }
  }

  const committee = await create(admin, 'createCommittee', 'CommitteeInput', {
    name: '提案委员会',
    members: [
      { memberId: members[0][0], role: 'DIRECTOR' },
      { memberId: members[1][0], role: 'MEMBER' },
      { memberId: members[2][0], role: 'MEMBER' },
    ],
  });

  const county = await create(admin, 'createActivity', 'ActivityInput', {
    kind: 'MEETING',
    meetingKind: 'PLENARY',
    title: '县政协全体会议',
    heldOn: '2025-01-08',
    participants: [...members[0], ...members[1], ...members[2]].map((memberId) => ({ memberId })),
  });
  const own = await create(admin, 'createActivity', 'ActivityInput', {
    kind: 'STUDY',
    title: '甲山镇委员集中学习',
    topic: '学习全会精神',
    heldOn: '2025-03-12',
    townshipId: townships[0],
    participants: members[0].map((memberId, i) => ({ memberId, attendance: i === 5 ? 'EXCUSED' : 'PRESENT' })),
  });

  const users = [
    { username: 'leader', displayName: '县政协主席', role: 'LEADER' },
    { username: 'officer', displayName: '甲山镇政协干部', role: 'TOWNSHIP_OFFICER', townshipId: townships[0] },
    { username: 'unit', displayName: UNITS[0].name, role: 'HANDLING_UNIT', handlingUnitId: units[0] },
  ];
  for (const u of users) await create(admin, 'createUser', 'UserInput', { ...u, password: DEMO_PASSWORD });

  return {
    townships: { own: townships[0], other: townships[1], third: townships[2] },
    sectors,
    units,
    members: { own: members[0], other: members[1], third: members[2] },
    committee,
    activities: { county, own },
  };
}
