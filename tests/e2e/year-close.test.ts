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

  it('opens the review of 2024, closes it, and shows the closed badge on the dashboard', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'admin');
    await page.getByRole('menuitem', { name: '年度封账' }).click();
    await page.goto(`${h.server.url}/#/year-close?year=2024`);
    await page.waitForSelector('text=2024年度尚未封账');
    await page.getByRole('button', { name: '开启核对' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '开启核对' }).click();
    await page.waitForSelector('text=2024年度正在核对');

    await page.getByRole('button', { name: '封账', exact: true }).click();
    await page.getByRole('dialog').getByLabel('封账说明').fill('2024年度考核结果已公布');
    await page.getByRole('dialog').getByRole('button', { name: '封账', exact: true }).click();
    // Asked once more before sealing.
    await page
      .getByRole('dialog', { name: /封账2024年度/ })
      .getByRole('button', { name: '确认' })
      .click();
    await page.waitForSelector('text=2024年度已封账：');
    const admin = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { yearSnapshot } = await admin.ok(`{ yearSnapshot(year: 2024) { hash snapshot } }`);
    expect(createHash('sha256').update(yearSnapshot.snapshot, 'utf8').digest('hex')).toBe(yearSnapshot.hash);
    expect(await page.locator('main').innerText()).toContain(yearSnapshot.hash);
    await screenshot(page, 'year-close-closed');

    await page.goto(`${h.server.url}/#/`);
    await page.getByRole('combobox', { name: '年度' }).first().click();
    await page.getByRole('option', { name: '2024年' }).click();
    await page.waitForSelector('text=2024年度已封账（第1版）');
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
    await screenshot(page, 'year-close-leader-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
