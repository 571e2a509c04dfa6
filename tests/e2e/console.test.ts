import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, login, openPage, screenshot, startHarness, type Harness } from './browser';
import { client, loginToken } from '../support/api';

describe.skipIf(!browserAvailable())('console in Chromium on the demo county', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('logs in as each role and shows what that role may do', async () => {
    const expectations: [string, RegExp][] = [
      ['admin', /委员[\s\S]*乡镇[\s\S]*承办单位/],
      ['leader', /委员/],
      ['officer', /委员/],
      ['unit', /交办/],
    ];
    for (const [user, menuText] of expectations) {
      const { page, errors } = await openPage(h);
      await login(h, page, user);
      await page.waitForSelector('.RaSidebar-fixed');
      const menu = await page.locator('.RaSidebar-fixed').first().innerText();
      expect(menu, user).toMatch(menuText);
      if (user === 'leader') expect(await page.locator('text=新建').count(), 'leader sees no create buttons').toBe(0);
      if (user === 'unit') expect(menu).not.toMatch(/委员|乡镇/);
      if (user === 'admin') {
        await page.goto(`${h.server.url}/#/members`);
        await page.waitForSelector('tbody tr');
        expect(await page.locator('text=新建').count(), 'admin may create members').toBeGreaterThan(0);
      }
      expect(errors, user).toEqual([]);
      await page.context().close();
    }
  });

  it('filters members by township and sector', async () => {
    const api = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { members } = await api.ok(`{ members(page: { limit: 1, offset: 40 }) { nodes { townshipId sectorId } } }`);
    const { townshipId, sectorId } = members.nodes[0];
    const expected = await api.ok(`query($t: ID!, $s: ID!) { members(filter: { townshipId: $t, sectorId: $s }, page: { limit: 100 }) { totalCount nodes { name } } }`, { t: townshipId, s: sectorId });
    const { page } = await openPage(h);
    await login(h, page, 'admin');
    const filter = encodeURIComponent(JSON.stringify({ townshipId, sectorId }));
    await page.goto(`${h.server.url}/#/members?filter=${filter}`);
    await page.waitForSelector('tbody tr');
    await page.waitForTimeout(500);
    const rows = await page.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(expected.members.totalCount);
    for (const m of expected.members.nodes) expect(rows.join('\n')).toContain(m.name);
    await screenshot(page, 'members-filtered');
    await page.context().close();
  });

  it('keeps an officer out of another township’s records reached by URL', async () => {
    const api = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { members } = await api.ok(`{ members(filter: { townshipId: "2" }, page: { limit: 1 }) { nodes { id name phone } } }`);
    const other = members.nodes[0];
    const { page } = await openPage(h);
    await login(h, page, 'officer');
    await page.goto(`${h.server.url}/#/members/${other.id}/show`);
    await page.waitForTimeout(2500);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(other.phone);
    expect(text).not.toContain(other.name);
    await page.goto(`${h.server.url}/#/members?filter=${encodeURIComponent(JSON.stringify({ townshipId: '2' }))}`);
    await page.waitForTimeout(2000);
    expect(await page.locator('body').innerText()).not.toContain(other.name);
    await page.context().close();
  });

  it('draws the dashboard’s ranking chart with one bar per township', async () => {
    const api = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { townships } = await api.ok(`{ townships { totalCount } }`);
    for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
      const { page, errors } = await openPage(h, size);
      await login(h, page, 'leader');
      await page.waitForSelector('.recharts-bar-rectangle', { timeout: 20_000 });
      await page.waitForTimeout(800);
      const bars = await page.locator('.recharts-bar-rectangle').count();
      expect(bars).toBeGreaterThanOrEqual(townships.totalCount);
      await screenshot(page, `dashboard-${size.width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
