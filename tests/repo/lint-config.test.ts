// The lint configuration itself under test: `npm run lint` must fail on each kind of violation it exists
// to catch, so a config change that silently disables a rule is caught here.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Where CI=true typescript-eslint assumes a one-shot CLI run and types each file from disk, not from the text
// given to lintText: the planted code would never be seen.
process.env.TSESTREE_SINGLE_RUN = 'false';
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `file` (an existing file, so the type-aware rules have a program). */
async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

const SERVER_FILE = 'apps/server/src/core/decimal.ts';
const CONSOLE_FILE = 'apps/admin/src/App.tsx';

describe('ESLint config', () => {
  it('accepts the clean code it is run on', async () => {
    const code = 'export const twice = (n: number): number => n * 2;\n';
    expect(await ruleIds(code, SERVER_FILE)).toEqual([]);
  });

  it.each([
    ['@typescript-eslint/no-floating-promises', 'export function f(): void {\n  Promise.resolve(1);\n}\n'],
    ['@typescript-eslint/await-thenable', 'export async function f(): Promise<number> {\n  return await 1;\n}\n'],
    ['@typescript-eslint/no-unused-vars', 'const unused = 1;\nexport {};\n'],
    ['@typescript-eslint/no-explicit-any', 'export const f = (x: any): number => x;\n'],
    ['no-console', "export const f = (): void => console.log('x');\n"],
    ['eqeqeq', 'export const f = (a: number, b: number): boolean => a == b;\n'],
    ['no-restricted-syntax', 'export const f = (x: string): number => x as unknown as number;\n'],
    ['prefer-const', 'export function f(): number {\n  let a = 1;\n  return a;\n}\n'],
  ])('reports %s in server code', async (rule, code) => {
    expect(await ruleIds(code, SERVER_FILE)).toContain(rule);
  });

  it('reports a hook called conditionally and a missing effect dependency in console code', async () => {
    const conditional = [
      "import { useState } from 'react';",
      'export function C({ on }: { on: boolean }) {',
      '  if (on) useState(0);',
      '  return null;',
      '}',
      '',
    ].join('\n');
    expect(await ruleIds(conditional, CONSOLE_FILE)).toContain('react-hooks/rules-of-hooks');
    const missingDep = [
      "import { useEffect } from 'react';",
      'export function C({ id }: { id: number }) {',
      '  useEffect(() => {',
      '    document.title = String(id);',
      '  }, []);',
      '  return null;',
      '}',
      '',
    ].join('\n');
    expect(await ruleIds(missingDep, CONSOLE_FILE)).toContain('react-hooks/exhaustive-deps');
  });

  it('lets a test print to the terminal', async () => {
    expect(await ruleIds("console.log('progress');\nexport {};\n", 'tests/repo/lint-config.test.ts')).toEqual([]);
  });
});

describe('Prettier config', () => {
  it('refuses code laid out differently and accepts its own output', async () => {
    const file = path.join(root, SERVER_FILE);
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    const messy = 'export const x = {a:1,b:"two"}\n';
    expect(await prettier.check(messy, options)).toBe(false);
    const formatted = await prettier.format(messy, options);
    expect(formatted).toBe("export const x = { a: 1, b: 'two' };\n");
    expect(await prettier.check(formatted, options)).toBe(true);
  });
});
