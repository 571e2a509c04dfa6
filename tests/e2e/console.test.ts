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

  it('opens every console page as the county admin under the CSP: no violation, no console error', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await page.goto(`${h.server.url}/#/login`);
    await page.waitForSelector('input[name="username"]');
    await login(h, page, 'admin');
    const settle = async (where: string) => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await page.locator('.RaLayout-appFrame').count(), where).toBe(1);
    };
    const RESOURCES = [
      'proposals',
      'activities',
      'opinionReports',
      'workPlans',
      'dutyReports',
      'supervisionTargets',
      'rectificationItems',
      'members',
      'townships',
      'sectors',
      'committees',
      'handlingUnits',
      'users',
      'apiTokens',
      'auditEntries',
      'objections',
    ];
    const pages = ['/', '/my-proposals', '/annual-summary', '/assessment-scheme', '/duty-rules', '/member-duty'];
    for (const r of RESOURCES)
      pages.push(`/${r}`, ...(r === 'auditEntries' || r === 'objections' ? [] : [`/${r}/create`]));
    for (const path of pages) {
      await page.goto(`${h.server.url}/#${path}`);
      await settle(path);
      if (path === '/') {
        // the chart PNG draws an SVG blob onto a canvas: img-src must allow it
        await page.waitForSelector('.recharts-bar-rectangle', { timeout: 20_000 });
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: '下载图片' }).first().click();
        expect((await download).suggestedFilename()).toMatch(/\.png$/);
      }
      // the first record's own page (edit or show), reached as a person would: by clicking its row
      if (RESOURCES.includes(path.slice(1)) && (await page.locator('tbody tr').count()) > 0) {
        await page.locator('tbody tr').first().click();
        await settle(`${path} record`);
      }
    }
    await screenshot(page, 'csp-last-page');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('filters members by township and sector', async () => {
    const api = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { members } = await api.ok(`{ members(page: { limit: 1, offset: 40 }) { nodes { townshipId sectorId } } }`);
    const { townshipId, sectorId } = members.nodes[0];
    const expected = await api.ok(
      `query($t: ID!, $s: ID!) { members(filter: { townshipId: $t, sectorId: $s }, page: { limit: 100 }) { totalCount nodes { name } } }`,
      { t: townshipId, s: sectorId },
    );
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

  it('transfers a member from the show page and lists both stretches in the history, on desktop and phone', async () => {
    const api = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { members } = await api.ok(
      `{ members(filter: { townshipId: "3", status: ACTIVE }, page: { limit: 1 }) { nodes { id name } } }`,
    );
    const { townships } = await api.ok(`{ townships(page: { limit: 100 }) { nodes { id name } } }`);
    const target = townships.nodes.find((t: { id: string }) => t.id === '4');
    const member = members.nodes[0];
    const { page, errors } = await openPage(h);
    await login(h, page, 'admin');
    await page.goto(`${h.server.url}/#/members/${member.id}/show`);
    await page.getByRole('button', { name: '调动' }).click();
    await page.getByLabel('调入乡镇').fill(target.name);
    await page.getByRole('option', { name: target.name }).click();
    await page.fill('input[name="effectiveOn"]', '2026-03-01');
    await page.getByRole('dialog').getByRole('button', { name: '调动' }).click();
    await page.waitForSelector('text=调动已登记');
    const history = page.getByRole('table', { name: '任职经历' });
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
    const rows = await history.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/2026\/2\/28[\s\S]*调动/);
    expect(rows[1]).toContain(target.name);
    expect(rows[1]).toContain('至今');
    await screenshot(page, 'member-transferred');
    const { member: after } = await api.ok(`query($id: ID!) { member(id: $id) { townshipId } }`, { id: member.id });
    expect(after.townshipId).toBe('4');
    expect(errors).toEqual([]);
    await page.context().close();

    const phone = await openPage(h, { width: 390, height: 844 });
    await login(h, phone.page, 'admin');
    await phone.page.goto(`${h.server.url}/#/members/${member.id}/show`);
    await phone.page.getByRole('table', { name: '任职经历' }).scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'member-history-phone');
    expect(phone.errors).toEqual([]);
    await phone.page.context().close();
  });

  it('keeps an officer out of another township’s records reached by URL', async () => {
    const api = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { members } = await api.ok(
      `{ members(filter: { townshipId: "2" }, page: { limit: 1 }) { nodes { id name phone } } }`,
    );
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
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
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

  it('shows an officer their township’s identity read-only and saves its contact fields', async () => {
    const { page, errors } = await openPage(h);
    await login(h, page, 'officer');
    await page.goto(`${h.server.url}/#/townships/1`);
    await page.waitForSelector('input[name="phone"]');
    for (const field of ['name', 'code', 'bodyName', 'sortOrder'])
      expect(await page.locator(`input[name="${field}"]`).isDisabled(), field).toBe(true);
    for (const field of ['director', 'phone', 'address'])
      expect(await page.locator(`input[name="${field}"]`).isEnabled(), field).toBe(true);
    await page.fill('input[name="phone"]', '0551-87654321');
    await page.fill('input[name="address"]', '浏览器测试路8号');
    await page.getByRole('button', { name: '保存' }).click();
    const api = client(h.server.url, await loginToken(h.server.url, 'admin'));
    let township = { phone: null as string | null, address: null as string | null };
    for (let i = 0; i < 20 && township.phone !== '0551-87654321'; i++) {
      await page.waitForTimeout(250);
      township = (await api.ok(`{ township(id: "1") { phone address } }`)).township;
    }
    expect(township).toEqual({ phone: '0551-87654321', address: '浏览器测试路8号' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('creates an activity through the console as an officer', async () => {
    const { page, errors } = await openPage(h);
    await login(h, page, 'officer');
    await page.goto(`${h.server.url}/#/activities/create`);
    await page.waitForSelector('input[name="title"]');
    await page.fill('input[name="title"]', '浏览器测试：理论学习中心组集中学习');
    await page.getByLabel('活动类型').click();
    await page.getByRole('option', { name: '学习', exact: true }).click();
    await page.fill('input[name="heldOn"]', '2026-03-12');
    await page.getByRole('button', { name: '保存' }).click();
    const api = client(h.server.url, await loginToken(h.server.url, 'admin'));
    let found: { totalCount: number; nodes: { townshipId: string; kind: string; heldOn: string }[] } = {
      totalCount: 0,
      nodes: [],
    };
    for (let i = 0; i < 40 && found.totalCount === 0; i++) {
      await page.waitForTimeout(250);
      found = (
        await api.ok(`{ activities(filter: { q: "浏览器测试" }) { totalCount nodes { townshipId kind heldOn } } }`)
      ).activities;
    }
    expect(found.totalCount).toBe(1);
    expect(found.nodes[0]).toEqual({ townshipId: '1', kind: 'STUDY', heldOn: '2026-03-12' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('takes a proposal from submission to reply, as admin and as the handling unit', async () => {
    const api = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { page, errors } = await openPage(h);
    await login(h, page, 'admin');
    await page.goto(`${h.server.url}/#/proposals/create`);
    await page.waitForSelector('input[name="title"]');
    await page.getByLabel('提案者类型').click();
    await page.getByRole('option', { name: '党派团体', exact: true }).click();
    await page.fill('input[name="proposerOrgName"]', '民盟县委');
    await page.fill('input[name="title"]', '浏览器测试：关于加强农村人居环境整治的建议');
    await page.getByRole('combobox', { name: /^类别/ }).click();
    await page.getByRole('option').first().click();
    // An attachment, uploaded as soon as it is picked; one that is not an allowed kind shows the server's refusal.
    await page.setInputFiles('input[type="file"]', [
      { name: '附件一：现状调查.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%浏览器测试\n') },
      { name: '伪装.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00') },
    ]);
    await page.waitForSelector('text=上传失败：不支持的文件类型');
    await page.getByRole('button', { name: '移除' }).nth(1).waitFor();
    await page.getByRole('button', { name: '移除' }).nth(1).click();
    await page.getByRole('button', { name: '保存' }).click();
    let id: string | undefined;
    for (let i = 0; i < 40 && !id; i++) {
      await page.waitForTimeout(250);
      id = (await api.ok(`{ proposals(filter: { q: "浏览器测试" }) { nodes { id status } } }`)).proposals.nodes[0]?.id;
    }
    expect(id).toBeTruthy();

    await page.goto(`${h.server.url}/#/proposals/${id}/show`);
    await page.waitForSelector('text=办理过程');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '附件一：现状调查.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('附件一：现状调查.pdf');
    // Only the transitions the state machine allows for SUBMITTED and an admin are offered.
    expect(await page.getByRole('button', { name: '答复', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: '立案', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '立案' }).click();
    await page.waitForSelector('text=已立案');
    await page.getByRole('button', { name: '交办', exact: true }).click();
    await page.getByRole('dialog').getByLabel('主办单位').click();
    await page.getByRole('option', { name: '县发展和改革委员会', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '交办' }).click();
    await page.waitForSelector('text=已交办');
    expect(errors).toEqual([]);
    await page.context().close();

    const unit = await openPage(h);
    await login(h, unit.page, 'unit');
    await unit.page.waitForSelector('text=我的交办提案');
    await unit.page.goto(`${h.server.url}/#/proposals/${id}/show`);
    await unit.page.waitForSelector('text=办理过程');
    await unit.page.getByRole('button', { name: '答复', exact: true }).click();
    await unit.page
      .getByRole('dialog')
      .getByLabel(/所提问题已经解决/)
      .check();
    await unit.page
      .getByRole('dialog')
      .getByLabel('答复内容')
      .fill('经研究，已将该项工作列入年度重点任务，并于本季度完成。');
    await unit.page.getByRole('dialog').getByRole('button', { name: '答复' }).click();
    await unit.page.waitForSelector('text=已办复');
    await unit.page.waitForTimeout(800);
    await screenshot(unit.page, 'proposal-replied');
    expect(unit.errors).toEqual([]);
    await unit.page.context().close();

    const { proposal } = await api.ok(
      `query($id: ID!) { proposal(id: $id) { status replyClass leadUnit { name } history { action toStatus } } }`,
      { id },
    );
    expect(proposal).toMatchObject({ status: 'REPLIED', replyClass: 'A', leadUnit: { name: '县发展和改革委员会' } });
    expect(proposal.history.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'SUBMITTED',
      'ACCEPTED',
      'ASSIGNED',
      'REPLIED',
    ]);
  });

  it('imports members from Excel: a dry run lists every bad row, then a clean file is imported whole', async () => {
    const api = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { townships, sectors } = await api.ok(
      `{ townships(page: { limit: 2 }) { nodes { name } } sectors(page: { limit: 1 }) { nodes { name } } }`,
    );
    const ExcelJS = (await import('exceljs')).default;
    const file = async (rows: string[][]) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('委员');
      sheet.addRow([
        '姓名*',
        '性别*',
        '政治面貌*',
        '界别*',
        '所在乡镇*',
        '委员类别*',
        '届别*',
        '联系电话',
        '加入日期*',
      ]);
      for (const r of rows) sheet.addRow(r);
      return {
        name: 'members.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await book.xlsx.writeBuffer()),
      };
    };
    const row = (name: string, township = townships.nodes[1].name, phone = '') => [
      name,
      '女',
      '群众',
      sectors.nodes[0].name,
      township,
      '县政协委员',
      '第十一届',
      phone,
      // This year: the demo county has closed 2021–2024, and a member joining then would be a correction.
      '2026-01-10',
    ];
    const { page, errors } = await openPage(h);
    await login(h, page, 'admin');
    await page.goto(`${h.server.url}/#/members`);
    await page.waitForSelector('tbody tr');
    await page.getByRole('button', { name: '导入' }).click();
    await page
      .getByLabel('选择 .xlsx 文件')
      .setInputFiles(
        await file([row('浏览器导入甲'), row('浏览器导入乙', '不存在镇'), row('浏览器导入丙', undefined, '123')]),
      );
    await page.getByRole('button', { name: '检查' }).click();
    await page.waitForSelector('text=整批不会导入');
    const problems = await page.getByRole('table', { name: 'import problems' }).innerText();
    expect(problems).toContain('不存在镇');
    expect(problems).toMatch(/\b3\b[\s\S]*\b4\b/);
    await screenshot(page, 'import-dry-run');
    await page.getByLabel('选择 .xlsx 文件').setInputFiles(await file([row('浏览器导入甲'), row('浏览器导入乙')]));
    await page.getByRole('button', { name: '检查' }).click();
    await page.waitForSelector('text=全部 2 行校验通过');
    await page.getByRole('button', { name: '确认导入 2 行' }).click();
    await page.waitForSelector('text=已导入 2 条');
    const { members } = await api.ok(`{ members(filter: { q: "浏览器导入" }) { totalCount } }`);
    expect(members.totalCount).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
