import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserAvailable, login, openPage, screenshot, startHarness, type Harness } from './browser';
import { client, loginToken, type Client } from '../support/api';

// Issue 15 point 4 in the console: a figure of the dashboard, the member duty table (and the other
// tables) opens the records it counts, and the dialog's count is the cell's number and the API's.
const YEAR = 2024;

const LIST = `query($metric: String!, $year: Int!, $townshipId: ID, $memberId: ID, $part: MetricRecordPart) {
  metricRecords(metric: $metric, year: $year, townshipId: $townshipId, memberId: $memberId, part: $part) { totalCount valueSum }
}`;

/** The first number of a text: "共 12 条记录" → 12, "1,234" → 1234. */
const numberIn = (text: string) => Number(/[\d,.]+/.exec(text)?.[0].replace(/,/g, '') ?? NaN);

async function chooseYear(page: Page) {
  await page.getByRole('combobox', { name: '年度' }).first().click();
  await page.getByRole('option', { name: `${YEAR}年` }).click();
}

/** The heat table's card, with the figures of the year loaded. */
async function heatTable(page: Page): Promise<Locator> {
  const card = page.locator('.MuiCard-root', { hasText: '乡镇指标一览' });
  await card.locator('tbody tr').first().getByRole('button').first().waitFor({ timeout: 20_000 });
  return card;
}

