// Records beyond tests/support/small-county.ts, made through the API as the admin: one of every kind
// of work record, in the officer's township and in its neighbour, so that rule suites (who may read
// or change which record, what is masked) have something of each kind to assert on.
import type { Client } from './api';
import { create, moreUnits } from './builders-b';
import type { SmallCounty } from './small-county';

const STEP = (name: string, type: string) =>
  `mutation($id: ID!, $input: ${type}!) { ${name}(id: $id, input: $input) { id } }`;

/** Submits a member proposal (joint when co-signers are given), accepts it and assigns it to `unitId`. */
export async function assignedTo(
  admin: Client,
  unitId: string,
  lead: string,
  title: string,
  coSignerIds: string[] = [],
): Promise<string> {
  const id = await create(admin, 'submitProposal', 'SubmitProposalInput', {
    title,
    content: '建议有关部门统筹推进。',
    category: 'URBAN_RURAL',
    proposerKind: coSignerIds.length ? 'JOINT' : 'MEMBER',
    leadMemberId: lead,
    coSignerIds,
    submittedOn: '2026-01-08',
  });
  await admin.ok(STEP('reviewProposal', 'ReviewProposalInput'), {
    id,
    input: { decision: 'ACCEPT', reviewedOn: '2026-01-20' },
  });
  await admin.ok(STEP('assignProposal', 'AssignProposalInput'), {
    id,
    input: { leadUnitId: unitId, assignedOn: '2026-02-01' },
  });
  return id;
}

export interface CountyRecords {
  /** Assigned to unit 1: one led by a member of the officer's township (co-signed by a neighbour), one of the neighbour. */
  proposals: { own: string; other: string };
  opinionReports: { own: string; other: string };
  workPlans: { own: string; other: string };
  dutyReports: { own: string; other: string };
  dutyRule: string;
  supervisionTarget: string;
  rectificationItem: string;
  specialSupervisor: string;
}

/** One record of every kind the small county lacks, for both the officer's township and the neighbour's. */
export async function buildCountyRecords(admin: Client, county: SmallCounty): Promise<CountyRecords> {
  const { townships, members, units } = county;
  const both = async (make: (township: string, member: string, side: string) => Promise<string>) => ({
    own: await make(townships.own, members.own[0], '本镇'),
    other: await make(townships.other, members.other[0], '邻镇'),
  });
  const proposals = {
    own: await assignedTo(admin, units[0], members.own[0], '关于本镇村道养护的建议', [members.other[1]]),
    other: await assignedTo(admin, units[0], members.other[0], '关于邻镇村道养护的建议'),
  };
  const opinionReports = await both((townshipId, member, side) =>
    create(admin, 'createOpinionReport', 'OpinionReportInput', {
      title: `${side}关于农村养老服务的社情民意`,
      submittedOn: '2026-03-18',
      townshipId,
      submitterIds: [member],
    }),
  );
  const workPlans = await both((townshipId, _member, side) =>
    create(admin, 'createWorkPlan', 'WorkPlanInput', {
      title: `${side}2026年政协工作计划`,
      year: 2026,
      townshipId,
      items: [{ metricKey: 'studySessions', target: 4 }],
    }),
  );
  const dutyReports = await both((_township, memberId, side) =>
    create(admin, 'createDutyReport', 'DutyReportInput', {
      memberId,
      year: 2026,
      submittedOn: '2026-11-20',
      title: `${side}委员2026年述职报告`,
    }),
  );
  const dutyRule = await create(admin, 'createDutyRule', 'DutyRuleInput', {
    year: 2026,
    key: 'DUTY_REPORT',
    minCount: 1,
    points: 10,
  });
  const supervisionTarget = await create(admin, 'createSupervisionTarget', 'SupervisionTargetInput', {
    kind: 'SPECIAL',
    topic: '农村公路养护专项监督',
    unitId: units[0],
    year: 2026,
  });
  const rectificationItem = await create(admin, 'createRectificationItem', 'RectificationItemInput', {
    targetId: supervisionTarget,
    text: '建立农村公路养护台账',
    dueOn: '2026-09-30',
  });
  const specialSupervisor = await create(admin, 'createSpecialSupervisor', 'SpecialSupervisorInput', {
    memberId: members.other[2],
    unitId: units[0],
    fromOn: '2026-01-01',
  });
  return {
    proposals,
    opinionReports,
    workPlans,
    dutyReports,
    dutyRule,
    supervisionTarget,
    rectificationItem,
    specialSupervisor,
  };
}

/** The proposal suites assign to units 1–6: the small county's two and four more. */
export async function sixUnits(admin: Client, county: SmallCounty): Promise<string[]> {
  return [...county.units, ...(await moreUnits(admin, 4))];
}
