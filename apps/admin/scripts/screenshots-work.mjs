// Drives the built console through the dashboards, downloads, the proposal workflow and the
// admin pages in Debian's Chromium, saving screenshots (manual check, not a test). It changes
// data (reviews a proposal, issues a token …): run it against a demo database.
// Usage: BASE_URL=http://localhost:4100 OUT=/tmp/admin-shots2 node apps/admin/scripts/screenshots-work.mjs
//        ONLY=dashboards,workflow … to run some sections.
import {
  BASE,
  browser,
  download,
  login,
  newPage,
  noHorizontalScroll,
  outputTo,
  problems,
  run,
  shot,
  tokenFor,
  api,
} from './console-driver.mjs';

outputTo('/tmp/admin-shots2');

// ── dashboards ───────────────────────────────────────────────────────────────
if (run('dashboards')) {
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ]) {
    const { context, page } = await newPage(w, h);
    await login(page, 'admin');
    await page.waitForSelector('.recharts-bar-rectangle', { timeout: 20000 });
    await page.waitForSelector('text=乡镇综合比较');
    await page.waitForTimeout(1500);
    await noHorizontalScroll(page, `admin dashboard ${w}`);
    await shot(page, `d01-admin-dashboard-${w}`);
    await shot(page, `d02-admin-dashboard-${w}-full`, true);
    if (w === 1366) {
      // Another metric (a rate), per member, then the PNG and XLSX downloads.
      await page.getByLabel('指标').first().click();
      await page.getByRole('option', { name: '办复率', exact: true }).click();
      await page.waitForTimeout(1200);
      await shot(page, 'd03-admin-dashboard-rate');
      await page.getByLabel('按委员人均').check();
      await page.getByLabel('指标').first().click();
      await page.getByRole('option', { name: '报送社情民意', exact: true }).click();
      await page.waitForTimeout(2000);
      await shot(page, 'd04-admin-dashboard-per-member');
      await download(page, () => page.getByRole('button', { name: '下载图片' }).first().click(), 'ranking.png');
      await download(page, () => page.getByRole('button', { name: '下载图片' }).nth(1).click(), 'radar.png');
      await download(page, () => page.getByRole('button', { name: '下载图片' }).nth(2).click(), 'trend.png');
      await page.getByRole('tab', { name: '履职活动' }).first().click();
      await page.waitForTimeout(500);
      await download(page, () => page.getByRole('button', { name: /导出 Excel/i }).click(), 'comparison.xlsx');
      await page.getByLabel('按委员人均').uncheck();
    }
    await context.close();
  }
  for (const who of ['leader', 'officer']) {
    for (const [w, h] of [
      [1366, 768],
      [1920, 1080],
    ]) {
      const { context, page } = await newPage(w, h);
      await login(page, who);
      await page.waitForSelector('.recharts-bar-rectangle', { timeout: 20000 });
      await page.waitForTimeout(1500);
      await noHorizontalScroll(page, `${who} dashboard ${w}`);
      await shot(page, `d10-${who}-dashboard-${w}`);
      await shot(page, `d11-${who}-dashboard-${w}-full`, true);
      if (who === 'officer' && w === 1366) {
        await page.getByRole('tab', { name: '履职活动' }).click();
        await page.waitForTimeout(800);
        await shot(page, 'd12-officer-dashboard-activities');
        await download(page, () => page.getByRole('button', { name: '下载图片' }).first().click(), 'officer-chart.png');
      }
      await context.close();
    }
  }
}

