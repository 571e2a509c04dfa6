import { beforeAll, expect, it } from 'vitest';
import { addDays, todayInChina } from '@cppcc/domain';
import { hydrate } from '@cppcc/server/src/core/hydrate';
import { describeOnDatabases, loginToken, postGraphQL, type Api } from '../support/api';
import { create, createEach, moreUnits, buildYearOfRecords, uploadFile } from '../support/builders-b';
import { buildCountyRecords, type CountyRecords } from '../support/county-records';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

// A column compared only as null proves nothing about its conversion, so beyond the builders the suite
// writes, through the API, a value into every optional column of every table (fillOptionalColumns).

// Deprecated, and no write path sets it any more: items name a metric (metricKey) instead.
const NEVER_WRITTEN = ['WorkPlanItem.kind'];

const STEP = (name: string, type: string) =>
  `mutation($id: ID!, $input: ${type}!) { ${name}(id: $id, input: $input) { id } }`;

/** A unit's requests (an adjustment with its suggestion, an extension granted), a contact and the county's rules, in handling today. */
async function fillHandlingColumns(
  api: Api,
  county: SmallCounty,
  step: (name: string, type: string, id: string, input: Record<string, unknown>) => Promise<unknown>,
): Promise<void> {
  const today = todayInChina();
  const unit = await api.as('unit');
  const id = await create(api, 'submitProposal', 'SubmitProposalInput', {
    title: '关于城区停车管理的建议',
    category: 'URBAN_RURAL',
    proposerKind: 'MEMBER',
    leadMemberId: county.members.own[1],
    submittedOn: '2026-01-09',
  });
  await step('reviewProposal', 'ReviewProposalInput', id, { decision: 'ACCEPT', reviewedOn: '2026-01-20' });
  const assign = { leadUnitId: county.units[0], coUnitIds: [county.units[1]], assignedOn: today };
  await step('assignProposal', 'AssignProposalInput', id, assign);
  const ask = (input: Record<string, unknown>) =>
    unit.ok(
      `mutation($id: ID!, $input: UnitRequestInput!) { requestUnitChange(id: $id, input: $input) { unitRequests { id status } } }`,
      {
        id,
        input,
      },
    );
  const pending = async (input: Record<string, unknown>) =>
    ((await ask(input)).requestUnitChange.unitRequests as { id: string; status: string }[]).find(
      (r) => r.status === 'PENDING',
    )!.id;
  const adjust = await pending({ kind: 'ADJUST', reason: '需增加会办单位', suggestion: '县教育局' });
  await step('decideUnitRequest', 'DecideUnitRequestInput', id, {
    requestId: adjust,
    approve: true,
    note: '同意',
    reassign: assign,
  });
  const extend = await pending({ kind: 'EXTEND', reason: '需协调资金', deadline: addDays(today, 120) });
  await step('decideUnitRequest', 'DecideUnitRequestInput', id, {
    requestId: extend,
    approve: true,
    deadline: addDays(today, 110),
  });
  await step('recordProposalContact', 'ProposalContactInput', id, {
    form: 'FIELD_VISIT',
    participants: '局长、提案人',
    proposerView: '赞同',
  });
  await api.ok(`mutation { setHandlingRules(input: { returnWindowWorkingDays: 5, dueSoonDays: 15 }) { dueSoonDays } }`);
}

