import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, login, openPage, screenshot, startHarness, type Harness } from './browser';
import { client, loginToken } from '../support/api';

describe.skipIf(!browserAvailable())('personal data in the console', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a leader masked phones and birth years in the member list and page', async () => {
    const admin = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { members } = await admin.ok(
      `{ members(page: { limit: 5 }, sort: [{ field: ID, order: ASC }]) { nodes { id name phone birthDate } } }`,
    );
    const first = members.nodes[0];
    const { page, errors } = await openPage(h);
    await login(h, page, 'leader');
    await page.goto(`${h.server.url}/#/members`);
    await page.waitForSelector('tbody tr');
    const list = await page.locator('tbody').innerText();
    expect(list).toContain(first.name);
    expect(list).toContain(`${first.phone.slice(0, 3)}****${first.phone.slice(-4)}`);
    expect(list).toContain(`${first.birthDate.slice(0, 4)}年`);
    for (const m of members.nodes) expect(list).not.toContain(m.phone);

    await page.goto(`${h.server.url}/#/members/${first.id}/show`);
    await page.waitForSelector('text=已脱敏显示');
    const show = await page.locator('main').innerText();
    expect(show).toContain(`${first.phone.slice(0, 3)}****${first.phone.slice(-4)}`);
    expect(show).toContain(`${first.birthDate.slice(0, 4)}年`);
    expect(show).not.toContain(first.phone);
    await screenshot(page, 'member-show-leader-masked');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets an admin issue a token with the personal-data permission, warned, and lists it', async () => {
    const { page, errors } = await openPage(h);
    await login(h, page, 'admin');
    await page.goto(`${h.server.url}/#/apiTokens/create`);
    await page.waitForSelector('input[name="name"]');
    await page.fill('input[name="name"]', '省平台（含个人信息）');
    expect(await page.locator('text=该令牌可读取完整的手机号').count()).toBe(0);
    await page.getByLabel('允许读取个人信息').check();
    await page.waitForSelector('text=该令牌可读取完整的手机号');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForSelector('text=已签发');
    await page.getByRole('button', { name: /关闭|已保存/ }).click();
    await page.waitForSelector('tbody tr');
    const row = page.locator('tbody tr', { hasText: '省平台（含个人信息）' });
    expect(await row.innerText()).toContain('含个人信息');
    await screenshot(page, 'api-token-list-personal-data');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