// ── analysis pages ───────────────────────────────────────────────────────────
if (run('analysis')) {
  const { context, page } = await newPage();
  await login(page, 'admin');
  await page.goto(`${BASE}/#/annual-summary?year=2025&townshipId=4`);
  await page.waitForSelector('text=主要数据');
  await shot(page, 'e01-admin-annual-summary');
  await download(page, () => page.getByRole('button', { name: /下载 Word/i }).click(), 'annual-summary.docx');

  // 考核方案: a bad weight and a rate per member → errors on their rows; then the server's check.
  await page.goto(`${BASE}/#/assessment-scheme?year=2025`);
  await page.waitForSelector('text=2025年度考核方案');
  await page.waitForTimeout(800);
  await shot(page, 'e02-admin-scheme');
  const weights = page.locator('input[type="number"]');
  await weights.nth(1).fill('0');
  await page.getByRole('button', { name: '添加指标' }).click();
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForTimeout(800);
  await shot(page, 'e03-admin-scheme-errors');
  await weights.nth(1).fill('8');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForTimeout(1500);
  await shot(page, 'e04-admin-scheme-saved');

  await page.goto(`${BASE}/#/duty-rules?year=2025`);
  await page.waitForSelector('text=2025年度委员履职规则');
  await page.waitForTimeout(800);
  await shot(page, 'e05-admin-duty-rules');
  await page.locator('input[name="rules.0.minCount"]').fill('-1');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForTimeout(1200);
  await shot(page, 'e06-admin-duty-rules-error');

  await page.goto(`${BASE}/#/member-duty?year=2025&townshipId=1`);
  await page.waitForSelector('text=履职积分');
  await page.waitForTimeout(1000);
  await shot(page, 'e07-admin-member-duty');
  await context.close();

  const officer = await newPage();
  await login(officer.page, 'officer');
  await officer.page.goto(`${BASE}/#/annual-summary`);
  await officer.page.waitForSelector('text=主要数据');
  await shot(officer.page, 'e10-officer-annual-summary');
  await officer.page.goto(`${BASE}/#/assessment-scheme`);
  await officer.page.waitForSelector('text=此处仅供查看');
  await shot(officer.page, 'e11-officer-scheme-read-only');
  await officer.page.goto(`${BASE}/#/member-duty`);
  await officer.page.waitForSelector('text=履职积分');
  await officer.page.waitForTimeout(800);
  await shot(officer.page, 'e12-officer-member-duty');
  await officer.context.close();
}