/** One write of each path that sets an optional column the builders leave null. */
async function fillOptionalColumns(api: Api, county: SmallCounty, records: CountyRecords): Promise<void> {
  const { townships, members, sectors, units } = county;
  const step = (name: string, type: string, id: string, input: Record<string, unknown>) =>
    api.ok(STEP(name, type), { id, input });

  await create(api, 'createTownship', 'TownshipInput', {
    code: '341122103',
    name: '丁岗镇',
    kind: 'TOWN',
    director: '丁主任',
    phone: '0556-1234567',
    address: '丁岗镇人民路1号',
  });
  const [leaving, moving] = await createEach(
    api,
    'createMember',
    'MemberInput',
    ['退出', '调动'].map((name) => ({
      name: `${name}委员`,
      gender: 'FEMALE',
      affiliation: 'NON_PARTY',
      ethnicity: '回族',
      workUnit: '县第一中学',
      title: '副校长',
      sectorId: sectors[1],
      townshipId: townships.own,
      kind: 'COUNTY_MEMBER',
      term: '第十一届',
      joinedOn: '2021-01-10',
    })),
  );
  // Leaving sets leftOn / leaveReason and ends the tenure; a transfer ends one with its note.
  await step('changeMemberStatus', 'MemberStatusChangeInput', leaving, {
    status: 'WITHDRAWN',
    effectiveOn: '2025-06-30',
    reason: '工作调离本县',
  });
  await api.ok(`mutation($id: ID!) { deleteMember(id: $id) }`, { id: leaving });
  await step('transferMember', 'TransferMemberInput', moving, {
    townshipId: townships.other,
    effectiveOn: '2024-07-01',
    note: '工作调动',
  });
  await create(api, 'createCommittee', 'CommitteeInput', { name: '经济委员会', description: '联系经济界委员' });
  const [archived] = await moreUnits(api, 1);
  await api.ok(`mutation($id: ID!) { deleteHandlingUnit(id: $id) }`, { id: archived });
  await create(api, 'createUser', 'UserInput', {
    username: 'former',
    displayName: '已停用账号',
    role: 'LEADER',
    password: 'former-password-1',
    disabled: true,
  });

  // A session proposal run to its end (with an attachment), an organisation's proposal with one merged into it, and one converted.
  const pdf = await uploadFile<{ id: string }>(
    api.url,
    await loginToken(api.url, 'admin'),
    Buffer.from('%PDF-1.4\n%附件\n'),
    '提案附件.pdf',
  );
  const full = await create(api, 'submitProposal', 'SubmitProposalInput', {
    attachmentIds: [pdf.body.id],
    title: '关于农村饮水安全的建议',
    content: '建议加快农村供水管网改造。',
    category: 'URBAN_RURAL',
    proposerKind: 'MEMBER',
    leadMemberId: members.own[2],
    session: '十一届三次会议',
    year: 2026,
    submittedOn: '2026-01-08',
  });
  await step('reviewProposal', 'ReviewProposalInput', full, {
    decision: 'ACCEPT',
    reviewedOn: '2026-01-20',
    isKey: true,
    supervisingChair: '王主席',
  });
  const water = await create(api, 'createHandlingUnit', 'HandlingUnitInput', {
    name: '县水利局',
    kind: 'GOVERNMENT_DEPARTMENT',
  });
  await step('assignProposal', 'AssignProposalInput', full, {
    leadUnitId: units[0],
    coUnitIds: [units[1], water],
    assignedOn: '2026-02-01',
    deadline: '2026-05-01',
  });
  await step('submitCoUnitOpinion', 'CoUnitOpinionInput', full, {
    text: '同意主办单位意见',
    on: '2026-03-01',
    unitId: units[1],
  });
  await step('waiveCoUnitOpinion', 'WaiveCoUnitInput', full, { unitId: water, note: '该事项已划归主办单位' });
  await step('replyProposal', 'ReplyProposalInput', full, {
    replyClass: 'A',
    text: '已列入年度计划',
    repliedOn: '2026-04-01',
    docNo: '县交通运输局函〔2026〕12号',
    signer: '李局长',
    contactPerson: '赵联系',
    contactPhone: '0556-5123456',
  });
  await step('recordProposalFeedback', 'ProposalFeedbackInput', full, {
    satisfaction: 'SATISFIED',
    note: '办理认真',
    on: '2026-04-05',
  });
  await step('closeProposal', 'CloseProposalInput', full, { closedOn: '2026-04-10', implementation: 'IMPLEMENTED' });
  await fillHandlingColumns(api, county, step);
  const main = await create(api, 'submitProposal', 'SubmitProposalInput', {
    title: '关于加强农村养老服务的建议',
    category: 'SOCIETY_LAW',
    proposerKind: 'PARTY_GROUP',
    proposerOrgName: '民盟县委',
    submittedOn: '2026-01-06',
  });
  await step('reviewProposal', 'ReviewProposalInput', main, { decision: 'ACCEPT', reviewedOn: '2026-01-15' });
  for (const [lead, review] of [
    [members.own[3], { decision: 'MERGE', mergedIntoId: main, note: '内容相近', reviewedOn: '2026-01-15' }],
    [members.own[4], { decision: 'CONVERT', note: '转社情民意信息', reviewedOn: '2026-01-15' }],
  ] as const) {
    const id = await create(api, 'submitProposal', 'SubmitProposalInput', {
      title: `关于农村养老服务的建议（${review.decision}）`,
      category: 'SOCIETY_LAW',
      proposerKind: 'MEMBER',
      leadMemberId: lead,
      submittedOn: '2026-01-07',
    });
    await step('reviewProposal', 'ReviewProposalInput', id, review);
  }

  // An activity of each kind with its own fields; adopted suggestions make a claim, confirmed as the admin wrote it.
  const activity = (kind: string, fields: Record<string, unknown>) => ({
    kind,
    title: `甲山镇${kind}活动`,
    heldOn: '2026-05-12',
    townshipId: townships.own,
    location: '镇政府会议室',
    notes: '会后形成纪要',
    participants: [{ memberId: members.own[0] }],
    ...fields,
  });
  await createEach(api, 'createActivity', 'ActivityInput', [
    activity('CONSULTATION', {
      consultationScale: 'MICRO',
      topic: '村道养护',
      suggestionsMade: 3,
      suggestionsAdopted: 2,
    }),
    activity('RESEARCH', { reportTitle: '农村养老调研报告', submittedTo: '县人民政府' }),
    activity('VISIT', { peopleReached: 40, opinionsCollected: 6 }),
    activity('CHARITY', { donationYuan: 5000, beneficiaries: 12 }),
    activity('PUBLICITY', { outletLevel: 'CITY' }),
    activity('CULTURAL_HISTORY', { piecesSubmitted: 2 }),
  ]);

  // An officer's adopted and instructed report waits for the county: one claim confirmed, one refused with
  // its reason; the admin's later change of the adoption replaces the confirmed claim (supersededAt).
  const officer = await api.as('officer');
  const report = await create(officer, 'createOpinionReport', 'OpinionReportInput', {
    title: '关于村级河道保洁的建议',
    content: '建议落实河长制。',
    townshipId: townships.own,
    submittedOn: '2026-03-02',
    status: 'ADOPTED',
    adoptionLevel: 'PROVINCE',
    adoptedOn: '2026-04-01',
    publishedIssue: '《社情信息》2026年第5期',
    leaderInstruction: true,
    instructionLevel: 'COUNTY',
    instructionLeader: '县委书记',
    instructedOn: '2026-04-10',
    claimEvidence: '《社情信息》2026年第5期；县委办批示单 2026-17',
    submitterIds: [members.own[0]],
  });
  const { claims } = await api.ok(
    `query($id: Int!) { claims(filter: { recordType: "OpinionReport", recordId: $id }) { nodes { id kind } } }`,
    { id: Number(report) },
  );
  for (const claim of claims.nodes as { id: string; kind: string }[]) {
    if (claim.kind === 'OPINION_ADOPTION') await api.ok(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, claim);
    else await api.ok(`mutation($id: ID!) { refuseClaim(id: $id, input: { note: "批示单未附" }) { id } }`, claim);
  }
  await api.ok(`mutation($id: ID!) { updateOpinionReport(id: $id, input: { adoptionLevel: CITY }) { id } }`, {
    id: report,
  });

  // Every supervision phase with its notes, and the evaluation figures.
  const target = records.supervisionTarget;
  for (const [phase, on] of [
    ['PLAN_CHECK', '2026-03-01'],
    ['MID_YEAR_URGING', '2026-06-30'],
    ['EVALUATION', '2026-10-15'],
  ])
    await api.ok(
      `mutation($id: ID!, $phase: SupervisionPhase!, $on: Date!) { recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: "按期开展") { id } }`,
      { id: target, phase, on },
    );
  await step('recordSupervisionEvaluation', 'SupervisionEvaluationInput', target, {
    questionnairesIssued: 50,
    questionnairesReturned: 46,
    recommendationCount: 5,
    score: 88.5,
    grade: 'SATISFIED',
    findings: '养护台账基本建立',
  });
  await api.ok(
    `mutation($id: ID!) { recordSupervisionPhase(id: $id, phase: LOOK_BACK, on: "2026-12-01", notes: "整改落实") { id } }`,
    { id: target },
  );
  await step('updateSpecialSupervisor', 'SpecialSupervisorPatch', records.specialSupervisor, { toOn: '2026-12-31' });
  await create(api, 'createWorkPlan', 'WorkPlanInput', {
    title: '丙城街道2026年政协工作计划',
    year: 2026,
    townshipId: townships.third,
    notes: '报县政协备案',
    items: [{ metricKey: 'studySessions', target: 2, quarter: 2, description: '上半年集中学习' }],
  });
  await create(api, 'createDutyRule', 'DutyRuleInput', {
    year: 2026,
    key: 'PROPOSAL',
    minCount: 1,
    points: 20,
    proposalBasis: 'ACCEPTED',
    description: '每年至少一件立案提案',
  });
  await api.ok(
    `mutation { setAssessmentScheme(year: 2026, items: [{ key: "proposalsSubmitted", weight: 100 }]) { key } }`,
  );

  // Tokens: one of a township, used and expiring; one of a unit, revoked.
  const TOKEN = `mutation($input: ApiTokenInput!) { createApiToken(input: $input) { secret token { id } } }`;
  const { createApiToken: used } = await api.ok(TOKEN, {
    input: { name: '镇大屏', townshipId: townships.own, expiresAt: '2099-01-01T00:00:00Z' },
  });
  await postGraphQL(api.url, `{ townships { totalCount } }`, {}, { authorization: `Bearer ${used.secret}` });
  const { createApiToken: revoked } = await api.ok(TOKEN, {
    input: { name: '单位接口', role: 'HANDLING_UNIT', handlingUnitId: units[1] },
  });
  await api.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: revoked.token.id });
  // Five failed sign-ins of a name no one has: a throttle row with its wait (blockedUntil).
  for (let i = 0; i < 5; i++)
    await postGraphQL(api.url, `mutation { login(username: "nobody", password: "wrong-password") { token } }`);

  // A closed year, a correction made in it with its reason, and the year reopened.
  await api.ok(`mutation { openYearReview(year: 2024) { id } }`);
  // The officer's objection in the review, with evidence, accepted with the county's answer.
  const { raiseObjection } = await officer.ok(
    `mutation($input: ObjectionInput!) { raiseObjection(input: $input) { id } }`,
    { input: { year: 2024, metric: 'studySessions', reason: '9月学习会漏录', evidence: '签到表' } },
  );
  await api.ok(`mutation($id: ID!) { acceptObjection(id: $id, input: { answer: "同意补录" }) { id } }`, {
    id: raiseObjection.id,
  });
  await api.ok(`mutation { closeYear(year: 2024, note: "考核结果已公布") { id } }`);
  await api.ok(
    `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`,
    { input: { kind: 'STUDY', title: '补录的理论学习', heldOn: '2024-09-02', townshipId: townships.own } },
    { 'x-correction-reason': encodeURIComponent('乡镇漏报，经核实补录') },
  );
  await api.ok(`mutation { reopenYear(year: 2024, reason: "补录遗漏的视察活动") { id } }`);
}

