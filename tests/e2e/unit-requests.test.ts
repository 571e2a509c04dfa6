import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, login, openPage, screenshot, startHarness, type Harness } from './browser';
import { client, DEMO_PASSWORD, loginToken, type Client } from '../support/api';
import { create } from '../support/builders-b';

// docs/domain.md, return and extension, in the console: a unit's 我的待办 lists its work; the lead
// unit asks to return a proposal just assigned to it; the county approves, re-assigning it to
// another unit; the first unit reads the answer; the new lead records its 办前面商 with the
// proposer it can now call; the county's 承办单位办理情况 ranks and sorts the units and downloads
// the workbook.
const LEAD = '县发展和改革委员会';
const TITLE = '关于规范农村集体资产管理的建议';
const PHONE = { width: 390, height: 844 };

describe.skipIf(!browserAvailable())('units’ requests and figures in the console', () => {
  let h: Harness;
  let admin: Client;
  let proposalId: string;
  let other: { id: string; name: string };

  beforeAll(async () => {
    h = await startHarness();
    admin = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { handlingUnits } = await admin.ok(`{ handlingUnits(page: { limit: 100 }) { nodes { id name } } }`);
    const units = handlingUnits.nodes as { id: string; name: string }[];
    const lead = units.find((u) => u.name === LEAD)!;
    other = units.find((u) => u.name !== LEAD)!;
    // The demo has one unit login (the lead's); the unit the county re-assigns to gets one here.
    await create(admin, 'createUser', 'UserInput', {
      username: 'other.unit',
      displayName: `${other.name}经办人`,
      role: 'HANDLING_UNIT',
      handlingUnitId: other.id,
      password: DEMO_PASSWORD,
    });
    // A member's proposal, so that the unit handling it sees whom to call.
    const { members } = await admin.ok(`{ members(filter: { status: ACTIVE }, page: { limit: 1 }) { nodes { id } } }`);
    proposalId = await create(admin, 'submitProposal', 'SubmitProposalInput', {
      title: TITLE,
      content: '建议建立台账，定期公开。',
      category: 'AGRICULTURE',
      proposerKind: 'MEMBER',
      leadMemberId: members.nodes[0].id,
    });
    await admin.ok(`mutation($id: ID!) { reviewProposal(id: $id, input: { decision: ACCEPT }) { id } }`, {
      id: proposalId,
    });
    await admin.ok(`mutation($id: ID!, $lead: ID!) { assignProposal(id: $id, input: { leadUnitId: $lead }) { id } }`, {
      id: proposalId,
      lead: lead.id,
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const open = async (page: Page, id: string) => {
    await page.goto(`${h.server.url}/#/proposals/${id}/show`);
    await page.waitForSelector('text=办理过程');
  };
  const lead = async () =>
    (await admin.ok(`query($id: ID!) { proposal(id: $id) { status leadUnit { name } } }`, { id: proposalId }))
      .proposal as { status: string; leadUnit: { name: string } };

  it('shows the unit its to-do list and lets it ask to return a proposal just assigned', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'unit');
    // A unit's home is its to-do list, first in its menu.
    await page.waitForSelector('text=县发展和改革委员会 · ');
    expect(page.url()).toContain('#/unit-worklist');
    const menu = await page.locator('.RaSidebar-fixed').first().innerText();
    expect(menu.indexOf('我的待办')).toBeLessThan(menu.indexOf('我的交办提案'));
    const toReply = page.locator('.MuiCard-root', { hasText: '本单位主办、正在办理的提案' });
    await toReply.getByRole('link', { name: new RegExp(TITLE) }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'unit-worklist');

    await toReply.getByRole('link', { name: new RegExp(TITLE) }).click();
    await page.waitForSelector('text=办理过程');
    await page.waitForSelector('text=提案人联系方式');
    await page.getByRole('button', { name: '申请退回/调整/延期' }).click();
    const dialog = page.getByRole('dialog');
    // Without a kind and a reason the form says what is missing.
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await dialog.getByText('必填').first().waitFor();
    await dialog.getByLabel('退回').check();
    await dialog.getByText(/退回或调整须在交办后5个工作日内申请/).waitFor();
    await dialog.getByLabel('申请理由').fill('该事项属县农业农村局职责，本单位无法办理。');
    await screenshot(page, 'unit-request-dialog');
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await page.waitForSelector('text=申请已提交，等待县政协审批');
    await page.getByText('待审批', { exact: true }).waitFor();
    // One return at a time: the server refuses a second, and the dialog shows its words.
    await page.getByRole('button', { name: '申请退回/调整/延期' }).click();
    await dialog.getByLabel('调整承办单位').check();
    await dialog.getByLabel('申请理由').fill('再次申请');
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await dialog
      .getByText(/已有待县政协审批的/)
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();

    await page.goto(`${h.server.url}/#/unit-worklist`);
    const pending = page.locator('.MuiCard-root', { hasText: '本单位提出的退回、调整或延期申请' });
    await pending.getByRole('link', { name: new RegExp(TITLE) }).waitFor();
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lets the county approve the return, re-assigning to another unit after a confirmation', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'admin');
    await open(page, proposalId);
    await page.getByRole('button', { name: '审批', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('该事项属县农业农村局职责').waitFor();
    // Refusing needs the reason.
    await dialog.getByLabel('不同意').check();
    await dialog.getByRole('button', { name: '审批' }).click();
    await dialog.getByText('不同意时请说明理由').waitFor();
    await dialog.getByLabel('同意', { exact: true }).check();
    // The returning lead is not offered again: the county picks the new one.
    expect(await dialog.getByLabel('主办单位').inputValue()).toBe('');
    await dialog.getByLabel('主办单位').click();
    await page.getByRole('option', { name: other.name, exact: true }).click();
    await dialog.getByLabel('审批意见').fill('改由该单位主办');
    await screenshot(page, 'unit-request-decide');
    await dialog.getByRole('button', { name: '审批' }).click();
    // Asked once more before the old assignment ends.
    await page.getByText('同意并重新交办？').waitFor();
    await page.getByRole('button', { name: '确认' }).click();
    await page.waitForSelector('text=已审批');
    await page.getByText(/同意，已重新交办：改由该单位主办/).waitFor();
    expect((await lead()).leadUnit.name).toBe(other.name);
    expect(await page.getByRole('button', { name: '审批', exact: true }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500); // the status chip's colour transition
    await screenshot(page, 'unit-request-decided');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('tells the unit, on a phone, the county’s answer', async () => {
    const { page, errors } = await openPage(h, PHONE);
    await login(h, page, 'unit');
    const decided = page.locator('.MuiCard-root', { hasText: '近30天县政协对本单位申请的答复' });
    await decided.getByText(/同意，已重新交办/).waitFor();
    // No longer its proposal: not among its replies, and named without a link it could not open.
    await decided.getByText(/已改由其他单位承办/).waitFor();
    const toReply = page.locator('.MuiCard-root', { hasText: '本单位主办、正在办理的提案' });
    expect(await toReply.getByRole('link', { name: new RegExp(TITLE) }).count()).toBe(0);
    await decided.scrollIntoViewIfNeeded();
    await screenshot(page, 'unit-worklist-phone');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets the new lead unit call the proposer and record its 办前面商', async () => {
    const { page, errors } = await openPage(h, PHONE);
    await login(h, page, 'other.unit');
    await open(page, proposalId);
    await page.getByText('提案人联系方式').waitFor();
    await page.getByRole('button', { name: '记录办前面商' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('面商方式').click();
    await page.getByRole('option', { name: '电话', exact: true }).click();
    await dialog.getByLabel('参加人员').fill('提案人、本单位经办人');
    await dialog.getByLabel('提案人意见').fill('同意先行试点');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForSelector('text=同意先行试点');
    await page.getByRole('heading', { name: '办前面商' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'unit-contact-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ranks the units for the county, sorts on a column, downloads the workbook', async () => {
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'admin');
    await page.getByRole('menuitem', { name: '承办单位办理情况' }).click();
    await page.waitForSelector('text=按按期答复率排名');
    await page.waitForSelector('.recharts-bar-rectangle');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await rows.first().locator('td').first().innerText()).toBe('1');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'unit-stats');

    // Ranked on 当前逾期, fewer first; the address keeps the column.
    await page.getByRole('button', { name: '当前逾期', exact: true }).click();
    await page.waitForSelector('text=按当前逾期排名');
    expect(page.url()).toContain('sort=overdueNow');
    const overdue = async () =>
      Promise.all(
        (await rows.all()).map(async (r) => {
          const cells = await r.locator('td').allInnerTexts();
          return Number(cells[6]);
        }),
      );
    const first = await overdue();
    expect(first).toEqual([...first].sort((a, b) => a - b));
    // Again: worse first.
    await page.getByRole('button', { name: '当前逾期', exact: true }).click();
    await page.waitForURL(/order=worse/);
    await expect.poll(overdue).toEqual([...first].sort((a, b) => b - a));

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/承办单位提案办理情况\.xlsx$/);
    await page.waitForSelector('text=已下载');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps the unit’s name in view while the table scrolls on a phone', async () => {
    const { page, errors } = await openPage(h, PHONE);
    await login(h, page, 'leader');
    await page.goto(`${h.server.url}/#/unit-stats`);
    await page.waitForSelector('tbody tr');
    const container = page.locator('.MuiTableContainer-root').first();
    await container.evaluate((el) => el.scrollBy({ left: 600 }));
    const name = page.locator('tbody tr th').first();
    const box = (await name.boundingBox())!;
    const outer = (await container.boundingBox())!;
    expect(Math.abs(box.x - outer.x)).toBeLessThan(2);
    await screenshot(page, 'unit-stats-phone');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets the county admin set the handling rules, the form refusing what is out of bounds', async () => {
    const { page, errors } = await openPage(h);
    await login(h, page, 'admin');
    await page.getByRole('menuitem', { name: '提案办理规则' }).click();
    const days = page.getByLabel('退回/调整申请期限（工作日）');
    await days.waitFor();
    expect(await days.inputValue()).toBe('5');
    await days.fill('40');
    await page.getByRole('button', { name: '保存' }).click();
    await page
      .getByText(/应为 0 到 30 之间的整数/)
      .first()
      .waitFor();
    await days.fill('7');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForSelector('text=提案办理规则已保存');
    const { handlingRules } = await admin.ok(`{ handlingRules { returnWindowWorkingDays } }`);
    expect(handlingRules.returnWindowWorkingDays).toBe(7);
    await screenshot(page, 'handling-rules');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
