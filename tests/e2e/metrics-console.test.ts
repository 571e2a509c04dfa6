import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, login, openPage, startHarness, type Harness } from './browser';

// Issue 12 points 9–11 as the console shows them: plan items pick a catalog metric by its Chinese
// name, the scheme editor offers no county-only metric and flags metrics 0 for every township,
// and a rate with a zero denominator is written "—".
describe.skipIf(!browserAvailable())('metrics in the console', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('plan items pick a record-count metric by its Chinese name', async () => {
    const { page, errors } = await openPage(h);
    await login(h, page, 'officer');
    await page.goto(`${h.server.url}/#/workPlans/create`);
    await page.waitForSelector('input[name="title"]');
    await page
      .getByRole('button', { name: /添加|Add/ })
      .first()
      .click();
    await page.getByLabel('计划指标').first().click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['集中学习', '视察', '视察报告', '调研报告', '报送社情民意']));
    expect(options).not.toContain('立案率');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the scheme editor flags metrics 0 for every township and offers no supervision metric', async () => {
    const { page, errors } = await openPage(h);
    await login(h, page, 'admin');
    await page.goto(`${h.server.url}/#/assessment-scheme?year=2015`); // no records: every metric is 0
    await page.waitForSelector('[data-testid="all-zero-warning"]', { timeout: 20_000 });
    expect(await page.locator('[data-testid="all-zero-warning"]').innerText()).toMatch(
      /2015年各乡镇均为0[\s\S]*提交提案/,
    );
    await page.getByRole('combobox').nth(1).click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options.some((o) => o.startsWith('集中学习'))).toBe(true);
    expect(options.some((o) => /监督对象|整改/.test(o))).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes a rate with a zero denominator as —', async () => {
    const { page, errors } = await openPage(h);
    await login(h, page, 'officer');
    await page.goto(`${h.server.url}/#/annual-summary?year=2015`);
    const cell = page.locator('tr', { hasText: '履职达标率' }).locator('td').last();
    await cell.waitFor({ timeout: 20_000 });
    expect(await cell.innerText()).toBe('—');
    expect(await page.locator('body').innerText()).not.toMatch(/无数据|NaN/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