describeOnDatabases(
  'list pages hydrated from raw rows',
  (api) => {
    beforeAll(async () => {
      const county = await buildSmallCounty(api());
      const records = await buildCountyRecords(api(), county);
      await buildYearOfRecords(api(), county, 2024);
      await fillOptionalColumns(api(), county, records);
    });

    it('match what TypeORM loads for every entity, value for value and class for class', async () => {
      const { db } = api().server;
      let compared = 0;
      let made = 0;
      const empty: string[] = [];
      const nullOnly: string[] = [];
      for (const metadata of db.entityMetadatas) {
        expect(
          metadata.lazyRelations,
          `${metadata.name} has lazy relations, which hydrate does not set up`,
        ).toHaveLength(0);
        // Ordered by the primary key, whatever its columns (login_throttle's is username + address).
        const qb = () => {
          const q = db.getRepository(metadata.target).createQueryBuilder('x').limit(40);
          for (const key of metadata.primaryColumns) q.addOrderBy(`x.${key.propertyName}`, 'ASC');
          return q;
        };
        const [raw, loaded] = await Promise.all([qb().getRawMany<Record<string, unknown>>(), qb().getMany()]);
        const hydrated = hydrate(db, metadata, 'x', raw);
        expect(hydrated, metadata.name).toEqual(loaded);
        for (const [i, entity] of hydrated.entries()) {
          expect(Object.getPrototypeOf(entity), metadata.name).toBe(Object.getPrototypeOf(loaded[i]));
          // same values and the same JS types (Date, number, string, boolean, null)
          for (const column of metadata.columns) {
            const [a, b] = [entity[column.propertyName], loaded[i][column.propertyName]];
            expect(Object.prototype.toString.call(a), `${metadata.name}.${column.propertyName}`).toBe(
              Object.prototype.toString.call(b),
            );
          }
        }
        compared += hydrated.length;
        const [{ n }] = await db.query(`SELECT COUNT(*) AS n FROM ${db.driver.escape(metadata.tableName)}`);
        made += Math.min(Number(n), 40);
        if (!hydrated.length) empty.push(metadata.name);
        for (const column of metadata.columns)
          if (hydrated.every((e) => e[column.propertyName] == null))
            nullOnly.push(`${metadata.name}.${column.propertyName}`);
      }
      // Every table the suite filled was compared, a page (40) of each, and every column on a value.
      expect(empty).toEqual([]);
      expect(nullOnly).toEqual(NEVER_WRITTEN);
      expect(compared).toBe(made);
    });
  },
  { demo: false },
);
