// The production server carries no demo data: from its start file (the image's CMD), follow every require of the
// built output and check that nothing of packages/demo is reached, and that no demo-only text is in apps/server/dist.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const serverDist = path.join(root, 'apps/server/dist');
const demoRoot = path.join(root, 'packages/demo');

/** Every file of the repository's own code that `entry` loads, and the packages it names. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const require = createRequire(file);
    for (const [, spec] of source.matchAll(/require\(["']([^"']+)["']\)|import\(["']([^"']+)["']\)/g)) {
      if (!spec) continue;
      if (!spec.startsWith('.') && !spec.startsWith('@cppcc/')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        continue;
      }
      if (spec.startsWith('@cppcc/')) packages.add(spec.split('/').slice(0, 2).join('/'));
      const resolved = require.resolve(spec);
      // Only the repository's own code is followed; its packages resolve through node_modules symlinks.
      if (resolved.endsWith('.js') && !resolved.includes(`${path.sep}node_modules${path.sep}`)) queue.push(resolved);
      else if (resolved.endsWith('.js') && /node_modules[\\/]@cppcc[\\/]/.test(resolved)) queue.push(resolved);
    }
  }
  return { files, packages };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

describe('the production server bundle', () => {
  const main = path.join(serverDist, 'main.js');

  it('is built (npm test builds before it runs the suites)', () => {
    expect(existsSync(main), 'apps/server/dist/main.js').toBe(true);
  });

  it('reaches no file and no import of the demo workspace', () => {
    const { files, packages } = reach(main);
    expect(files.size).toBeGreaterThan(100);
    expect([...packages]).not.toContain('@cppcc/demo');
    expect([...files].filter((f) => f.startsWith(demoRoot))).toEqual([]);
  });

  it('contains no demo generator, demo county or demo login', () => {
    const offending = allFiles(serverDist)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => /buildDemoCounty|buildDemoRecords|demo1234|DEMO_USERS_NOTE/.test(readFileSync(f, 'utf8')));
    expect(offending.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('the demo start does load it (so the check above looks at the right thing)', () => {
    const { packages, files } = reach(path.join(demoRoot, 'dist/main.js'));
    expect([...files].some((f) => f.endsWith(path.join('demo', 'dist', 'demo-county.js')))).toBe(true);
    expect([...packages]).toContain('@cppcc/server');
  });
});
