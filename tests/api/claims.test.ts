import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Client } from '../support/api';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

// docs/domain.md, claims: a township's adoption or instruction counts once the county confirms it.
const YEAR = 2026;

describeOnDatabases(
  'claimed results wait for the county (成果申报确认)',
  (api) => {
    let county: SmallCounty;
    let officer: Client;
    beforeAll(async () => {
      county = await buildSmallCounty(api());
      officer = await api().as('officer');
    });

    const figures = async () => {
      const { townshipComparison: c } = await api().ok(
        `{ townshipComparison(year: ${YEAR}) { rows { townshipId values { key value } } } }`,
      );
      const row = c.rows.find((r: { townshipId: string }) => r.townshipId === county.townships.own);
      const value = (key: string) => row.values.find((v: { key: string }) => v.key === key).value;
      return { adopted: value('opinionReportsAdopted'), instructions: value('leaderInstructions') };
    };
    const CREATE = `mutation($input: OpinionReportInput!) { createOpinionReport(input: $input) {
      id version adoptionReview instructionReview } }`;
    const adoptedReport = (title: string, extra: Record<string, unknown> = {}) => ({
      title,
      townshipId: county.townships.own,
      submittedOn: `${YEAR}-03-02`,
      status: 'ADOPTED',
      adoptionLevel: 'PROVINCE',
      adoptedOn: `${YEAR}-04-01`,
      publishedIssue: '《社情信息》2026年第5期',
      submitterIds: [county.members.own[0]],
      ...extra,
    });
    const pendingOf = async (recordId: string) =>
      (
        await api().ok(
          `query($id: Int!) { claims(filter: { recordType: "OpinionReport", recordId: $id }) { nodes { id kind review version } } }`,
          { id: Number(recordId) },
        )
      ).claims.nodes as { id: string; kind: string; review: string; version: number }[];

    it('refuses a township’s claim without evidence, and writes nothing', async () => {
      const res = await officer.gql(CREATE, { input: adoptedReport('无证明的采用申报') });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'input.claimEvidence' })]),
      );
      const { opinionReports } = await api().ok(`{ opinionReports(filter: { q: "无证明的采用申报" }) { totalCount } }`);
      expect(opinionReports.totalCount).toBe(0);
    });

    it('counts an officer’s adoption only once confirmed, and not when refused', async () => {
      const before = await figures();
      const { createOpinionReport: report } = await officer.ok(CREATE, {
        input: adoptedReport('关于村级河道保洁的建议', {
          leaderInstruction: true,
          instructionLevel: 'COUNTY',
          instructionLeader: '县委书记',
          instructedOn: `${YEAR}-04-10`,
          claimEvidence: '《社情信息》2026年第5期；县委办批示单 2026-17',
        }),
      });
      expect(report).toMatchObject({ version: 1, adoptionReview: 'PENDING', instructionReview: 'PENDING' });
      expect(await figures()).toEqual(before);

      const claims = await pendingOf(report.id);
      expect(claims.map((c) => [c.kind, c.review]).sort()).toEqual([
        ['LEADER_INSTRUCTION', 'PENDING'],
        ['OPINION_ADOPTION', 'PENDING'],
      ]);
      // Only the county decides.
      const adoption = claims.find((c) => c.kind === 'OPINION_ADOPTION')!;
      const denied = await officer.gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: adoption.id });
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      await api().ok(`mutation($id: ID!) { confirmClaim(id: $id) { review } }`, { id: adoption.id });
      expect(await figures()).toEqual({ ...before, adopted: before.adopted + 1 });

      const instruction = claims.find((c) => c.kind === 'LEADER_INSTRUCTION')!;
      const noReason = await api().gql(`mutation($id: ID!) { refuseClaim(id: $id, input: { note: " " }) { id } }`, {
        id: instruction.id,
      });
      expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      await api().ok(`mutation($id: ID!) { refuseClaim(id: $id, input: { note: "批示单未附，请补充" }) { review } }`, {
        id: instruction.id,
      });
      expect(await figures()).toEqual({ ...before, adopted: before.adopted + 1 });

      // The township sees the decisions and the reason; the record's version did not move.
      const { claims: seen } = await officer.ok(
        `query($id: Int!) { claims(filter: { recordId: $id, recordType: "OpinionReport" }) { nodes { kind review decisionNote decidedByName } } }`,
        { id: Number(report.id) },
      );
      expect(seen.nodes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'LEADER_INSTRUCTION',
            review: 'REFUSED',
            decisionNote: '批示单未附，请补充',
          }),
          expect.objectContaining({ kind: 'OPINION_ADOPTION', review: 'CONFIRMED' }),
        ]),
      );
      const { opinionReport } = await api().ok(`query($id: ID!) { opinionReport(id: $id) { version } }`, {
        id: report.id,
      });
      expect(opinionReport.version).toBe(1);

      // A decided claim is not decided again.
      const again = await api().gql(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: adoption.id });
      expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('makes a changed claim wait again, and confirms the county’s own at once', async () => {
      const { createOpinionReport: report } = await officer.ok(CREATE, {
        input: adoptedReport('关于农村寄递物流的建议', { claimEvidence: '《社情信息》2026年第6期' }),
      });
      const [claim] = await pendingOf(report.id);
      await api().ok(`mutation($id: ID!) { confirmClaim(id: $id) { id } }`, { id: claim.id });
      const counted = await figures();
      // An unrelated edit keeps the decision; raising the level is a new claim.
      await officer.ok(`mutation($id: ID!) { updateOpinionReport(id: $id, input: { content: "补充内容" }) { id } }`, {
        id: report.id,
      });
      expect(await figures()).toEqual(counted);
      const { updateOpinionReport: raised } = await officer.ok(
        `mutation($id: ID!) { updateOpinionReport(id: $id, input: { adoptionLevel: NATIONAL, claimEvidence: "全国政协采用通知" }) { adoptionReview } }`,
        { id: report.id },
      );
      expect(raised.adoptionReview).toBe('PENDING');
      expect(await figures()).toEqual({ ...counted, adopted: counted.adopted - 1 });

      const { createOpinionReport: own } = await api().ok(CREATE, { input: adoptedReport('县政协办公室登记的采用') });
      expect(own.adoptionReview).toBe('CONFIRMED');
      expect(await figures()).toEqual({ ...counted, adopted: counted.adopted });
    });
  },
  { demo: false },
);

