import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '@cppcc/server/src/index';
import { seedDemoCounty } from '@cppcc/demo';
import { CONSOLE_DIR } from '@cppcc/server/src/http/console-static';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const OUTPUT = path.resolve(__dirname, '../../test-output/e2e');
const ci = process.env.CI === 'true' || process.env.CI === '1';

/** Browser tests need Debian's Chromium (installed by .ci/run) and the built console. */
export function browserAvailable(): boolean {
  const ok = fs.existsSync(CHROMIUM);
  if (!ok && !ci)
    console.warn(
      `[e2e] ${CHROMIUM} not found: browser tests skipped (mandatory where CI=true; .ci/run installs chromium).`,
    );
  return ok || ci;
}

export interface Harness {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(path.join(CONSOLE_DIR, 'index.html')))
    throw new Error(`console not built at ${CONSOLE_DIR}: run npm run build`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-e2e-'));
  const server = await startServer({
    databaseUrl: `sqlite:${path.join(dir, 'e2e.db')}`,
    port: 0,
    host: '127.0.0.1',
    seed: seedDemoCounty,
    jwtSecret: 'e2e-'.padEnd(40, 'x'),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  fs.mkdirSync(OUTPUT, { recursive: true });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ConsolePage {
  page: Page;
  /** Uncaught page errors and Content-Security-Policy violations. */
  errors: string[];
  /** Messages the page logged at error level (Chromium also logs each CSP refusal here). */
  consoleErrors: string[];
}

/** A fresh browser context at the given size, collecting page errors and CSP violations. */
export async function openPage(h: Harness, size = { width: 1366, height: 768 }): Promise<ConsolePage> {
  const context = await h.browser.newContext({ viewport: size, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  await page.exposeFunction('__cspViolation', (text: string) => errors.push(text));
  // Runs in the page (text, so that this Node-side file needs no DOM types).
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolation('CSP ' + e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
    });`,
  });
  return { page, errors, consoleErrors };
}

export async function login(h: Harness, page: Page, username: string, password = 'demo1234'): Promise<void> {
  await page.goto(`${h.server.url}/#/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForSelector('[class*="RaLayout-appFrame"]', { timeout: 20_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(OUTPUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
