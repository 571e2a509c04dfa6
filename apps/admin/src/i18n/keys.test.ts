// Every translation key written in the console's source exists in both languages: a typo or a
// forgotten key would otherwise show the raw key (the i18n provider allows missing keys).
import { describe, expect, it } from 'vitest';
import { enMessages } from './en';
import { zhMessages } from './zh';

// The source text of every module (Vite's glob import, also under vitest), tests and messages aside.
const SOURCES = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!./**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Looks a dotted key up the way polyglot's flattened phrases do: `fields.members.memberId` may be one key `members.memberId`. */
function get(o: unknown, key: string): unknown {
  const parts = key.split('.');
  const walk = (node: unknown, i: number): unknown => {
    if (i === parts.length) return node;
    if (!node || typeof node !== 'object') return undefined;
    for (let j = parts.length; j > i; j--) {
      const k = parts.slice(i, j).join('.');
      if (k in (node as Record<string, unknown>)) {
        const found = walk((node as Record<string, unknown>)[k], j);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(o, 0);
}

/** Quoted keys: 'cppcc.a.b'; template prefixes: `cppcc.a.${x}` → the object at cppcc.a. */
function usedKeys(): { full: Set<string>; prefixes: Set<string> } {
  const full = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of Object.values(SOURCES)) {
    for (const m of text.matchAll(/['"]((?:cppcc|resources)\.[A-Za-z0-9_.]+[A-Za-z0-9_])['"]/g)) full.add(m[1]);
    for (const m of text.matchAll(/`((?:cppcc|resources|enum)\.[A-Za-z0-9_.]*)\$\{/g))
      prefixes.add(m[1].replace(/\.$/, ''));
  }
  // Storage keys, not messages.
  full.delete('cppcc.token');
  full.delete('cppcc.user');
  return { full, prefixes };
}

describe('translation keys used in the source', () => {
  const { full, prefixes } = usedKeys();
  it('finds keys to check', () => {
    expect(full.size).toBeGreaterThan(200);
  });
  it.each([
    ['zh', zhMessages],
    ['en', enMessages],
  ])('%s has every key written in the source', (_lang, messages) => {
    const missing = [...full].filter(
      (k) => typeof get(messages, k) !== 'string' && typeof get(messages, k) !== 'object',
    );
    expect(missing).toEqual([]);
  });
  it('template keys point at existing groups', () => {
    const missing = [...prefixes].filter((p) => !p.endsWith('_') && typeof get(zhMessages, p) !== 'object');
    expect(missing).toEqual([]);
  });
});
