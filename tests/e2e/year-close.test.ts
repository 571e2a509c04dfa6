import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { browserAvailable, login, openPage, screenshot, startHarness, type Harness } from './browser';
import { client, loginToken } from '../support/api';

// docs/domain.md, year close: the county opens the review of a year, closes it, and the dashboard
// says the year is sealed; the page shows the snapshot's hash, which the API's snapshot matches.
describe.skipIf(!browserAvailable())('year close in the console', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('closes 2025, in review with an objection open, over it with a note, and shows the closed badge', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'admin');
    await page.getByRole('menuitem', { name: '年度封账' }).click();
    // The demo county has 2025 in review, with the officer's objection waiting.
    await page.goto(`${h.server.url}/#/year-close?year=2025`);
    await page.waitForSelector('text=2025年度正在核对');
    await page.waitForSelector('text=2025年度尚有 1 条数据异议待答复');
    await screenshot(page, 'year-close-review');

    await page.getByRole('button', { name: '封账', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('封账说明').fill('2025年度考核结果已公布；东城街道调研报告异议另行答复');
    await dialog.getByRole('button', { name: '封账', exact: true }).click();
    await page
      .getByRole('dialog', { name: /封账2025年度/ })
      .getByRole('button', { name: '确认' })
      .click();
    // Held back: the open objection must be answered, or closed over.
    await dialog.getByText(/尚有 1 条异议未答复/).waitFor();
    await dialog.getByLabel(/仍予封账/).check();
    await dialog.getByRole('button', { name: '封账', exact: true }).click();
    await page
      .getByRole('dialog', { name: /封账2025年度/ })
      .getByRole('button', { name: '确认' })
      .click();
    await page.waitForSelector('text=2025年度已封账：');
    const admin = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { yearSnapshot } = await admin.ok(`{ yearSnapshot(year: 2025) { hash snapshot } }`);
    expect(createHash('sha256').update(yearSnapshot.snapshot, 'utf8').digest('hex')).toBe(yearSnapshot.hash);
    expect(await page.locator('main').innerText()).toContain(yearSnapshot.hash);
    await screenshot(page, 'year-close-closed');

    await page.goto(`${h.server.url}/#/`);
    await page.getByRole('combobox', { name: '年度' }).first().click();
    await page.getByRole('option', { name: '2025年' }).click();
    await page.waitForSelector('text=2025年度已封账（第1版）');
    await screenshot(page, 'dashboard-year-closed');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows a leader, on a phone, the sealed year without the county’s buttons', async () => {
    const { page, errors } = await openPage(h, { width: 390, height: 844 });
    await login(h, page, 'leader');
    await page.goto(`${h.server.url}/#/year-close?year=2024`);
    await page.waitForSelector('text=2024年度已封账：');
    expect(await page.getByRole('button', { name: '重新开启' }).count()).toBe(0);
    // The demo's post-close correction of 2024 is listed, with its reason.
    await page.waitForSelector('text=理论学习会漏报，经核对签到表补录');
    await screenshot(page, 'year-close-leader-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
