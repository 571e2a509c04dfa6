// Child process of analytics-bench.mjs: bulk-loads the province data into a migrated database.
// Usage: node province-load.mjs sqlite|mysql <url> <scale json>
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { provinceRows } from './province-data.mjs';

const [kind, url, scaleJson] = process.argv.slice(2);
const scale = JSON.parse(scaleJson);

async function load(kind, url) {
  const started = Date.now();
  let rows = 0;
  if (kind === 'sqlite') {
    const db = new Database(url.replace(/^sqlite:/, ''));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    const statements = new Map();
    const insert = db.transaction((table, cols, batch) => {
      const key = `${table}:${cols.join()}`;
      if (!statements.has(key))
        statements.set(
          key,
          db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`),
        );
      const stmt = statements.get(key);
      for (const r of batch) stmt.run(r);
    });
    for (const [table, cols, batch] of provinceRows(scale)) {
      insert(table, cols, batch);
      rows += batch.length;
    }
    db.exec('ANALYZE');
    db.close();
  } else {
    const conn = await mysql.createConnection({ uri: url });
    await conn.query('SET unique_checks = 0, foreign_key_checks = 0');
    for (const [table, cols, batch] of provinceRows(scale)) {
      await conn.query(`INSERT INTO ${table} (${cols.map((c) => '`' + c + '`').join(', ')}) VALUES ?`, [batch]);
      rows += batch.length;
    }
    await conn.query('SET unique_checks = 1, foreign_key_checks = 1');
    await conn.query(
      'ANALYZE TABLE activity, activity_participant, proposal, opinion_report, member, work_plan, work_plan_item',
    );
    await conn.end();
  }
  return { rows, seconds: (Date.now() - started) / 1000 };
}

console.log(JSON.stringify(await load(kind, url)));
process.exit(0);
