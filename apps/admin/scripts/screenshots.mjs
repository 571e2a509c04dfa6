// Drives the built console in Debian's Chromium and saves screenshots (manual check, not a test).
// Usage: BASE_URL=http://localhost:4173 OUT=/tmp/admin-shots node apps/admin/scripts/screenshots.mjs
import { writeFileSync } from 'node:fs';
import { BASE, browser, log, login, newPage, outputTo, problems, run, shot, tokenFor, api } from './console-driver.mjs';

const OUT = outputTo('/tmp/admin-shots');

// ── admin ────────────────────────────────────────────────────────────────────
if (run('admin')) {
  const { context, page } = await newPage();
  await page.goto(`${BASE}/`);
  await page.waitForSelector('text=登录');
  await shot(page, '01-login');
  await login(page, 'admin');
  await page.waitForSelector('text=乡镇综合比较');
  await page.waitForSelector('.recharts-bar-rectangle', { timeout: 15000 });
  await shot(page, '02-admin-dashboard');

  await page.goto(`${BASE}/#/members`);
  await page.waitForSelector('text=委员类别');
  await page.waitForSelector('tbody tr');
  await shot(page, '03-admin-members-1366');

  // Filter by township and status, sort by birth date.
  await page.getByLabel('所在乡镇').first().click();
  await page.waitForSelector('[role="listbox"] [role="option"]');
  await page.locator('[role="listbox"] [role="option"]').nth(1).click();
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: '出生日期' }).click();
  await page.waitForTimeout(1000);
  await shot(page, '04-admin-members-filtered-sorted');
  log('url after filter+sort:', decodeURIComponent(page.url()));

  // Export CSV of the filtered list.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出' }).click(),
  ]);
  const csvPath = `${OUT}/members-export.csv`;
  await download.saveAs(csvPath);
  log('exported', download.suggestedFilename(), '→', csvPath);

  // Show and edit a member; a bad phone comes back from the server on the field.
  await page.goto(`${BASE}/#/members`);
  await page.waitForSelector('tbody tr');
  await page.locator('tbody tr').first().click();
  await page.waitForSelector('text=政协身份');
  await shot(page, '05-admin-member-show');
  await page.getByRole('link', { name: '编辑' }).click();
  await page.waitForSelector('input[name="phone"]');
  await shot(page, '06-admin-member-edit');
  await page.fill('input[name="phone"]', '12345');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForTimeout(1500);
  await shot(page, '07-admin-member-server-error');

  // Stale save: someone else updates the member meanwhile → conflict dialog with 重新加载.
  const url = page.url();
  const id = /members\/([^/]+)/.exec(url)?.[1];
  await page.reload();
  await page.waitForSelector('input[name="title"]');
  const token = await tokenFor('admin');
  const r = await api(
    'mutation($id:ID!){ updateMember(id:$id, input:{ title: "他人修改的职务" }) { id version title } }',
    { id },
    token,
  );
  log('colleague update:', JSON.stringify(r.data ?? r.errors));
  await page.fill('input[name="workUnit"]', '我的修改单位');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForSelector('text=记录已被他人修改', { timeout: 10000 });
  await shot(page, '08-admin-member-conflict');
  await page.getByRole('button', { name: '重新加载' }).click();
  await page.waitForTimeout(1500);
  log('title after reload:', await page.inputValue('input[name="title"]'));
  await shot(page, '09-admin-member-reloaded');

  // Committee roster editing.
  await page.goto(`${BASE}/#/committees`);
  await page.waitForSelector('tbody tr');
  await shot(page, '10-admin-committees');
  await page.locator('tbody tr').first().click();
  await page.waitForSelector('text=组成人员');
  await page.getByRole('tab', { name: '组成人员' }).click();
  await page.waitForTimeout(800);
  await shot(page, '11-admin-committee-roster');
  await page.getByRole('link', { name: '编辑' }).click();
  await page.waitForSelector('text=每名委员只能出现一次');
  await page.waitForTimeout(1000);
  await shot(page, '12-admin-committee-edit');

  // Handling units: 归档 with confirmation.
  await page.goto(`${BASE}/#/handlingUnits`);
  await page.waitForSelector('tbody tr');
  await shot(page, '13-admin-units');
  await page.getByRole('button', { name: '归档' }).first().click();
  await page.waitForSelector('text=不再接收新的交办任务');
  await shot(page, '14-admin-unit-archive-confirm');
  await page.getByRole('button', { name: '取消' }).click();

  // Townships.
  await page.goto(`${BASE}/#/townships`);
  await page.waitForSelector('tbody tr');
  await shot(page, '15-admin-townships');
  await page.goto(`${BASE}/#/sectors`);
  await page.waitForSelector('tbody tr');
  await shot(page, '16-admin-sectors');
  await page.goto(`${BASE}/#/members/create`);
  await page.waitForSelector('input[name="name"]');
  await shot(page, '17-admin-member-create');
  await context.close();

  // Wide screen.
  const wide = await newPage(1920, 1080);
  await login(wide.page, 'admin');
  await wide.page.goto(`${BASE}/#/members`);
  await wide.page.waitForSelector('tbody tr');
  await shot(wide.page, '18-admin-members-1920');
  await wide.page.goto(`${BASE}/#/townships`);
  await wide.page.waitForSelector('tbody tr');
  await shot(wide.page, '19-admin-townships-1920');
  await wide.context.close();
}