describe.skipIf(!browserAvailable())('drill-down in the console', () => {
  let h: Harness;
  let admin: Client;
  let townships: { townshipId: string; townshipName: string }[];
  beforeAll(async () => {
    h = await startHarness();
    admin = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { townshipComparison } = await admin.ok(
      `{ townshipComparison(year: ${YEAR}) { rows { townshipId townshipName } } }`,
    );
    townships = townshipComparison.rows;
  });
  afterAll(async () => {
    await h?.close();
  });

  const idOf = (name: string) => townships.find((t) => t.townshipName === name)!.townshipId;
  const records = async (api: Client, variables: Record<string, unknown>) =>
    (await api.ok(LIST, { year: YEAR, ...variables })).metricRecords as { totalCount: number; valueSum: number | null };

  it('opens a heat-table cell into its records, whose count is the cell’s and the API’s, and a record’s page', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'admin');
    await chooseYear(page);
    const card = await heatTable(page);
    // 提交提案 of the first township: a count.
    const row = card.locator('tbody tr').first();
    const name = await row.locator('td').first().innerText();
    const cell = row.locator('td').nth(1);
    const shown = await cell.innerText();
    expect(await card.locator('thead th').nth(1).innerText()).toContain('提交提案');
    const button = cell.getByRole('button');
    expect(await button.getAttribute('aria-label')).toBe(`查看记录：${name} · ${YEAR}年 · 提交提案 · ${shown}`);
    // The keyboard opens it as the mouse does.
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `${name} · ${YEAR}年 · 提交提案 · ${shown}` });
    const total = dialog.getByTestId('drill-total');
    await total.waitFor();
    // The demo county closed 2024: the figure is the sealed one, and the dialog says the list is today's.
    await dialog.getByTestId('drill-sealed').getByText(`${YEAR}年度已封账`).waitFor();
    const api = await records(admin, { metric: 'proposalsSubmitted', townshipId: idOf(name) });
    expect(api.totalCount).toBeGreaterThan(0);
    expect(numberIn(await total.innerText())).toBe(Number(shown));
    expect(numberIn(await total.innerText())).toBe(api.totalCount);
    const links = dialog.getByRole('list').getByRole('link');
    expect(await links.count()).toBe(Math.min(api.totalCount, 20));
    expect(await dialog.getByRole('list').innerText()).toContain('提案');
    await screenshot(page, 'drill-heat-desktop');

    // A record's link opens its page, with the record's title on it.
    const title = await links.first().locator('.MuiListItemText-primary').innerText();
    await links.first().click();
    await page.waitForURL(/#\/proposals\/\d+\/show$/);
    await page.locator('main').getByText(title).first().waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows a rate’s 分子 and 分母, the county total page by page, and a per-member value’s divisor', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'admin');
    await chooseYear(page);
    const card = await heatTable(page);
    const heads = await card.locator('thead th').allInnerTexts();
    const column = heads.findIndex((t) => t.includes('立案率'));
    expect(column).toBeGreaterThan(0);
    const row = card.locator('tbody tr').first();
    const name = await row.locator('td').first().innerText();
    const shown = await row.locator('td').nth(column).innerText();
    await row.locator('td').nth(column).getByRole('button').click();
    const dialog = page.getByRole('dialog');
    const numerator = await records(admin, { metric: 'acceptanceRate', townshipId: idOf(name) });
    const denominator = await records(admin, { metric: 'acceptanceRate', townshipId: idOf(name), part: 'DENOMINATOR' });
    expect(denominator.totalCount).toBeGreaterThan(0);
    await dialog.getByRole('tab', { name: `分子 · ${numerator.totalCount}` }).waitFor();
    await dialog.getByRole('tab', { name: `分母 · ${denominator.totalCount}` }).waitFor();
    // The division the cell shows, written out.
    expect(await dialog.getByTestId('drill-formula').innerText()).toBe(
      `${numerator.totalCount} ÷ ${denominator.totalCount} = ${shown}`,
    );
    expect(`${Number(((numerator.totalCount / denominator.totalCount) * 100).toFixed(1))}%`).toBe(shown);
    await dialog.getByRole('tab', { name: /^分母/ }).click();
    await dialog.getByTestId('drill-total').getByText(`共 ${denominator.totalCount} 条记录`).waitFor();
    await screenshot(page, 'drill-rate-desktop');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The county total (township null): every record, page by page.
    const totalRow = card.locator('tbody tr', { hasText: '全县合计' });
    const countyShown = await totalRow.locator('td').nth(1).innerText();
    await totalRow.locator('td').nth(1).getByRole('button').click();
    const county = await records(admin, { metric: 'proposalsSubmitted' });
    expect(county.totalCount).toBeGreaterThan(20);
    expect(numberIn(countyShown)).toBe(county.totalCount);
    await dialog.getByTestId('drill-total').getByText(`共 ${county.totalCount} 条记录`).waitFor();
    await dialog.getByRole('button', { name: '下一页' }).click();
    await dialog.getByText(`第 21–${Math.min(40, county.totalCount)} 条，共 ${county.totalCount} 条`).waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Per member: the same records, and the active members as 分母.
    await page.getByLabel('按委员人均').check();
    await card.locator('thead th', { hasText: '提交提案（人均）' }).waitFor();
    const pmShown = await row.locator('td').nth(1).innerText();
    await row.locator('td').nth(1).getByRole('button').click();
    const members = await records(admin, { metric: 'proposalsSubmitted', townshipId: idOf(name), part: 'DENOMINATOR' });
    const own = await records(admin, { metric: 'proposalsSubmitted', townshipId: idOf(name) });
    await dialog.getByText('该数值为人均值').waitFor();
    await dialog.getByRole('tab', { name: `分母（在任委员）· ${members.totalCount}` }).waitFor();
    expect((own.totalCount / members.totalCount).toFixed(2)).toBe(pmShown);
    expect(await dialog.getByTestId('drill-total').innerText()).toBe(`共 ${own.totalCount} 条记录`);
    await dialog.getByRole('tab', { name: /^分母/ }).click();
    await dialog.getByTestId('drill-total').getByText(`共 ${members.totalCount} 条记录`).waitFor();
    expect(await dialog.getByRole('list').innerText()).toContain('委员');
    await screenshot(page, 'drill-per-member-desktop');
    await page
      .getByLabel('按委员人均')
      .uncheck({ force: true })
      .catch(() => undefined);

    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('opens a ranking bar (by keyboard), a trend point, an assessment value and an annual summary figure', async () => {
    const { page, errors, consoleErrors } = await openPage(h, { width: 1366, height: 900 });
    await login(h, page, 'admin');
    await chooseYear(page);
    await heatTable(page);
    const dialog = page.getByRole('dialog');
    const close = async () => {
      await dialog.getByRole('button', { name: '关闭' }).click();
      await dialog.waitFor({ state: 'hidden' });
    };
    // The ranking's bars are SVG buttons: the first is the leading township.
    const bar = page.locator('.recharts-wrapper [role="button"]').first();
    await bar.waitFor();
    await screenshot(page, 'drill-dashboard-desktop');
    const barLabel = (await bar.getAttribute('aria-label'))!;
    expect(barLabel).toMatch(new RegExp(`^查看记录：.+ · ${YEAR}年 · 提交提案 · \\d+$`));
    await bar.focus();
    await page.keyboard.press('Enter');
    await dialog.getByTestId('drill-total').waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe(barLabel.replace('查看记录：', ''));
    expect(numberIn(await dialog.getByTestId('drill-total').innerText())).toBe(numberIn(barLabel.split(' · ')[3]));
    await close();

    // A trend point: the same metric, a township and a year of the chart.
    const trend = page.locator('.MuiCard-root', { hasText: '历年走势' });
    const dot = trend.locator('[role="button"][tabindex="0"]').last();
    await dot.scrollIntoViewIfNeeded();
    const dotLabel = (await dot.getAttribute('aria-label'))!;
    expect(dotLabel).toMatch(/ · 提交提案 · \d+$/);
    await dot.click();
    await dialog.getByTestId('drill-total').waitFor();
    expect(numberIn(await dialog.getByTestId('drill-total').innerText())).toBe(numberIn(dotLabel.split(' · ')[3]));
    await close();

    // The assessment's values of the leading township.
    const scheme = page.locator('.MuiCard-root', { hasText: '考核方案' }).last();
    const value = scheme
      .locator('tbody')
      .getByRole('button', { name: /^查看记录：/ })
      .first();
    await value.scrollIntoViewIfNeeded();
    await screenshot(page, 'drill-assessment-table-desktop');
    await value.click();
    await dialog.getByTestId('drill-total').waitFor();
    await screenshot(page, 'drill-assessment-desktop');
    await close();

    // The annual summary's figures.
    await page.goto(`${h.server.url}/#/annual-summary?year=${YEAR}`);
    const figure = page.locator('tr', { hasText: '集中学习' }).getByRole('button');
    await figure.waitFor({ timeout: 20_000 });
    const studies = await figure.innerText();
    await figure.click();
    await dialog.getByTestId('drill-total').waitFor();
    // The summary of a closed year is sealed; the list is of today's records, which differ by the
    // post-close corrections the drift report shows (the demo corrected one study session of 2024).
    await dialog.getByTestId('drill-sealed').waitFor();
    const { yearDrift } = await admin.ok(`{ yearDrift(year: ${YEAR}) { townshipName metric difference } }`);
    const title = await dialog.getByRole('heading').first().innerText();
    const drift = (yearDrift as { townshipName: string; metric: string; difference: number }[]).find(
      (d) => d.metric === 'studySessions' && title.startsWith(d.townshipName),
    );
    expect(numberIn(await dialog.getByTestId('drill-total').innerText())).toBe(
      numberIn(studies) + (drift?.difference ?? 0),
    );
    await dialog.getByRole('list').getByRole('link').first().click();
    await page.waitForURL(/#\/activities\/\d+\/show$/);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('opens a member duty cell into the member’s records', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'admin');
    await page.goto(`${h.server.url}/#/member-duty?year=${YEAR}`);
    const cells = page.locator('tbody tr td').getByRole('button', { name: /^查看记录：/ });
    await cells.first().waitFor({ timeout: 20_000 });
    // The first cell with something to list.
    const texts = await cells.allInnerTexts();
    const index = texts.findIndex((t) => Number(t) > 0);
    expect(index).toBeGreaterThanOrEqual(0);
    const button = cells.nth(index);
    const label = (await button.getAttribute('aria-label'))!;
    const [memberName] = label.replace('查看记录：', '').split(' · ');
    await button.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('drill-total').waitFor();
    expect(await dialog.getByRole('heading').innerText()).toContain(memberName);
    const { memberDuty } = await admin.ok(`{ memberDuty(year: ${YEAR}) { memberId memberName rules { key actual } } }`);
    const member = memberDuty.find((m: { memberName: string }) => m.memberName === memberName);
    const rule = member.rules.find((r: { actual: number }) => String(r.actual) === texts[index]);
    const api = await records(admin, { metric: rule.key, memberId: member.memberId });
    expect(numberIn(await dialog.getByTestId('drill-total').innerText())).toBe(api.totalCount);
    expect(api.totalCount).toBe(rule.actual);
    expect(await dialog.getByRole('tab').count()).toBe(0);
    await screenshot(page, 'drill-member-duty-desktop');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lets an officer on a phone open a figure of their own township, full screen', async () => {
    const { page, errors, consoleErrors } = await openPage(h, { width: 390, height: 844 });
    await login(h, page, 'officer');
    await chooseYear(page);
    const row = page.locator('tbody tr', { hasText: '提交提案' }).first();
    const button = row.getByRole('button', { name: /^查看记录：/ }).first();
    await button.waitFor({ timeout: 20_000 });
    const shown = await button.innerText();
    await button.scrollIntoViewIfNeeded();
    await screenshot(page, 'drill-officer-table-phone');
    await button.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('drill-total').waitFor();
    const officer = client(h.server.url, await loginToken(h.server.url, 'officer'));
    const own = await records(officer, { metric: 'proposalsSubmitted' });
    expect(numberIn(await dialog.getByTestId('drill-total').innerText())).toBe(own.totalCount);
    expect(own.totalCount).toBe(Number(shown));
    // MUI puts role=dialog on the paper itself.
    const box = await dialog.boundingBox();
    expect(box?.width).toBe(390);
    await screenshot(page, 'drill-officer-phone');
    // Another township's figure is not theirs to list.
    const ownName = (await dialog.getByRole('heading').innerText()).split(' · ')[0];
    const other = townships.find((t) => t.townshipName !== ownName)!;
    const refused = await officer.gql(LIST, { year: YEAR, metric: 'proposalsSubmitted', townshipId: other.townshipId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
