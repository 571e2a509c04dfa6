import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, loginToken } from '../support/api';
import { buildYearOfRecords } from '../support/builders-b';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

describeOnDatabases(
  'exports',
  (api) => {
    let county: SmallCounty;

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      // Figures to export: proposals (accepted and rejected), activities and an opinion report of 2024.
      await buildYearOfRecords(api(), county, 2024);
    });

    const download = async (path: string, token?: string) => {
      const res = await fetch(`${api().url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
    };

    it('exports the comparison as a workbook with every township and the API’s figures', async () => {
      const token = await loginToken(api().url, 'leader');
      const file = await download('/export/comparison.xlsx?year=2024&metrics=proposalsSubmitted,acceptanceRate', token);
      expect(file.status).toBe(200);
      expect(file.type).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body as never);
      const sheet = book.getWorksheet('乡镇比较')!;
      const { townshipComparison } = await api().ok(
        `{ townshipComparison(year: 2024, metrics: ["proposalsSubmitted", "acceptanceRate"]) { rows { townshipName values { value rank } } } }`,
      );
      expect(townshipComparison.rows).toHaveLength(3);
      expect(townshipComparison.rows.some((r: { values: { value: number }[] }) => r.values[0].value > 0)).toBe(true);
      expect(sheet.rowCount).toBe(2 + townshipComparison.rows.length);
      const first = sheet.getRow(3).values as unknown[];
      expect(first[1]).toBe(townshipComparison.rows[0].townshipName);
      expect(first[2]).toBe(townshipComparison.rows[0].values[0].value);
      expect(first[3]).toBe(townshipComparison.rows[0].values[0].rank);
    });

    it('exports the annual summary as a Word document stating the sentences', async () => {
      const token = await loginToken(api().url, 'officer');
      const township = county.townships.own;
      const file = await download(`/export/annual-summary.docx?townshipId=${township}&year=2024`, token);
      expect(file.status).toBe(200);
      const xml = await (await JSZip.loadAsync(file.body)).file('word/document.xml')!.async('string');
      const { annualSummary } = await api().ok(
        `query($t: ID!) { annualSummary(townshipId: $t, year: 2024) { townshipName sentences } }`,
        { t: township },
      );
      expect(annualSummary.sentences.length).toBeGreaterThan(0);
      expect(xml).toContain(`${annualSummary.townshipName}2024年度政协工作总结`);
      for (const s of annualSummary.sentences) expect(xml).toContain(s);
    });

    it('writes a township named like a formula as text, and the figures as numbers (CSV/formula injection)', async () => {
      const name = '=HYPERLINK("http://example.invalid","点此")';
      await api().ok(
        `mutation($n: String!) { createTownship(input: { code: "341122901", name: $n, kind: TOWN }) { id } }`,
        { n: name },
      );
      const file = await download(
        '/export/comparison.xlsx?year=2024&metrics=proposalsSubmitted,acceptanceRate',
        await loginToken(api().url, 'leader'),
      );
      expect(file.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body as never);
      const sheet = book.getWorksheet('乡镇比较')!;
      const cells: ExcelJS.Cell[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
      // no cell is a formula, and the township's name is the neutralised text
      expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
      const named = cells.find((c) => String(c.value).includes('HYPERLINK'))!;
      expect(named.value).toBe(`'${name}`);
      // its counts and ranks stay numeric cells
      const row = sheet.getRow(Number(named.row)).values as unknown[];
      expect(typeof row[2]).toBe('number');
      expect(typeof row[3]).toBe('number');
    });

    it('refuses anonymous, unauthorised and malformed requests with a code', async () => {
      expect((await download('/export/comparison.xlsx?year=2024')).status).toBe(401);
      expect((await download('/export/comparison.xlsx?year=2024', await loginToken(api().url, 'unit'))).status).toBe(
        403,
      );
      const bad = await download('/export/comparison.xlsx?year=abc', await loginToken(api().url, 'admin'));
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body.toString()).errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'year',
      });
      expect(
        (await download('/export/annual-summary.docx?townshipId=99999&year=2024', await loginToken(api().url, 'admin')))
          .status,
      ).toBe(404);
    });
  },
  { demo: false },
);
