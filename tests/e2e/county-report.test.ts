import fs from 'node:fs';
import path from 'node:path';
import { todayInChina } from '@cppcc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, login, openPage, OUTPUT, screenshot, startHarness, type Harness } from './browser';
import { client, loginToken } from '../support/api';

// 全县年度综述 in the console: a leader opens it from the menu, reads the sentences and the tables,
// sorts the township table, downloads the Word document and prints it without the menu; a closed
// year shows its seal with the snapshot's hash.
describe.skipIf(!browserAvailable())('county annual report in the console', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a leader the report of the demo county’s year, its tables, the Word file and an A4 print', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'leader');
    await page.getByRole('menuitem', { name: '全县年度综述' }).click();
    // The page opens on the last complete year.
    const shown = Number(todayInChina().slice(0, 4)) - 1;
    const leader = client(h.server.url, await loginToken(h.server.url, 'leader'));
    const { countyAnnualReport } = await leader.ok(
      `query($y: Int!) { countyAnnualReport(year: $y) { sentences townships { townshipName } } }`,
      { y: shown },
    );
    expect(countyAnnualReport.sentences.length).toBeGreaterThan(3);
    await page.waitForSelector(`text=${shown}年度全县乡镇政协工作综述`);
    const main = page.locator('main');
    for (const s of countyAnnualReport.sentences) expect(await main.innerText()).toContain(s);
    await page.getByRole('columnheader', { name: '达标率' }).waitFor();
    expect(await page.getByRole('button', { name: '下载Word' }).isEnabled()).toBe(true);
    await screenshot(page, 'county-report-desktop');
    await page.screenshot({ path: path.join(OUTPUT, 'county-report-desktop-full.png'), fullPage: true });

    // Sorting: the first click on 考核得分 puts the highest score first (rank 1).
    await page.getByRole('button', { name: '名次' }).click();
    await page.getByRole('button', { name: '考核得分' }).click();
    const firstRank = await page.locator('table').nth(1).locator('tbody tr').first().locator('td').nth(1).innerText();
    expect(firstRank).toBe('1');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载Word' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${shown}年度全县乡镇政协工作综述.docx`);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');

    // Printed: no menu, no app bar, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.getByRole('menuitem', { name: '全县年度综述' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '下载Word' }).isVisible()).toBe(false);
    expect(await main.getByText(`${shown}年度全县乡镇政协工作综述`, { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'county-report-print');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    fs.writeFileSync(path.join(OUTPUT, 'county-report-print.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });

    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows a closed year’s seal to a leader on a phone', async () => {
    const admin = client(h.server.url, await loginToken(h.server.url, 'admin'));
    // The demo county has closed 2021–2024.
    const { yearSnapshot } = await admin.ok(`{ yearSnapshot(year: 2024) { hash } }`);
    const closeYear = { snapshotHash: yearSnapshot.hash as string };

    const { page, errors, consoleErrors } = await openPage(h, { width: 390, height: 844 });
    await login(h, page, 'leader');
    await page.goto(`${h.server.url}/#/county-report?year=2024`);
    await page.waitForSelector('text=2024年度全县乡镇政协工作综述');
    await page.waitForSelector(`text=已封账 · ${closeYear.snapshotHash.slice(0, 12)}…`);
    expect(await page.locator('main').innerText()).toContain(closeYear.snapshotHash);
    await screenshot(page, 'county-report-phone');
    // The page is no wider than the phone: wide tables scroll inside their own box.
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('is not in an officer’s menu', async () => {
    const { page } = await openPage(h);
    await login(h, page, 'officer');
    await page.getByRole('menuitem', { name: '年度工作总结' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '全县年度综述' }).count()).toBe(0);
    await page.context().close();
  });
});
