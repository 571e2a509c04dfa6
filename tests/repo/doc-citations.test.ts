// Docs live in the repository: every document the code cites exists, and every repository path the docs name
// exists, so a rename that leaves a citation or a doc behind fails here.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', 'coverage', 'test-output', 'data', '.turbo', '.git', 'gql']);
const SOURCE = /\.(ts|tsx|mjs|cjs|js|json|md|graphql|yml|yaml)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(path.join(root, dir))) {
    if (SKIP.has(name)) continue;
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) walk(rel, out);
    else if (SOURCE.test(name)) out.push(rel);
  }
  return out;
}

const files = ['apps', 'packages', 'tests', 'docs', 'docker'].flatMap((d) => walk(d));
const topLevel = ['README.md', 'CONTRIBUTING.md'];
const text = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** Every `docs/….md` a file names, with where it is named. */
function citations(): { file: string; doc: string }[] {
  return [...files, ...topLevel].flatMap((file) =>
    [...text(file).matchAll(/(?<![\w./-])docs\/[\w./-]+?\.md\b/g)].map((m) => ({ file, doc: m[0] })),
  );
}

describe('documentation in the repository', () => {
  it('has the domain, API, metrics and architecture docs and the decision records', () => {
    for (const doc of ['docs/domain.md', 'docs/api.md', 'docs/metrics.md', 'docs/architecture.md', 'CONTRIBUTING.md']) {
      expect(existsSync(path.join(root, doc)), doc).toBe(true);
    }
    expect(readdirSync(path.join(root, 'docs/adr')).filter((f) => /^\d{4}-.+\.md$/.test(f)).length).toBeGreaterThan(5);
  });

  it('every doc cited in code and docs exists', () => {
    const found = citations();
    expect(found.length).toBeGreaterThan(40);
    expect(found.filter((c) => !existsSync(path.join(root, c.doc)))).toEqual([]);
  });

  it('nothing cites a document outside the repository', () => {
    const outside = [...files, ...topLevel].filter(
      (file) =>
        file !== 'tests/repo/doc-citations.test.ts' &&
        /(?<![\w/.-])(DOMAIN|API|METRICS|ARCHITECTURE)\.md\b|\.\.\/shared\//.test(text(file)),
    );
    expect(outside).toEqual([]);
  });

  it('every repository path the docs name exists', () => {
    const docs = [...files.filter((f) => f.startsWith('docs/')), ...topLevel];
    const missing = docs.flatMap((doc) =>
      [...text(doc).matchAll(/`((?:apps|packages|tests|docs|docker|\.ci)\/[^`\s]+)`/g)]
        .map((m) => m[1].replace(/[:#].*$/, ''))
        // Placeholders and globs name a kind of file, not one file.
        .filter((p) => !/[<>*{}]/.test(p))
        .filter((p) => !existsSync(path.join(root, p)))
        .map((p) => `${doc}: ${p}`),
    );
    expect(missing).toEqual([]);
  });
});