// ── township officer ─────────────────────────────────────────────────────────
if (run('officer')) {
  const { context, page } = await newPage();
  await login(page, 'officer');
  await shot(page, '20-officer-dashboard');
  await page.goto(`${BASE}/#/members`);
  await page.waitForSelector('tbody tr');
  await shot(page, '21-officer-members');
  await page.goto(`${BASE}/#/townships`);
  await page.waitForSelector('tbody tr');
  await shot(page, '22-officer-townships');
  await page.locator('tbody tr').first().click();
  await page.waitForTimeout(1200);
  await shot(page, '23-officer-township-show');
  const edit = page.getByRole('link', { name: '编辑' });
  if (await edit.count()) {
    await edit.click();
    await page.waitForTimeout(1200);
    await shot(page, '24-officer-township-edit');
  }
  await page.goto(`${BASE}/#/sectors`);
  await page.waitForSelector('tbody tr');
  await shot(page, '25-officer-sectors');
  await page.goto(`${BASE}/#/members/create`);
  await page.waitForSelector('input[name="name"]');
  await shot(page, '26-officer-member-create');
  await context.close();
}

// ── leader ───────────────────────────────────────────────────────────────────
if (run('leader')) {
  const { context, page } = await newPage();
  await login(page, 'leader');
  await page.waitForSelector('.recharts-bar-rectangle', { timeout: 15000 });
  await shot(page, '27-leader-dashboard');
  await page.goto(`${BASE}/#/members`);
  await page.waitForSelector('tbody tr');
  await shot(page, '28-leader-members');
  await page.locator('tbody tr').first().click();
  await page.waitForTimeout(1200);
  await shot(page, '29-leader-member-show');
  await page.goto(`${BASE}/#/handlingUnits`);
  await page.waitForSelector('tbody tr');
  await shot(page, '30-leader-units');
  await context.close();
}

// ── handling unit ────────────────────────────────────────────────────────────
if (run('unit')) {
  const { context, page } = await newPage();
  await login(page, 'unit');
  await page.waitForSelector('text=本单位承办');
  await shot(page, '31-unit-my-proposals');
  await page.goto(`${BASE}/#/members`);
  await page.waitForTimeout(1500);
  await shot(page, '32-unit-members-denied');
  await context.close();
}

// ── English ──────────────────────────────────────────────────────────────────
if (run('english')) {
  const { context, page } = await newPage();
  await login(page, 'admin');
  await page.goto(`${BASE}/#/members`);
  await page.waitForSelector('tbody tr');
  await page
    .getByRole('button', { name: /中文|language/i })
    .first()
    .click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.waitForTimeout(1500);
  await shot(page, '33-english-members');
  await context.close();
}

