import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, loginToken, type ImportAnswer } from '../support/api';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';
import { xlsxBomb } from '../support/zip-bomb';

async function workbook(headers: string[], rows: (string | number | Date)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const MEMBER_HEADERS = [
  '姓名*',
  '性别*',
  '政治面貌*',
  '界别*',
  '所在乡镇*',
  '委员类别*',
  '届别*',
  '联系电话',
  '出生日期',
  '加入日期*',
];

describeOnDatabases(
  'Excel import of members and activities',
  (api) => {
    let county: SmallCounty;

    beforeAll(async () => {
      county = await buildSmallCounty(api());
    });

    const upload = async (kind: string, file: Buffer, dryRun: boolean, user = 'admin') => {
      const res = await fetch(`${api().url}/import/${kind}?dryRun=${dryRun}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await loginToken(api().url, user)}`,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        body: file,
      });
      return { status: res.status, body: (await res.json()) as ImportAnswer };
    };
    /** The names a sheet carries for the county's townships (own, other, third) and first two sectors. */
    const names = async () =>
      await api().ok(
        `query($t: [ID!], $s: [ID!]) { townships(filter: { ids: $t }, sort: [{ field: ID }]) { nodes { id name } } sectors(filter: { ids: $s }, sort: [{ field: ID }]) { nodes { name } } }`,
        {
          t: [county.townships.own, county.townships.other, county.townships.third],
          s: county.sectors.slice(0, 2),
        },
      );

    it('offers a template with the columns', async () => {
      const res = await fetch(`${api().url}/import/templates/members.xlsx`);
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await res.arrayBuffer()) as never);
      const header = (book.worksheets[0].getRow(1).values as string[]).filter(Boolean);
      expect(header).toEqual(expect.arrayContaining(['姓名*', '性别*', '所在乡镇*', '界别*', '联系电话']));
    });

    it('lists every bad row in a dry run, and imports nothing from a file with any bad row', async () => {
      const { townships, sectors } = await names();
      const t = townships.nodes[1].name;
      const s = sectors.nodes[0].name;
      const file = await workbook(MEMBER_HEADERS, [
        ['导入甲', '男', '中共', s, t, '县政协委员', '第十一届', '13900000001', '1970-01-02', '2022-01-10'],
        ['导入乙', '女', '无党派', s, t, '常委', '第十一届', '', '1980/5/6', '2022/1/10'],
        ['导入丙', '男', '中共', s, '不存在镇', '县政协委员', '第十一届', '', '', '2022-01-10'],
        ['导入丁', '未知', '中共', s, t, '县政协委员', '第十一届', '12345', '', '2022-01-10'],
        ['导入戊', '男', '中共', s, t, '县政协委员', '第十一届', '', '2999-01-01', '2022-01-10'],
      ]);
      const dry = await upload('members', file, true);
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ dryRun: true, ok: false, rows: 5, created: 0 });
      const byRow = (row: number) =>
        dry.body.errors.filter((e: { row: number }) => e.row === row).map((e: { field: string }) => e.field);
      expect(byRow(4)).toEqual(['input.townshipId']);
      expect(byRow(5)).toEqual(['input.gender']);
      // A birth date in the future, and so a joining date before birth.
      expect(byRow(6)).toEqual(['input.birthDate', 'input.joinedOn']);
      expect(byRow(2)).toEqual([]);
      for (const e of dry.body.errors) expect(e.message.length).toBeGreaterThan(2);
      const real = await upload('members', file, false);
      expect(real.body).toMatchObject({ ok: false, created: 0 });
      expect((await api().ok(`{ members(filter: { q: "导入" }) { totalCount } }`)).members.totalCount).toBe(0);
    });

    it('imports a clean file whole, through the same rules and audit as single creates', async () => {
      const { townships, sectors } = await names();
      const rows = [1, 2, 3].map((i) => [
        `批量${i}`,
        '女',
        '群众',
        sectors.nodes[1].name,
        townships.nodes[2].name,
        '县政协委员',
        '第十一届',
        `1390000001${i}`,
        '1985-01-01',
        '2022-01-10',
      ]);
      const file = await workbook(MEMBER_HEADERS, rows);
      expect((await upload('members', file, true)).body).toMatchObject({ ok: true, created: 0, errors: [] });
      expect((await api().ok(`{ members(filter: { q: "批量" }) { totalCount } }`)).members.totalCount).toBe(0);
      const real = await upload('members', file, false);
      expect(real.body).toMatchObject({ ok: true, created: 3, errors: [] });
      const after = await api().ok(`{ members(filter: { q: "批量" }) { totalCount nodes { townshipId phone } } }`);
      expect(after.members.totalCount).toBe(3);
      expect(after.members.nodes.every((m: { townshipId: string }) => m.townshipId === townships.nodes[2].id)).toBe(
        true,
      );
    });

    it('refuses rows outside an officer’s township', async () => {
      const { townships, sectors } = await names();
      const file = await workbook(MEMBER_HEADERS, [
        [
          '越界导入',
          '男',
          '中共',
          sectors.nodes[0].name,
          townships.nodes[1].name,
          '县政协委员',
          '第十一届',
          '',
          '',
          '2022-01-10',
        ],
      ]);
      const res = await upload('members', file, false, 'officer');
      expect(res.body.ok).toBe(false);
      expect(res.body.errors[0]).toMatchObject({ row: 2 });
      expect((await upload('members', file, false, 'leader')).status).toBe(403);
    });

    it('imports activities with their participants by name', async () => {
      const { members, townships } = await api().ok(
        `query($m: [ID!], $t: [ID!]) { members(filter: { ids: $m }, sort: [{ field: ID }]) { nodes { name } } townships(filter: { ids: $t }) { nodes { name } } }`,
        { m: county.members.own.slice(0, 2), t: [county.townships.own] },
      );
      const file = await workbook(
        ['活动类型*', '活动名称*', '活动日期*', '组织乡镇', '协商规模', '提出建议数', '采纳建议数', '出席委员'],
        [
          [
            '协商',
            '导入的村头协商',
            '2025-05-06',
            townships.nodes[0].name,
            '微协商',
            5,
            3,
            `${members.nodes[0].name}、${members.nodes[1].name}`,
          ],
          ['学习', '导入的集中学习', '2025年6月1日', townships.nodes[0].name, '', '', '', members.nodes[0].name],
        ],
      );
      const res = await upload('activities', file, false);
      expect(res.body, JSON.stringify(res.body)).toMatchObject({ ok: true, created: 2 });
      const { activities } = await api().ok(
        `{ activities(filter: { q: "导入的" }) { totalCount nodes { title heldOn consultationScale participantCount } } }`,
      );
      expect(activities.totalCount).toBe(2);
      expect(activities.nodes.find((a: { title: string }) => a.title === '导入的村头协商')).toMatchObject({
        heldOn: '2025-05-06',
        consultationScale: 'MICRO',
        participantCount: 2,
      });
    });

    it('answers a file that is not a workbook with BAD_USER_INPUT', async () => {
      const res = await upload('members', Buffer.from('not a spreadsheet'), true);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a zip bomb, both as declared and as inflated, naming the file', async () => {
      const bomb = await xlsxBomb(60 * 1024 * 1024);
      for (const file of [bomb.honest, bomb.lying]) {
        const res = await upload('members', file, true, 'officer');
        expect(res.status).toBe(400);
        expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
        expect(res.body.errors[0].message).toMatch(/sheet1\.xml.*(超过上限 50 MB|超过其声明).*压缩炸弹/);
      }
    });

    it('refuses an upload over 10 MB, and reads no body before the caller is known', async () => {
      const big = await upload('members', Buffer.alloc(11 * 1024 * 1024, 1), true);
      expect(big.status).toBe(413);
      expect(big.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(big.body.errors[0].message).toMatch(/文件过大/);
      const anonymous = await fetch(`${api().url}/import/members?dryRun=true`, {
        method: 'POST',
        body: Buffer.alloc(11 * 1024 * 1024, 1),
      });
      expect(anonymous.status).toBe(401);
    });
  },
  { demo: false },
);
