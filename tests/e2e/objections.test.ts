import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, login, openPage, screenshot, startHarness, type Harness } from './browser';
import { client, loginToken } from '../support/api';

// docs/domain.md, objections: in a year's review a township officer objects to a figure of their
// township on a phone; the county sees it waiting, is held back from closing, and answers.
// The demo county has 2025 in review, with one objection of the officer's already waiting.
const YEAR = 2025;

describe.skipIf(!browserAvailable())('objections in the console', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lets the officer raise an objection on a phone, and shows it waiting', async () => {
    const { page, errors, consoleErrors } = await openPage(h, { width: 390, height: 844 });
    await login(h, page, 'officer');
    await page.goto(`${h.server.url}/#/objections`);
    await page.waitForSelector('text=本乡镇数据异议');
    await screenshot(page, 'objections-none-phone');
    await page.getByRole('link', { name: '提出异议' }).click();
    await page.getByRole('combobox', { name: '年度' }).click();
    await page.getByRole('option', { name: String(YEAR) }).click();
    await page.getByRole('combobox', { name: '数据项' }).click();
    await page.getByRole('option', { name: /学习/ }).first().click();
    await page.getByLabel('异议理由').fill('4月理论学习会未登记，本镇实际开展学习次数应加1');
    await page.getByLabel('证明材料').fill('2025年4月学习会签到表');
    await screenshot(page, 'objection-raise-phone');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForSelector('text=4月理论学习会未登记');
    expect(await page.locator('main').innerText()).toContain('待答复');
    await screenshot(page, 'objections-officer-phone');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows the county the waiting objection, holds the close back, and takes a refusal with its reason', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'admin');
    // The menu's badge counts the objection waiting for the county.
    await page.locator('[aria-label="待答复的异议"]', { hasText: '2' }).waitFor();

    await page.goto(`${h.server.url}/#/year-close?year=${YEAR}`);
    await page.waitForSelector(`text=${YEAR}年度尚有 2 条数据异议待答复`);
    await page.getByRole('button', { name: '封账', exact: true }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/仍予封账/)
      .waitFor();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取消|关闭/ })
      .click();

    await page.getByRole('link', { name: '查看异议' }).click();
    await page.waitForSelector('text=4月理论学习会未登记');
    await page
      .locator('tbody tr', { hasText: '4月理论学习会未登记' })
      .getByRole('button', { name: '不予采纳', exact: true })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: '不予采纳', exact: true }).click();
    await page.waitForSelector('text=必填');
    await page.getByRole('dialog').getByLabel('理由').fill('该次学习为县政协组织，计入县级活动');
    await page.getByRole('dialog').getByRole('button', { name: '不予采纳', exact: true }).click();
    await page.waitForSelector('text=已不予采纳，乡镇可见理由');
    await page.getByText(/^不予采纳 1$/).click();
    await page.waitForSelector('text=该次学习为县政协组织');
    await screenshot(page, 'objections-answered');
    const admin = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { objections } = await admin.ok(
      `{ objections(filter: { year: ${YEAR}, status: REFUSED }) { nodes { status answer } } }`,
    );
    expect(objections.nodes).toEqual([{ status: 'REFUSED', answer: '该次学习为县政协组织，计入县级活动' }]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