// ── write flows: archive, roster, officer body info, lost session ───────────
if (run('flows')) {
  const { context, page } = await newPage();
  await login(page, 'admin');
  // Archive one handling unit from its row (confirm), then it disappears unless 含已归档.
  const adminToken = await tokenFor('admin');
  const units = await api(
    '{ handlingUnits(sort:[{field:NAME, order:DESC}], page:{limit:1}) { nodes { name } } }',
    {},
    adminToken,
  );
  const unitName = units.data.handlingUnits.nodes[0].name;
  log('archiving', unitName);
  await page.goto(`${BASE}/#/handlingUnits?filter=${encodeURIComponent(JSON.stringify({ q: unitName }))}`);
  await page.waitForSelector('tbody tr');
  await page.getByRole('button', { name: '归档' }).first().click();
  await page.getByRole('button', { name: '确认' }).click();
  await page.waitForTimeout(1500);
  log('after archive url:', decodeURIComponent(page.url()));
  await shot(page, '40-admin-unit-archived');
  await page.goto(
    `${BASE}/#/handlingUnits?filter=${encodeURIComponent(JSON.stringify({ q: unitName, includeArchived: true }))}`,
  );
  await page.waitForSelector('tbody tr');
  await shot(page, '41-admin-unit-archived-included');

  // Committee roster: add the first roster member again → duplicate error on that row.
  await page.goto(`${BASE}/#/committees/1`);
  await page.waitForSelector('text=每名委员只能出现一次');
  await page.waitForTimeout(800);
  const firstName = (await page.locator('input[name="members.0.memberId"]').inputValue()).replace(/（.*$/, '');
  await page.getByRole('button', { name: '添加' }).click();
  await page.waitForTimeout(300);
  const rows = await page.locator('input[name^="members."][name$=".memberId"]').count();
  const last = page.locator(`input[name="members.${rows - 1}.memberId"]`);
  await last.click();
  await last.fill(firstName);
  await page.locator('[role="listbox"] [role="option"]', { hasText: firstName }).first().click();
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForTimeout(1500);
  await last.scrollIntoViewIfNeeded();
  await shot(page, '42-admin-committee-duplicate-error');
  // Remove the duplicate row and save: roster replaced, back to show.
  await page.locator('.RaSimpleFormIterator-line').last().getByRole('button', { name: '移除' }).click();
  // A real change: the row before last becomes 副主任 (toggled back and forth between runs).
  const roleInput = page.locator(`input[name="members.${rows - 2}.role"]`);
  const role = await roleInput.inputValue();
  await roleInput.locator('..').click();
  await page.getByRole('option', { name: role === 'MEMBER' ? '副主任' : '委员' }).click();
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForTimeout(1500);
  log('after roster save url:', page.url(), 'role was', role);
  await page.getByRole('tab', { name: '组成人员' }).click();
  await page.waitForTimeout(800);
  await shot(page, '46-admin-committee-roster-saved');
  await context.close();

  // Officer edits their own township's body information.
  const off = await newPage();
  await login(off.page, 'officer');
  const me = await off.page.evaluate(() => JSON.parse(localStorage.getItem('cppcc.user')));
  await off.page.goto(`${BASE}/#/townships/${me.townshipId}`);
  await off.page.waitForSelector('input[name="director"]');
  await off.page.fill('input[name="director"]', '谭长林（代）');
  await off.page.getByRole('button', { name: '保存' }).click();
  await off.page.waitForTimeout(1500);
  await shot(off.page, '43-officer-township-saved');
  // A member of another township opened by URL: read-only form, no save button.
  const t = await tokenFor('admin');
  const other = await api('{ members(filter:{townshipId:"2"}, page:{limit:1}) { nodes { id name } } }', {}, t);
  await off.page.goto(`${BASE}/#/members/${other.data.members.nodes[0].id}`);
  await off.page.waitForTimeout(2000);
  await shot(off.page, '44-officer-other-member-edit');
  // Lost session: a bad token sends the user back to the login page.
  await off.page.evaluate(() => localStorage.setItem('cppcc.token', 'expired'));
  await off.page.goto(`${BASE}/#/sectors`);
  await off.page.waitForTimeout(2500);
  log('after bad token url:', off.page.url());
  await shot(off.page, '45-lost-session');
  await off.context.close();
}

await browser.close();
writeFileSync(`${OUT}/problems.txt`, problems.join('\n'));
log(problems.length ? `problems:\n${problems.join('\n')}` : 'no console errors');
