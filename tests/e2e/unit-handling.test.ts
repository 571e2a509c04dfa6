import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, login, openPage, screenshot, startHarness, type Harness } from './browser';
import { client, DEMO_PASSWORD, loginToken, type Client } from '../support/api';
import { create } from '../support/builders-b';

// docs/domain.md, lead and co-units and reply rounds, in the console: the county assigns a lead
// and a co-unit; the lead's 答复 waits, saying for whom; the co-unit sends its 会办意见 (the status
// stays 已交办); then the lead replies with its letter's 文号 and a scan, and every round shows.
const LEAD = '县发展和改革委员会';
const PDF = (text: string) => Buffer.from(`%PDF-1.7\n%${text}\n`);

describe.skipIf(!browserAvailable())('lead and co-units in the console', () => {
  let h: Harness;
  let admin: Client;
  let coUnit: string;

  beforeAll(async () => {
    h = await startHarness();
    admin = client(h.server.url, await loginToken(h.server.url, 'admin'));
    // The demo has one unit login (the lead's); the co-unit's is made here, for another unit.
    const { handlingUnits } = await admin.ok(`{ handlingUnits(page: { limit: 100 }) { nodes { id name } } }`);
    const other = (handlingUnits.nodes as { id: string; name: string }[]).find((u) => u.name !== LEAD)!;
    coUnit = other.name;
    await create(admin, 'createUser', 'UserInput', {
      username: 'co.unit',
      displayName: `${other.name}经办人`,
      role: 'HANDLING_UNIT',
      handlingUnitId: other.id,
      password: DEMO_PASSWORD,
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** An accepted proposal of an organisation, ready for 交办. */
  const accepted = async (title: string) => {
    const id = await create(admin, 'submitProposal', 'SubmitProposalInput', {
      title,
      content: '建议统筹推进。',
      category: 'URBAN_RURAL',
      proposerKind: 'PARTY_GROUP',
      proposerOrgName: '民盟县委',
    });
    await admin.ok(`mutation($id: ID!) { reviewProposal(id: $id, input: { decision: ACCEPT }) { id } }`, { id });
    return id;
  };
  const statusOf = async (id: string) =>
    (await admin.ok(`query($id: ID!) { proposal(id: $id) { status } }`, { id })).proposal.status as string;
  const open = async (page: Page, id: string) => {
    await page.goto(`${h.server.url}/#/proposals/${id}/show`);
    await page.waitForSelector('text=办理过程');
  };
  /** Picks a file in the open dialog and waits until it is uploaded (its 移除 button shows). */
  const attach = async (page: Page, name: string) => {
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF(name) });
    await dialog.getByRole('button', { name: '移除' }).waitFor();
  };

  it('holds the lead’s reply for the co-unit’s opinion, which keeps 已交办; then the lead replies with its letter', async () => {
    const id = await accepted('关于完善城区停车设施的建议');

    // 交办 with a co-unit; the switch to let the lead reply first shows with co-units, off.
    const county = await openPage(h);
    await login(h, county.page, 'admin');
    await open(county.page, id);
    await county.page.getByRole('button', { name: '交办', exact: true }).click();
    const assign = county.page.getByRole('dialog');
    expect(await assign.getByLabel('主办单位可先于会办意见答复').count()).toBe(0);
    await assign.getByLabel('主办单位').click();
    await county.page.getByRole('option', { name: LEAD, exact: true }).click();
    await assign.getByLabel('会办单位').click();
    await county.page.getByRole('option', { name: coUnit, exact: true }).click();
    // Close the option list (Escape would close the dialog).
    await assign.getByRole('heading', { name: '交办' }).click();
    expect(await assign.getByLabel('主办单位可先于会办意见答复').isChecked()).toBe(false);
    await screenshot(county.page, 'unit-handling-assign');
    await assign.getByRole('button', { name: '交办' }).click();
    await county.page.waitForSelector('text=已完成：交办');
    await county.page.waitForSelector(`text=等待会办单位意见：${coUnit}`);
    expect(county.errors).toEqual([]);
    await county.page.context().close();

    // The lead unit sees why it cannot reply yet.
    const lead = await openPage(h);
    await login(h, lead.page, 'unit');
    await open(lead.page, id);
    await lead.page.waitForSelector(`text=等待会办单位意见：${coUnit}`);
    expect(await lead.page.getByRole('button', { name: '答复', exact: true }).count()).toBe(0);
    const pending = lead.page.locator('li', { hasText: coUnit });
    expect(await pending.innerText()).toContain('待提交');
    await pending.scrollIntoViewIfNeeded();
    await screenshot(lead.page, 'unit-handling-lead-waiting');

    // The co-unit, on a phone, sends its opinion with a paper; the proposal stays 已交办.
    const co = await openPage(h, { width: 390, height: 844 });
    await login(h, co.page, 'co.unit');
    await open(co.page, id);
    expect(await co.page.getByRole('button', { name: '答复', exact: true }).count()).toBe(0);
    await co.page.getByRole('button', { name: '提交会办意见', exact: true }).click();
    const opinion = co.page.getByRole('dialog');
    await opinion.getByRole('button', { name: '提交会办意见' }).click();
    await opinion.getByText('必填').first().waitFor();
    await opinion
      .getByRole('textbox', { name: /^会办意见\s*\*?$/ })
      .fill('同意主办单位意见，我单位负责学校周边停车管理。');
    await attach(co.page, '会办意见函.pdf');
    await screenshot(co.page, 'unit-handling-opinion-phone');
    await opinion.getByRole('button', { name: '提交会办意见' }).click();
    await co.page.waitForSelector('text=已完成：提交会办意见');
    const coPart = co.page.locator('li', { hasText: coUnit });
    await coPart.getByText('学校周边停车管理').waitFor();
    await coPart.getByRole('button', { name: '会办意见函.pdf' }).waitFor();
    expect(await coPart.innerText()).toContain('已提交');
    expect(await co.page.locator('.MuiCard-root').first().innerText()).toContain('已交办');
    await coPart.scrollIntoViewIfNeeded();
    await screenshot(co.page, 'unit-handling-opinion-sent-phone');
    expect(await statusOf(id)).toBe('ASSIGNED');
    expect(co.errors).toEqual([]);
    await co.page.context().close();

    // The lead reads the opinion (after a reload: its page is still open) and replies with the
    // letter's 文号, 签发人 and its scan.
    await lead.page.reload();
    await lead.page.waitForSelector('text=办理过程');
    await lead.page.locator('li', { hasText: coUnit }).getByText('学校周边停车管理').waitFor();
    expect(await lead.page.getByText('等待会办单位意见').count()).toBe(0);
    await lead.page.getByRole('button', { name: '答复', exact: true }).click();
    const reply = lead.page.getByRole('dialog');
    await reply.getByLabel(/正在解决或已列入计划/).check();
    await reply.getByLabel('答复内容').fill('经研究，已将城区停车设施建设列入明年计划，会同教育部门优化学校周边停车。');
    await reply.getByLabel('文号').fill('县发改函〔2026〕58号');
    await reply.getByLabel('签发人').fill('王建国');
    await reply.getByLabel('联系人').fill('李明');
    await attach(lead.page, '答复函（盖章）.pdf');
    await screenshot(lead.page, 'unit-handling-reply-dialog');
    await reply.getByRole('button', { name: '答复' }).click();
    await lead.page.waitForSelector('text=已完成：答复');
    const round1 = lead.page.getByRole('listitem', { name: '第1次答复' });
    await round1.getByText('县发改函〔2026〕58号').waitFor();
    await round1.getByRole('button', { name: '答复函（盖章）.pdf' }).waitFor();
    expect(await round1.innerText()).toMatch(/签发人：王建国[\s\S]*尚未测评/);
    await round1.scrollIntoViewIfNeeded();
    await screenshot(lead.page, 'unit-handling-replied');
    expect(lead.errors).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
    await lead.page.context().close();
    expect(await statusOf(id)).toBe('REPLIED');

    // Rated 不满意, it is handled again: both rounds show, the first with its rating.
    await admin.ok(
      `mutation($id: ID!) { recordProposalFeedback(id: $id, input: { satisfaction: DISSATISFIED, note: "停车位缺口仍大" }) { id } }`,
      { id },
    );
    const unitApi = client(h.server.url, await loginToken(h.server.url, 'unit'));
    await unitApi.ok(
      `mutation($id: ID!) { replyProposal(id: $id, input: { replyClass: A, text: "新增停车位300个。", docNo: "县发改函〔2026〕71号" }) { id } }`,
      { id },
    );
    const phone = await openPage(h, { width: 390, height: 844 });
    await login(h, phone.page, 'unit');
    await open(phone.page, id);
    const first = phone.page.getByRole('listitem', { name: '第1次答复' });
    await first.getByText('不满意').waitFor();
    expect(await first.innerText()).toContain('停车位缺口仍大');
    await phone.page.getByRole('listitem', { name: '第2次答复' }).getByText('县发改函〔2026〕71号').waitFor();
    await first.scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'unit-handling-rounds-phone');
    expect(phone.errors).toEqual([]);
    await phone.page.context().close();
  });

  it('lets the county waive a pending co-unit with a reason, after asking', async () => {
    const id = await accepted('关于增设老旧小区充电桩的建议');
    const { handlingUnits } = await admin.ok(`{ handlingUnits(page: { limit: 100 }) { nodes { id name } } }`);
    const unitId = (name: string) =>
      (handlingUnits.nodes as { id: string; name: string }[]).find((u) => u.name === name)!.id;
    await admin.ok(
      `mutation($id: ID!, $input: AssignProposalInput!) { assignProposal(id: $id, input: $input) { id } }`,
      {
        id,
        input: { leadUnitId: unitId(LEAD), coUnitIds: [unitId(coUnit)] },
      },
    );
    const { page, errors } = await openPage(h);
    await login(h, page, 'admin');
    await open(page, id);
    await page.waitForSelector(`text=等待会办单位意见：${coUnit}`);
    await page.getByRole('button', { name: '免除会办意见', exact: true }).click();
    const dialog = page.getByRole('dialog');
    // The one pending co-unit is chosen; the reason is required.
    expect(await dialog.getByLabel(coUnit).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: '免除会办意见' }).click();
    await dialog.getByText('必填').waitFor();
    await dialog.getByLabel('免除理由').fill('充电桩事项已划归主办单位');
    await dialog.getByRole('button', { name: '免除会办意见' }).click();
    await page.getByText(`免除${coUnit}的会办意见后`).waitFor();
    await page.waitForTimeout(400); // the question fades in
    await screenshot(page, 'unit-handling-waive-confirm');
    await page.getByRole('button', { name: '确认', exact: true }).click();
    await page.waitForSelector('text=已完成：免除会办意见');
    const part = page.locator('li', { hasText: coUnit });
    await part.getByText('已免除').waitFor();
    expect(await part.innerText()).toContain('充电桩事项已划归主办单位');
    expect(await page.getByText('等待会办单位意见').count()).toBe(0);
    expect(await page.getByRole('button', { name: '答复', exact: true }).count()).toBe(1);
    expect(await statusOf(id)).toBe('ASSIGNED');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