describeOnDatabases('results entered before claims were kept (demo county, migrated data)', (api) => {
  it('keeps them counted through an unrelated edit, with no claim made', async () => {
    const officer = await api().as('officer');
    const { opinionReports } = await officer.ok(
      // 2025: the demo's year in review (2021–2024 are closed, and refuse the edit).
      `{ opinionReports(filter: { status: ADOPTED, year: 2025 }, page: { limit: 50 }) { nodes { id version year adoptionReview } } }`,
    );
    const report = (opinionReports.nodes as { id: string; version: number; adoptionReview: string }[]).find(
      (r) => r.adoptionReview === 'CONFIRMED',
    )!;
    expect(report).toBeDefined();
    const claimsOf = async () =>
      (
        await api().ok(
          `query($id: Int!) { claims(filter: { recordType: "OpinionReport", recordId: $id }) { totalCount } }`,
          {
            id: Number(report.id),
          },
        )
      ).claims.totalCount;
    const before = await claimsOf();
    const { updateOpinionReport: edited } = await officer.ok(
      `mutation($id: ID!, $v: Int!) { updateOpinionReport(id: $id, input: { content: "补充办理情况" }, expectedVersion: $v) { adoptionReview } }`,
      { id: report.id, v: report.version },
    );
    expect(edited.adoptionReview).toBe('CONFIRMED');
    expect(await claimsOf()).toBe(before);
  });
});
