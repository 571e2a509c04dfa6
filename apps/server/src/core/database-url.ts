import path from 'node:path';

export type DatabaseTarget =
  | { type: 'sqlite'; file: string } // file ':memory:' for an in-memory database
  | { type: 'mysql'; url: string; database: string };

/** DATABASE_URL forms (docs/architecture.md): unset → ./data/cppcc.db; sqlite:/path; sqlite::memory:; mysql://… */
export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  if (!url) return { type: 'sqlite', file: path.resolve(cwd, 'data', 'cppcc.db') };
  if (url.startsWith('sqlite:')) {
    const rest = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (rest === ':memory:') return { type: 'sqlite', file: ':memory:' };
    if (!rest) throw new Error('DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/cppcc.db');
    return { type: 'sqlite', file: path.resolve(cwd, rest) };
  }
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) {
    const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!database)
      throw new Error('DATABASE_URL mysql://… needs a database name, e.g. mysql://root@127.0.0.1:3306/cppcc');
    return { type: 'mysql', url: parsed.toString(), database };
  }
  throw new Error(`DATABASE_URL not understood: use sqlite:/path/file.db or mysql://user:pass@host:port/db`);
}

/** The URL without its password, for logs. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.type === 'sqlite') return `SQLite ${target.file}`;
  const u = new URL(target.url);
  u.password = u.password ? '***' : '';
  return `MySQL ${u.toString()}`;
}