// ── proposal workflow ────────────────────────────────────────────────────────
if (run('workflow')) {
  const adminToken = await tokenFor('admin');
  const pick = async (status) =>
    (
      await api(
        `{ proposals(filter: { status: ${status} }, sort: [{ field: ID, order: DESC }], page: { limit: 1 }) { nodes { id } } }`,
        {},
        adminToken,
      )
    ).data.proposals.nodes[0]?.id;
  const submitted = await pick('SUBMITTED');
  const { context, page } = await newPage();
  await login(page, 'admin');
  await page.goto(`${BASE}/#/proposals`);
  await page.waitForSelector('tbody tr');
  await shot(page, 'w01-admin-proposals');
  await page.getByLabel('状态').first().click();
  await page.getByRole('option', { name: '已交办', exact: true }).click();
  await page.waitForTimeout(1500);
  await shot(page, 'w02-admin-proposals-assigned');

  // 立案 (key, with a chair) → 交办 → the unit replies.
  await page.goto(`${BASE}/#/proposals/${submitted}/show`);
  await page.waitForSelector('text=办理过程');
  await shot(page, 'w03-admin-proposal-submitted');
  await page.getByRole('button', { name: '立案', exact: true }).click();
  await page.getByLabel('列为重点提案').check();
  await page.getByRole('dialog').getByRole('button', { name: '立案' }).click();
  await page.waitForTimeout(600);
  await shot(page, 'w04-admin-accept-needs-chair');
  await page.getByLabel('督办主席').fill('王副主席');
  await page.getByRole('dialog').getByRole('button', { name: '立案' }).click();
  await page.waitForSelector('text=已立案');
  await page.waitForTimeout(1000);
  await shot(page, 'w05-admin-proposal-accepted');
  await page.getByRole('button', { name: '交办', exact: true }).click();
  await page.getByRole('dialog').getByLabel('主办单位').click();
  await page.getByRole('option', { name: '县发展和改革委员会', exact: true }).click();
  await page.waitForTimeout(300);
  await shot(page, 'w06-admin-assign-dialog');
  await page.getByRole('dialog').getByRole('button', { name: '交办' }).click();
  await page.waitForSelector('text=已交办');
  await page.waitForTimeout(1000);
  await shot(page, 'w07-admin-proposal-assigned');
  await context.close();

  const unit = await newPage();
  await login(unit.page, 'unit');
  await unit.page.waitForSelector('text=我的交办提案');
  await unit.page.waitForSelector('tbody tr');
  await shot(unit.page, 'w10-unit-my-proposals');
  await unit.page.goto(`${BASE}/#/proposals/${submitted}/show`);
  await unit.page.waitForSelector('text=办理过程');
  await shot(unit.page, 'w11-unit-proposal');
  await unit.page.getByRole('button', { name: '答复', exact: true }).click();
  await unit.page
    .getByRole('dialog')
    .getByLabel(/所提问题已经解决/)
    .check();
  await unit.page
    .getByRole('dialog')
    .getByLabel('答复内容')
    .fill('经研究，已将该项工作列入年度重点任务，并于本季度完成。');
  await shot(unit.page, 'w12-unit-reply-dialog');
  await unit.page.getByRole('dialog').getByRole('button', { name: '答复' }).click();
  await unit.page.waitForSelector('text=已办复');
  await unit.page.waitForTimeout(1000);
  await shot(unit.page, 'w13-unit-replied');
  await unit.page.goto(`${BASE}/#/members`);
  await unit.page.waitForTimeout(1500);
  await shot(unit.page, 'w14-unit-members-denied');
  await unit.context.close();

  // The officer records feedback for their township's proposals only; the admin closes.
  const admin2 = await newPage();
  await login(admin2.page, 'admin');
  await admin2.page.goto(`${BASE}/#/proposals/${submitted}/show`);
  await admin2.page.waitForSelector('text=办理过程');
  await admin2.page.getByRole('button', { name: '满意度测评' }).click();
  await admin2.page.getByRole('dialog').getByLabel('满意', { exact: true }).check();
  await admin2.page.getByRole('dialog').getByRole('button', { name: '满意度测评' }).click();
  await admin2.page.waitForTimeout(1500);
  await shot(admin2.page, 'w20-admin-after-feedback');
  await admin2.page.getByRole('button', { name: '办结' }).click();
  await admin2.page.getByRole('dialog').getByRole('button', { name: '办结' }).click();
  await admin2.page.waitForSelector('text=已办结');
  await admin2.page.waitForTimeout(1000);
  await shot(admin2.page, 'w21-admin-closed-history');
  await admin2.page.goto(`${BASE}/#/proposals/create`);
  await admin2.page.waitForSelector('input[name="title"]');
  await shot(admin2.page, 'w22-admin-submit-form');
  await admin2.context.close();

  const officer = await newPage();
  await login(officer.page, 'officer');
  await officer.page.goto(`${BASE}/#/proposals`);
  await officer.page.waitForSelector('tbody tr');
  await shot(officer.page, 'w30-officer-proposals');
  await officer.page.goto(`${BASE}/#/proposals/create`);
  await officer.page.waitForSelector('input[name="title"]');
  await officer.page.getByLabel('提案者类型').click();
  await officer.page.getByRole('option', { name: '委员联名', exact: true }).click();
  await officer.page.waitForTimeout(500);
  await shot(officer.page, 'w31-officer-submit-joint');
  await officer.context.close();
}

