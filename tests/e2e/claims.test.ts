import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, login, openPage, screenshot, startHarness, type Harness } from './browser';
import { client, loginToken } from '../support/api';

// docs/domain.md, claims: the county confirms a township's claimed result on 成果申报确认; the
// township reads the decision and its reason.
describe.skipIf(!browserAvailable())('claims in the console', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const adoptedFigure = async (townshipId: string, year: number) => {
    const admin = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { townshipComparison } = await admin.ok(
      `{ townshipComparison(year: ${year}) { rows { townshipId values { key value } } } }`,
    );
    const row = townshipComparison.rows.find((r: { townshipId: string }) => r.townshipId === townshipId);
    return row.values.find((v: { key: string }) => v.key === 'opinionReportsAdopted').value as number;
  };

  it('lets the county admin confirm a waiting claim, which then counts', async () => {
    const admin = client(h.server.url, await loginToken(h.server.url, 'admin'));
    const { claims } = await admin.ok(
      `{ claims(filter: { review: PENDING, kind: OPINION_ADOPTION }) { nodes { title townshipId year } } }`,
    );
    const [claim] = claims.nodes as { title: string; townshipId: string; year: number }[];
    const before = await adoptedFigure(claim.townshipId, claim.year);
    const { page, errors, consoleErrors } = await openPage(h);
    await login(h, page, 'admin');
    // The menu counts what waits; the page opens on it.
    await page.getByRole('menuitem', { name: /成果申报确认/ }).click();
    await page.waitForSelector('text=待确认 5');
    await screenshot(page, 'claims-waiting');
    const row = page.locator('tbody tr', { hasText: claim.title }).filter({ hasText: '信息采用' });
    await row.getByRole('button', { name: '确认', exact: true }).click();
    await page.getByRole('dialog').getByLabel('说明').fill('已核对刊发页');
    await page.getByRole('dialog').getByRole('button', { name: '确认', exact: true }).click();
    await page.waitForSelector('text=已确认，计入统计');
    await page.waitForSelector('text=待确认 4');
    expect(await page.locator('tbody').innerText()).not.toContain(claim.title);
    expect(await adoptedFigure(claim.townshipId, claim.year)).toBe(before + 1);

    // Refusing asks for the reason.
    const next = page.locator('tbody tr').first();
    await next.getByRole('button', { name: '不予确认', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '不予确认', exact: true }).click();
    await page.waitForSelector('text=必填');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取消|关闭/ })
      .click();
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows the officer, on a phone, the county’s decisions and the reason of a refusal', async () => {
    const { page, errors } = await openPage(h, { width: 390, height: 844 });
    await login(h, page, 'officer');
    await page.goto(`${h.server.url}/#/claims`);
    await page.waitForSelector('text=本乡镇成果申报');
    await page.getByText(/^未予确认 \d+$/).click();
    await page.waitForSelector('text=请补充后重新申报');
    expect(await page.getByRole('button', { name: '确认', exact: true }).count()).toBe(0);
    await screenshot(page, 'claims-officer-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
