// Shared harness of the screenshot scripts (manual checks, not tests): Debian's Chromium, a
// context per user, login, screenshots that flag untranslated keys, downloads, and a list of
// problems seen (console errors, HTTP errors, missing messages, sideways scrolling).
import { mkdirSync, statSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const BASE = process.env.BASE_URL ?? 'http://localhost:4100';
export const ONLY = process.env.ONLY ? process.env.ONLY.split(',') : null;
export const run = (name) => !ONLY || ONLY.includes(name);
export const log = (...a) => console.log(...a);
export const problems = [];
export let OUT = process.env.OUT ?? '/tmp/admin-shots';

export const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** Where screenshots go (each script has its own default). */
export function outputTo(defaultDir) {
  OUT = process.env.OUT ?? defaultDir;
  mkdirSync(OUT, { recursive: true });
  return OUT;
}

export async function api(query, variables = {}, token) {
  const res = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}
export async function tokenFor(username) {
  const r = await api('mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', {
    u: username,
    p: 'demo1234',
  });
  return r.data.login.token;
}

export async function newPage(width = 1366, height = 768) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`[console] ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => problems.push(`[pageerror] ${e.message}`));
  page.on('response', async (r) => {
    if (r.status() >= 400)
      problems.push(
        `[http ${r.status()}] ${r.request().method()} ${r.url()} ${(r.request().postData() ?? '').slice(0, 120)}`,
      );
  });
  return { context, page };
}

export async function login(page, username) {
  await page.goto(`${BASE}/#/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo1234');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForSelector('.RaLayout-appFrame', { timeout: 15000 });
  await page.waitForTimeout(800);
}

export async function shot(page, name, fullPage = false) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
  // A translation key on screen means a missing message.
  const raw = await page.evaluate(() => document.body.innerText.match(/\b(?:resources|cppcc|ra|enum)\.[a-zA-Z_.]+/g));
  if (raw) problems.push(`[i18n] ${name}: ${[...new Set(raw)].join(', ')}`);
  log('saved', name);
}

export async function download(page, click, name) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), click()]);
  const path = `${OUT}/${name}`;
  await d.saveAs(path);
  log('downloaded', d.suggestedFilename(), `${statSync(path).size} bytes →`, path);
  return path;
}

export async function noHorizontalScroll(page, label) {
  const [sw, w] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  if (sw > w + 1) problems.push(`[layout] ${label}: page scrolls horizontally (${sw} > ${w})`);
}
