import JSZip from 'jszip';
import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, loginToken } from '../support/api';
import { buildYearOfRecords, create } from '../support/builders-b';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

// 全县年度综述 (countyAnnualReport, GET /export/county-report.docx): the county's report on the
// townships' year, made of the year's comparison, assessment and member duty; a closed year's from
// its snapshot.
const YEAR = 2024;
const REPORT = `query($y: Int!) { countyAnnualReport(year: $y) {
  year townshipCount closedAt snapshotHash sentences text
  figures { key label kind unit total mean median previousTotal change changeRate }
  top { townshipId townshipName rank score } bottom { townshipId rank score }
  movers { key rises { townshipId value previous change changeRate } falls { townshipId change } }
  townships { townshipId townshipName rank score figures { key value } planCompletionRate members membersMeetingAllRules dutyComplianceRate }
  duty { members membersMeetingAllRules rate } } }`;

type Row = { townshipId: string; values: { key: string; value: number | null }[] };
type Figure = { key: string; kind: string; total: number | null; mean: number | null; median: number | null };

describeOnDatabases(
  'county annual report (全县年度综述)',
  (api) => {
    let county: SmallCounty;
    beforeAll(async () => {
      county = await buildSmallCounty(api());
      // Two years alike, and in 2024 one more study of the officer's township: a mover.
      await buildYearOfRecords(api(), county, YEAR - 1);
      await buildYearOfRecords(api(), county, YEAR);
      await create(api(), 'createActivity', 'ActivityInput', {
        kind: 'STUDY',
        title: `${YEAR}年甲山镇专题学习`,
        heldOn: `${YEAR}-10-15`,
        townshipId: county.townships.own,
        participants: county.members.own.map((memberId) => ({ memberId })),
      });
    });

    const download = async (path: string, user: 'admin' | 'leader' | 'officer') => {
      const res = await fetch(`${api().url}${path}`, {
        headers: { authorization: `Bearer ${await loginToken(api().url, user)}` },
      });
      return {
        status: res.status,
        disposition: res.headers.get('content-disposition') ?? '',
        body: Buffer.from(await res.arrayBuffer()),
      };
    };

    it('totals are the sums of the comparison’s township rows, means and medians its own', async () => {
      const leader = await api().as('leader');
      const {
        countyAnnualReport: report,
        townshipComparison,
        memberDuty,
      } = await leader.ok(
        `query($y: Int!) { ${REPORT.slice(REPORT.indexOf('{') + 1, REPORT.lastIndexOf('}'))}
          townshipComparison(year: $y) { metrics { key mean median } rows { townshipId values { key value } } }
          memberDuty(year: $y) { townshipId allMet } }`,
        { y: YEAR },
      );
      const rows: Row[] = townshipComparison.rows;
      const sum = (key: string) => rows.reduce((s, r) => s + (r.values.find((v) => v.key === key)?.value ?? 0), 0);
      const counted = report.figures.filter((f: Figure) => f.kind !== 'rate');
      expect(counted.length).toBeGreaterThan(10);
      for (const f of counted as Figure[]) expect([f.key, f.total]).toEqual([f.key, sum(f.key)]);
      for (const f of report.figures as Figure[]) {
        const m = townshipComparison.metrics.find((x: { key: string }) => x.key === f.key);
        expect([f.key, f.mean, f.median]).toEqual([f.key, m.mean, m.median]);
      }
      const figure = (key: string) => report.figures.find((f: Figure) => f.key === key);
      expect(figure('studySessions')).toMatchObject({ total: 2, previousTotal: 1, change: 1, unit: '次' });
      expect(figure('proposalsSubmitted')).toMatchObject({ total: 3, previousTotal: 3, change: 0 });
      expect(figure('acceptanceRate').total).toBeCloseTo(2 / 3, 10);

      // Duty: the member duty table counted per township and for the county.
      expect(report.duty.members).toBe(memberDuty.length);
      expect(report.duty.membersMeetingAllRules).toBe(memberDuty.filter((m: { allMet: boolean }) => m.allMet).length);
      for (const t of report.townships)
        expect(t.members).toBe(memberDuty.filter((m: { townshipId: string }) => m.townshipId === t.townshipId).length);
      expect(report.townships.map((t: { townshipId: string }) => t.townshipId)).toEqual(rows.map((r) => r.townshipId));
      expect(report).toMatchObject({ year: YEAR, townshipCount: 3, closedAt: null, snapshotHash: null });
    });

    it('states the year in sentences, the mover against last year among them', async () => {
      const { countyAnnualReport: report } = await api().ok(REPORT, { y: YEAR });
      expect(report.sentences[0]).toMatch(/^2024年，全县3个乡镇（街道）共开展各类学习2次、平均每个乡镇0\.7次/);
      expect(report.text).toContain('各乡镇委员共提交提案3件，立案2件，立案率66.67%');
      expect(report.text).toContain('与上年相比，各乡镇集中学习增加1次，增长100%');
      expect(report.text).toContain('集中学习增加最多的是甲山镇（增加1次）');
      expect(report.text).toContain('年度考核得分由高到低依次为甲山镇');
      const study = report.movers.find((m: { key: string }) => m.key === 'studySessions');
      expect(study.rises).toEqual([
        { townshipId: county.townships.own, value: 2, previous: 1, change: 1, changeRate: 1 },
      ]);
      expect(report.text).toBe(report.sentences.join(''));
      // A year with no records has nothing to say.
      const empty = (await api().ok(REPORT, { y: 2010 })).countyAnnualReport;
      expect(empty.sentences).toEqual([]);
      expect(empty.top).toEqual([]);
      expect(empty.duty).toEqual({ members: 0, membersMeetingAllRules: 0, rate: null });
    });

    it('is for county admins and leaders, not township officers', async () => {
      const officer = await api().as('officer');
      const denied = await officer.gql(REPORT, { y: YEAR });
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await download(`/export/county-report.docx?year=${YEAR}`, 'officer')).status).toBe(403);
      const bad = await api().gql(REPORT, { y: 1900 });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('downloads as a Word document in the official format', async () => {
      const file = await download(`/export/county-report.docx?year=${YEAR}`, 'leader');
      expect(file.status).toBe(200);
      expect(decodeURIComponent(file.disposition)).toContain(`${YEAR}年度全县乡镇政协工作综述.docx`);
      const xml = await (await JSZip.loadAsync(file.body)).file('word/document.xml')!.async('string');
      const { countyAnnualReport: report } = await api().ok(REPORT, { y: YEAR });
      expect(xml).toContain(`${YEAR}年度全县乡镇政协工作综述`);
      expect(xml).toContain(report.sentences[0]);
      expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
      expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
      expect(xml).toContain('县政协办公室');
    });

    it('reads a closed year from its snapshot: sealed, and unmoved by a correction that moves the records', async () => {
      await api().ok(`mutation { openYearReview(year: ${YEAR}) { state } }`);
      const { closeYear } = await api().ok(`mutation { closeYear(year: ${YEAR}) { snapshotHash closedAt } }`);
      const sealed = (await api().ok(REPORT, { y: YEAR })).countyAnnualReport;
      expect(sealed.snapshotHash).toBe(closeYear.snapshotHash);
      // To the second: MySQL keeps the edition's closedAt without milliseconds, the snapshot with them.
      const second = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
      expect(second(sealed.closedAt)).toBe(second(closeYear.closedAt));

      const count = async () =>
        (await api().ok(`{ activities(filter: { q: "补录的专题学习" }) { totalCount } }`)).activities.totalCount;
      expect(await count()).toBe(0);
      await api().ok(
        `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`,
        {
          input: {
            kind: 'STUDY',
            title: '补录的专题学习',
            heldOn: `${YEAR}-11-20`,
            townshipId: county.townships.other,
          },
        },
        { 'x-correction-reason': encodeURIComponent('乡镇漏报11月学习，经核实补录') },
      );
      // The records moved (the drift says so); the report did not.
      expect(await count()).toBe(1);
      const { yearDrift } = await api().ok(`query($y: Int!) { yearDrift(year: $y) { townshipId metric current } }`, {
        y: YEAR,
      });
      expect(yearDrift).toContainEqual({ townshipId: county.townships.other, metric: 'studySessions', current: 1 });
      const after = (await api().ok(REPORT, { y: YEAR })).countyAnnualReport;
      expect(after).toEqual(sealed);

      // The Word document of the closed year is the sealed report's, dated the day of the close.
      const xml = await (
        await JSZip.loadAsync((await download(`/export/county-report.docx?year=${YEAR}`, 'admin')).body)
      )
        .file('word/document.xml')!
        .async('string');
      for (const s of sealed.sentences) expect(xml).toContain(s);
      const closedOn = new Date(new Date(closeYear.closedAt).getTime() + 8 * 3600_000);
      expect(xml).toContain(`${closedOn.getUTCFullYear()}年${closedOn.getUTCMonth() + 1}月${closedOn.getUTCDate()}日`);
    });
  },
  { demo: false },
);