// ── work records ─────────────────────────────────────────────────────────────
if (run('work')) {
  const { context, page } = await newPage();
  await login(page, 'officer');
  await page.goto(`${BASE}/#/activities`);
  await page.waitForSelector('tbody tr');
  await shot(page, 'r01-officer-activities');
  await page.goto(`${BASE}/#/activities/create`);
  await page.waitForSelector('input[name="title"]');
  await page.fill('input[name="title"]', '东城街道政协联络处“有事好商量”微协商');
  await page.getByLabel('活动类型').click();
  await page.getByRole('option', { name: '协商', exact: true }).click();
  await page.waitForTimeout(400);
  await shot(page, 'r02-officer-activity-consultation-fields');
  await page.getByLabel('活动类型').click();
  await page.getByRole('option', { name: '公益慰问', exact: true }).click();
  await page.waitForTimeout(400);
  await shot(page, 'r03-officer-activity-charity-fields');
  await page.goto(`${BASE}/#/opinionReports`);
  await page.waitForSelector('tbody tr');
  await shot(page, 'r04-officer-opinions');
  await page.goto(`${BASE}/#/workPlans`);
  await page.waitForSelector('tbody tr');
  await shot(page, 'r05-officer-work-plans');
  await page.locator('tbody tr').first().click();
  await page.waitForSelector('text=完成进度');
  await shot(page, 'r06-officer-work-plan-show');
  await page.goto(`${BASE}/#/dutyReports`);
  await page.waitForSelector('tbody tr');
  await shot(page, 'r07-officer-duty-reports');
  await context.close();

  const admin = await newPage();
  await login(admin.page, 'admin');
  await admin.page.goto(`${BASE}/#/supervisionTargets`);
  await admin.page.waitForSelector('tbody tr');
  await shot(admin.page, 'r10-admin-supervision');
  await admin.page.locator('tbody tr').first().click();
  await admin.page.waitForSelector('text=监督进程');
  await shot(admin.page, 'r11-admin-supervision-show');
  await admin.page.goto(`${BASE}/#/rectificationItems`);
  await admin.page.waitForSelector('tbody tr');
  await shot(admin.page, 'r12-admin-rectification');
  await admin.page.goto(`${BASE}/#/opinionReports/create`);
  await admin.page.waitForSelector('input[name="title"]');
  await admin.page.getByLabel('采用情况').click();
  await admin.page.getByRole('option', { name: '已采用', exact: true }).click();
  await admin.page.getByLabel('领导批示').check();
  await admin.page.waitForTimeout(400);
  await shot(admin.page, 'r13-admin-opinion-adopted-fields');
  await admin.context.close();
}

// ── admin pages ──────────────────────────────────────────────────────────────
if (run('admin')) {
  const { context, page } = await newPage();
  await login(page, 'admin');
  await page.goto(`${BASE}/#/users`);
  await page.waitForSelector('tbody tr');
  await shot(page, 'a01-users');
  await page.goto(`${BASE}/#/users/create`);
  await page.waitForSelector('input[name="username"]');
  await page.getByLabel('角色').click();
  await page.getByRole('option', { name: '承办单位', exact: true }).click();
  await page.waitForTimeout(400);
  await shot(page, 'a02-user-create-unit');
  await page.goto(`${BASE}/#/users/3`);
  await page.waitForSelector('input[name="username"]');
  await page.getByLabel('修改密码').check();
  await page.waitForTimeout(300);
  await shot(page, 'a03-user-edit-password');

  await page.goto(`${BASE}/#/apiTokens/create`);
  await page.waitForSelector('input[name="name"]');
  await page.fill('input[name="name"]', `大屏展示 ${Date.now() % 10000}`);
  await page.getByRole('button', { name: '保存' }).click();
  await page
    .waitForSelector('text=只显示一次', { timeout: 10000 })
    .catch(() => page.waitForSelector('text=无法再次查看'));
  await shot(page, 'a04-token-secret-once');
  await page.getByRole('button', { name: '我已保存，关闭' }).click();
  await page.waitForSelector('tbody tr');
  await shot(page, 'a05-tokens');
  await page.getByRole('button', { name: '吊销' }).first().click();
  await page.waitForSelector('text=立即无法访问');
  await shot(page, 'a06-token-revoke-confirm');
  await page.getByRole('button', { name: '确认' }).click();
  await page.waitForTimeout(1200);

  await page.goto(`${BASE}/#/auditEntries`);
  await page.waitForSelector('tbody tr');
  await shot(page, 'a07-audit');
  await page.getByLabel('操作', { exact: true }).click();
  await page.getByRole('option', { name: '立案', exact: true }).click();
  await page.waitForTimeout(1200);
  await shot(page, 'a08-audit-filtered');
  const rows = await page.locator('tbody tr').count();
  if (rows) {
    await page.locator('tbody tr').first().click();
    await page.waitForSelector('text=修改前');
    await shot(page, 'a09-audit-before-after');
  }
  await context.close();
}

// ── English ──────────────────────────────────────────────────────────────────
if (run('english')) {
  const { context, page } = await newPage();
  await login(page, 'admin');
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.waitForTimeout(2500);
  await shot(page, 'x01-english-dashboard');
  await context.close();
}

await browser.close();
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of [...new Set(problems)]) console.log(' ', p);
} else console.log('\nno console errors, page errors or failed requests');
