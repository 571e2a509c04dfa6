import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, loginToken } from '../support/api';
import { buildYearOfRecords, type YearOfRecords } from '../support/builders-b';
import type { SmallCounty } from '../support/small-county';
import { buildSmallCounty } from '../support/small-county';

// docs/domain.md, year close: a closed year's figures are sealed in a snapshot whose SHA-256
// anyone can recompute from what the API returns.
const YEAR = 2024;
const STATUS = `query($y: Int!) { yearClose(year: $y) { state editions { edition state snapshotHash reopenReason } } }`;
const SNAPSHOT = `query($y: Int!, $e: Int) { yearSnapshot(year: $y, edition: $e) { edition hash snapshot } }`;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The canonical JSON of a value, written independently of the server's: sorted keys, no whitespace. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

describeOnDatabases(
  'year close: review, seal, reopen (年度封账)',
  (api) => {
    let county: SmallCounty;
    let records: YearOfRecords;
    beforeAll(async () => {
      county = await buildSmallCounty(api());
      records = await buildYearOfRecords(api(), county, YEAR);
    });

    it('refuses to close a year that is not in review, and an officer’s close', async () => {
      const early = await api().gql(`mutation { closeYear(year: ${YEAR}) { state } }`);
      expect(early.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(early.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'year' })]);
      const officer = await api().as('officer');
      const denied = await officer.gql(`mutation { openYearReview(year: ${YEAR}) { state } }`);
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await officer.ok(STATUS, { y: YEAR })).yearClose).toEqual({ state: 'OPEN', editions: [] });
    });

    it('seals the year’s figures with the SHA-256 of their canonical JSON', async () => {
      await api().ok(`mutation { openYearReview(year: ${YEAR}) { state } }`);
      const { closeYear } = await api().ok(
        `mutation { closeYear(year: ${YEAR}, note: "考核结果已公布") { edition state snapshotHash closedByName } }`,
      );
      expect(closeYear).toMatchObject({ edition: 1, state: 'CLOSED', closedByName: expect.any(String) });
      const { yearSnapshot } = await api()
        .as('leader')
        .then((leader) => leader.ok(SNAPSHOT, { y: YEAR }));
      expect(yearSnapshot.hash).toBe(closeYear.snapshotHash);
      expect(sha256(yearSnapshot.snapshot)).toBe(yearSnapshot.hash);
      const sealed = JSON.parse(yearSnapshot.snapshot);
      expect(canonical(sealed)).toBe(yearSnapshot.snapshot);

      // The sealed figures are the year's figures as the API gave them at the close.
      const { townshipComparison, assessment } = await api().ok(
        `query($y: Int!) { townshipComparison(year: $y) { rows { townshipId values { key value } } }
          assessment(year: $y) { rows { townshipId score rank } } }`,
        { y: YEAR },
      );
      const values = (rows: { townshipId: string; values: { key: string; value: number | null }[] }[]) =>
        rows.map((r) => [r.townshipId, r.values.map((v) => [v.key, v.value])]);
      expect(values(sealed.figures.comparison.rows)).toEqual(values(townshipComparison.rows));
      expect(
        sealed.figures.assessment.rows.map((r: { townshipId: string; score: number; rank: number }) => [
          r.townshipId,
          r.score,
          r.rank,
        ]),
      ).toEqual(
        assessment.rows.map((r: { townshipId: string; score: number; rank: number }) => [
          r.townshipId,
          r.score,
          r.rank,
        ]),
      );
      expect(sealed.figures.annualSummaries.length).toBeGreaterThan(1);
      expect(sealed).toMatchObject({ year: YEAR, edition: 1 });
    });

    it('reopens with a reason only, and a second close keeps the first edition readable', async () => {
      const noReason = await api().gql(`mutation { reopenYear(year: ${YEAR}, reason: " ") { state } }`);
      expect(noReason.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
      const first = (await api().ok(SNAPSHOT, { y: YEAR })).yearSnapshot;
      await api().ok(`mutation { reopenYear(year: ${YEAR}, reason: "补录遗漏的视察活动") { state } }`);
      expect((await api().ok(STATUS, { y: YEAR })).yearClose.state).toBe('REOPENED');
      await api().ok(`mutation { openYearReview(year: ${YEAR}) { edition } }`);
      const { closeYear } = await api().ok(`mutation { closeYear(year: ${YEAR}) { edition snapshotHash } }`);
      expect(closeYear.edition).toBe(2);

      const { yearClose } = await api().ok(STATUS, { y: YEAR });
      expect(yearClose.state).toBe('CLOSED');
      expect(yearClose.editions.map((e: { edition: number; state: string }) => [e.edition, e.state])).toEqual([
        [2, 'CLOSED'],
        [1, 'REOPENED'],
      ]);
      expect(yearClose.editions[1]).toMatchObject({ snapshotHash: first.hash, reopenReason: '补录遗漏的视察活动' });
      const again = (await api().ok(SNAPSHOT, { y: YEAR, e: 1 })).yearSnapshot;
      expect(again).toEqual(first);
      const latest = (await api().ok(SNAPSHOT, { y: YEAR })).yearSnapshot;
      expect(latest.edition).toBe(2);
      expect(sha256(latest.snapshot)).toBe(closeYear.snapshotHash);
      // The audit trail records each step.
      const { auditEntries } = await api().ok(
        `{ auditEntries(filter: { entityType: "YearEdition" }, page: { limit: 20 }) { nodes { action } } }`,
      );
      expect(auditEntries.nodes.map((n: { action: string }) => n.action).sort()).toEqual(
        ['CLOSE_YEAR', 'CLOSE_YEAR', 'CREATE', 'CREATE', 'REOPEN_YEAR'].sort(),
      );
    });

    it('refuses writes to the closed year, and takes the county’s correction with its reason into the drift report', async () => {
      const sealedHash = (await api().ok(SNAPSHOT, { y: YEAR })).yearSnapshot.hash;
      const officer = await api().as('officer');
      const ACTIVITY = `query($id: ID!) { activity(id: $id) { version title } }`;
      const before = (await api().ok(ACTIVITY, { id: records.activities.own })).activity;
      const edit = await officer.gql(
        `mutation($id: ID!) { updateActivity(id: $id, input: { title: "改名的学习" }) { id } }`,
        { id: records.activities.own },
      );
      expect(edit.errors?.[0].extensions).toMatchObject({ code: 'YEAR_CLOSED', year: YEAR, edition: 2 });
      expect((await api().ok(ACTIVITY, { id: records.activities.own })).activity).toEqual(before);

      const STUDY = `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`;
      const study = {
        kind: 'STUDY',
        title: '补录的理论学习',
        heldOn: `${YEAR}-09-02`,
        townshipId: county.townships.own,
      };
      const count = async () =>
        (await api().ok(`{ activities(filter: { q: "补录的理论学习" }) { totalCount } }`)).activities.totalCount;
      expect((await officer.gql(STUDY, { input: study })).errors?.[0].extensions?.code).toBe('YEAR_CLOSED');
      // The county too, unless it says why: then it is a post-close correction.
      expect((await api().gql(STUDY, { input: study })).errors?.[0].extensions?.code).toBe('YEAR_CLOSED');
      expect(await count()).toBe(0);
      const reason = '乡镇漏报9月理论学习，经核实补录';
      const { createActivity } = await api().ok(
        STUDY,
        { input: study },
        { 'x-correction-reason': encodeURIComponent(reason) },
      );
      expect(await count()).toBe(1);
      // Other years stay open to everyone.
      await officer.ok(STUDY, { input: { ...study, title: '下一年的学习', heldOn: `${YEAR + 1}-03-01` } });

      const { yearCorrections } = await api().ok(
        `query($y: Int!) { yearCorrections(year: $y) { edition entityType entityId action reason } }`,
        { y: YEAR },
      );
      expect(yearCorrections).toEqual([
        { edition: 2, entityType: 'Activity', entityId: createActivity.id, action: 'CREATE', reason },
      ]);
      const { yearDrift } = await api().ok(
        `query($y: Int!) { yearDrift(year: $y) { townshipId metric sealed current difference } }`,
        { y: YEAR },
      );
      expect(yearDrift).toContainEqual({
        townshipId: county.townships.own,
        metric: 'studySessions',
        sealed: 1,
        current: 2,
        difference: 1,
      });
      expect(yearDrift.every((d: { townshipId: string }) => d.townshipId === county.townships.own)).toBe(true);
      // The sealed figures did not move.
      expect((await api().ok(SNAPSHOT, { y: YEAR })).yearSnapshot.hash).toBe(sealedHash);
      // Reads of the closed year come from the snapshot, and say so.
      const { townshipComparison, assessment, annualSummary } = await officer.ok(
        `query($y: Int!, $t: ID!) {
          townshipComparison(year: $y, metrics: ["studySessions"]) { closedAt snapshotHash metrics { key } rows { townshipId values { key value } } }
          assessment(year: $y) { snapshotHash }
          annualSummary(year: $y, townshipId: $t) { snapshotHash figures { key value } } }`,
        { y: YEAR, t: county.townships.own },
      );
      expect(townshipComparison).toMatchObject({ snapshotHash: sealedHash, metrics: [{ key: 'studySessions' }] });
      expect(townshipComparison.closedAt).toEqual(expect.any(String));
      const own = townshipComparison.rows.find((r: { townshipId: string }) => r.townshipId === county.townships.own);
      expect(own.values).toEqual([{ key: 'studySessions', value: 1 }]);
      expect(assessment.snapshotHash).toBe(sealedHash);
      expect(annualSummary.snapshotHash).toBe(sealedHash);
      // The township's trend reads the closed year from the snapshot too, the open year from the records.
      const { townshipMetrics } = await officer.ok(
        `query($t: ID!, $from: Int!, $to: Int!) {
          townshipMetrics(townshipId: $t, fromYear: $from, toYear: $to) { year closedAt snapshotHash values { key value perMember } } }`,
        { t: county.townships.own, from: YEAR, to: YEAR + 1 },
      );
      const studyOf = (y: { values: { key: string; value: number | null; perMember: number | null }[] }) =>
        y.values.find((v) => v.key === 'studySessions');
      expect(townshipMetrics[0]).toMatchObject({ year: YEAR, snapshotHash: sealedHash, closedAt: expect.any(String) });
      expect(studyOf(townshipMetrics[0])?.value).toBe(1);
      expect(studyOf(townshipMetrics[0])?.perMember).toEqual(expect.any(Number));
      expect(townshipMetrics[1]).toMatchObject({ year: YEAR + 1, snapshotHash: null, closedAt: null });
      const nextYear = await api().ok(
        `query($y: Int!) { townshipComparison(year: $y, metrics: ["studySessions"]) { rows { townshipId values { value } } } }`,
        { y: YEAR + 1 },
      );
      const nextOwn = nextYear.townshipComparison.rows.find(
        (r: { townshipId: string }) => r.townshipId === county.townships.own,
      );
      expect(studyOf(townshipMetrics[1])?.value).toBe(nextOwn.values[0].value);
      // An open year is computed from the records: no seal.
      const next = await api().ok(`query($y: Int!) { townshipComparison(year: $y) { closedAt snapshotHash } }`, {
        y: YEAR + 1,
      });
      expect(next.townshipComparison).toEqual({ closedAt: null, snapshotHash: null });
    });

    it('says in the exports of the closed year that their figures are the sealed ones, with the hash', async () => {
      const hash = (await api().ok(SNAPSHOT, { y: YEAR })).yearSnapshot.hash;
      const token = await loginToken(api().url, 'leader');
      const download = async (path: string) => {
        const res = await fetch(`${api().url}${path}`, { headers: { authorization: `Bearer ${token}` } });
        expect(res.status).toBe(200);
        return Buffer.from(await res.arrayBuffer());
      };
      const sheetText = async (year: number) => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load((await download(`/export/comparison.xlsx?year=${year}`)) as never);
        const sheet = book.getWorksheet('乡镇比较')!;
        return String(sheet.getRow(sheet.rowCount).getCell(1).value);
      };
      const docText = async (path: string) =>
        (await JSZip.loadAsync(await download(path))).file('word/document.xml')!.async('string');
      expect(await sheetText(YEAR)).toContain(`${YEAR}年度已于`);
      expect(await sheetText(YEAR)).toContain(hash);
      expect(await sheetText(YEAR + 1)).not.toContain('封账');
      const summary = await docText(`/export/annual-summary.docx?townshipId=${county.townships.own}&year=${YEAR}`);
      expect(summary).toContain(`SHA-256：${hash}`);
      expect(await docText(`/export/county-report.docx?year=${YEAR}`)).toContain(`SHA-256：${hash}`);
      expect(await docText(`/export/county-report.docx?year=${YEAR + 1}`)).not.toContain('SHA-256');
    });

    it('refuses a proposal submitted into or withdrawn from the closed year, and a change of its rules or scheme', async () => {
      const officer = await api().as('officer');
      const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
      const input = {
        title: '封账后补交的提案',
        content: '建议有关部门统筹推进。',
        category: 'URBAN_RURAL',
        proposerKind: 'MEMBER',
        leadMemberId: county.members.own[2],
        submittedOn: `${YEAR}-03-01`,
      };
      const count = async () =>
        (await api().ok(`{ proposals(filter: { q: "封账后补交的提案" }) { totalCount } }`)).proposals.totalCount;
      expect((await officer.gql(SUBMIT, { input })).errors?.[0].extensions?.code).toBe('YEAR_CLOSED');
      expect(await count()).toBe(0);
      const reason = '乡镇漏报的提案，经核实补录';
      const { submitProposal } = await api().ok(
        SUBMIT,
        { input },
        { 'x-correction-reason': encodeURIComponent(reason) },
      );
      const withdraw = await officer.gql(`mutation($id: ID!) { deleteProposal(id: $id) }`, { id: submitProposal.id });
      expect(withdraw.errors?.[0].extensions?.code).toBe('YEAR_CLOSED');
      expect(await count()).toBe(1);

      const RULES = `mutation($y: Int!) { setDutyRules(year: $y, rules: [{ key: PROPOSAL, minCount: 3, points: 5 }]) { isDefault } }`;
      const SCHEME = `mutation($y: Int!) { setAssessmentScheme(year: $y, items: [{ key: "studySessions", weight: 1 }]) { key } }`;
      const READ = `query($y: Int!) { dutyRuleSet(year: $y) { rules { key minCount } } assessmentScheme(year: $y) { key weight } }`;
      const before = await api().ok(READ, { y: YEAR });
      for (const change of [RULES, SCHEME])
        expect((await api().gql(change, { y: YEAR })).errors?.[0].extensions?.code).toBe('YEAR_CLOSED');
      expect(await api().ok(READ, { y: YEAR })).toEqual(before);

      const { yearCorrections } = await api().ok(
        `query($y: Int!) { yearCorrections(year: $y) { entityType entityId action reason } }`,
        { y: YEAR },
      );
      expect(yearCorrections).toContainEqual({
        entityType: 'Proposal',
        entityId: submitProposal.id,
        action: 'CREATE',
        reason,
      });
    });

    it('opens the review of several years, each its own first edition', async () => {
      for (const year of [2021, 2022]) {
        const { openYearReview } = await api().ok(
          `mutation($y: Int!) { openYearReview(year: $y) { year edition state } }`,
          {
            y: year,
          },
        );
        expect(openYearReview).toEqual({ year, edition: 1, state: 'REVIEW' });
      }
    });

    it('refuses a change of a member’s history that reaches into the closed year, and takes one after it', async () => {
      const TRANSFER = `mutation($id: ID!, $input: TransferMemberInput!) { transferMember(id: $id, input: $input) { id townshipId } }`;
      const member = county.members.own[1];
      const into = await api().gql(TRANSFER, {
        id: member,
        input: { townshipId: county.townships.other, effectiveOn: `${YEAR}-07-01`, note: '工作调动' },
      });
      expect(into.errors?.[0].extensions).toMatchObject({ code: 'YEAR_CLOSED', year: YEAR });
      const { member: unchanged } = await api().ok(`query($id: ID!) { member(id: $id) { townshipId } }`, {
        id: member,
      });
      expect(unchanged.townshipId).toBe(county.townships.own);
      const { transferMember } = await api().ok(TRANSFER, {
        id: member,
        input: {
          townshipId: county.townships.other,
          effectiveOn: `${new Date().getFullYear()}-01-01`,
          note: '工作调动',
        },
      });
      expect(transferMember.townshipId).toBe(county.townships.other);
    });

    it('refuses a member whose joining date reaches into the closed year, added or moved, unless corrected', async () => {
      const input = {
        name: '补录委员',
        gender: 'FEMALE',
        affiliation: 'NON_PARTY',
        sectorId: county.sectors[0],
        townshipId: county.townships.own,
        kind: 'COUNTY_MEMBER',
        term: '第十一届',
        joinedOn: `${YEAR}-03-01`,
      };
      const CREATE = `mutation($input: MemberInput!) { createMember(input: $input) { id joinedOn } }`;
      const added = await api().gql(CREATE, { input });
      expect(added.errors?.[0].extensions).toMatchObject({ code: 'YEAR_CLOSED', year: YEAR });
      const { createMember } = await api().ok(CREATE, { input: { ...input, joinedOn: `${YEAR + 1}-03-01` } });
      const moved = await api().gql(
        `mutation($id: ID!) { updateMember(id: $id, input: { joinedOn: "${YEAR}-11-01" }) { id } }`,
        { id: createMember.id },
      );
      expect(moved.errors?.[0].extensions).toMatchObject({ code: 'YEAR_CLOSED', year: YEAR });
      const corrected = await api().gql(
        `mutation($id: ID!) { updateMember(id: $id, input: { joinedOn: "${YEAR}-11-01" }) { joinedOn } }`,
        { id: createMember.id },
        { 'x-correction-reason': encodeURIComponent('入会时间按县政协常委会决定更正') },
      );
      expect(corrected.data?.updateMember).toEqual({ joinedOn: `${YEAR}-11-01` });
    });
  },
  { demo: false },
);
