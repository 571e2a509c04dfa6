import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// core/ holds only mechanisms: the composition root (app/) sits above the modules and hands
// them what they need, so no file of core/ may reach up into a module folder.

const CORE = __dirname;
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs)$/.test(e.name) ? [full] : [];
  });
}

/** Relative imports of `file` that resolve outside core/. */
function importsOutside(file: string, text: string, root = CORE): string[] {
  return [...text.matchAll(IMPORT)]
    .map((m) => m[1])
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => path.relative(root, path.resolve(path.dirname(file), spec)).startsWith('..'));
}

describe('core/ imports no module', () => {
  it('finds no import from a core file into a module folder', () => {
    const offending = sourceFiles(CORE)
      .filter((file) => file !== __filename) // its own planted examples below
      .flatMap((file) =>
        importsOutside(file, fs.readFileSync(file, 'utf8')).map((spec) => `${path.relative(CORE, file)} → ${spec}`),
      );
    expect(offending).toEqual([]);
  });

  it('would catch one (static, type-only and dynamic imports)', () => {
    const file = path.join(CORE, 'record-store.ts');
    expect(importsOutside(file, `import { Member } from '../members/member.entity';`)).toEqual([
      '../members/member.entity',
    ]);
    expect(
      importsOutside(file, `import type { X } from '../app/schema';\nconst m = await import('../seed/load-demo');`),
    ).toEqual(['../app/schema', '../seed/load-demo']);
    expect(importsOutside(file, `import { scope } from './scope';\nimport { In } from 'typeorm';`)).toEqual([]);
  });
});
