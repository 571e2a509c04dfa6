import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { loginToken, TEST_MYSQL_URL, type DatabaseKind } from '../support/api';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { xlsxBomb, type XlsxBomb } from '../support/zip-bomb';
import { mysqlReachable } from '@cppcc/server/src/index';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const mysqlUp = await mysqlReachable(TEST_MYSQL_URL);
const MB = 1024 * 1024;

let bomb: XlsxBomb;
beforeAll(async () => {
  bomb = await xlsxBomb(400 * MB);
}, 120_000);

// The built server in a process of its own (its RSS is measured apart from the test's), on each database.
for (const kind of ['sqlite', 'mysql'] as DatabaseKind[]) {
  describe.skipIf(kind === 'mysql' && !mysqlUp && !ci)(`a zip bomb posted to the import [${kind}]`, () => {
    let server: ServerProcess;
    let token: string;
    beforeAll(async () => {
      server = await startServerProcess(kind);
      token = await loginToken(server.url, 'officer');
    }, 180_000);
    afterAll(async () => server?.stop());

    const upload = async (file: Buffer) => {
      const started = Date.now();
      const res = await fetch(`${server.url}/import/members?dryRun=true`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
        body: file,
        signal: AbortSignal.timeout(50_000),
      });
      return {
        status: res.status,
        body: (await res.json()) as {
          errors?: { message: string; extensions: { code: string; field?: string } }[];
          ok?: boolean;
        },
        ms: Date.now() - started,
      };
    };
    const smallWorkbook = async () => {
      const book = new ExcelJS.Workbook();
      book
        .addWorksheet('导入')
        .addRow(['姓名*', '性别*', '政治面貌*', '界别*', '所在乡镇*', '委员类别*', '届别*', '加入日期*']);
      return Buffer.from(await book.xlsx.writeBuffer());
    };

    it('refuses four at once quickly, with bounded memory, while /healthz keeps answering', async () => {
      expect(bomb.honest.length).toBeLessThan(2 * MB);
      // Warm up (a normal dry run loads the workbook parser) so that the baseline holds it.
      expect((await upload(await smallWorkbook())).status).toBe(200);
      const baseline = server.rss();
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, server.rss())), 20);
      let probing = true;
      const probes: number[] = [];
      const probe = (async () => {
        while (probing) {
          const started = Date.now();
          await fetch(`${server.url}/healthz`).then((r) => r.text());
          probes.push(Date.now() - started);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const started = Date.now();
      const answers = await Promise.all([bomb.honest, bomb.lying, bomb.honest, bomb.lying].map(upload));
      const allMs = Date.now() - started;
      await new Promise((r) => setTimeout(r, 100));
      probing = false;
      await probe;
      clearInterval(sampler);
      peak = Math.max(peak, server.rss());
      console.log(
        `[${kind}] ${(bomb.honest.length / 1024).toFixed(0)} KB bomb inflating to ${bomb.inflatedBytes / MB} MB, 4 at once: answers in ${answers.map((a) => a.ms).join('/')} ms (all ${allMs} ms); ` +
          `RSS ${(baseline / MB).toFixed(0)} → peak ${(peak / MB).toFixed(0)} MB (+${((peak - baseline) / MB).toFixed(0)}); /healthz ${probes.length} probes, slowest ${Math.max(...probes)} ms`,
      );
      for (const a of answers) {
        expect(a.status, JSON.stringify(a.body)).toBe(400);
        expect(a.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
        expect(a.body.errors?.[0].message).toMatch(/解压|压缩/);
        expect(a.ms).toBeLessThan(2000);
      }
      expect(peak - baseline).toBeLessThan(200 * MB);
      expect(probes.length).toBeGreaterThan(0);
      expect(Math.max(...probes)).toBeLessThan(200);
      // …and the server is still fine afterwards.
      const after = await upload(await smallWorkbook());
      expect(after.status, server.output()).toBe(200);
      expect(after.body).toMatchObject({ ok: true });
    }, 120_000);
  });
}
