// The minimal baseline for bench:load: graphql-js + mysql2 + hand-written SQL, no framework,
// answering the same members list query as the product. Run: node baseline-server.mjs <mysql-url> <port>
import http from 'node:http';
import { buildSchema, graphql } from 'graphql';
import mysql from 'mysql2/promise';

const [url, port] = process.argv.slice(2);
const pool = mysql.createPool({ uri: url, connectionLimit: 10 });
const schema = buildSchema(`
  type Named { name: String! }
  type Member { id: ID! name: String! sector: Named! township: Named! }
  type MemberList { nodes: [Member!]! totalCount: Int! }
  input PageInput { offset: Int = 0, limit: Int = 25 }
  type Query { members(page: PageInput): MemberList! }
`);
const root = {
  async members({ page }) {
    const { offset = 0, limit = 25 } = page ?? {};
    const [[count]] = await pool.query('SELECT COUNT(*) AS n FROM member WHERE archivedAt IS NULL');
    const [rows] = await pool.query(
      `SELECT m.id, m.name, s.name AS sectorName, t.name AS townshipName FROM member m
       JOIN sector s ON s.id = m.sectorId JOIN township t ON t.id = m.townshipId
       WHERE m.archivedAt IS NULL ORDER BY m.id LIMIT ? OFFSET ?`,
      [limit, offset],
    );
    return {
      totalCount: count.n,
      nodes: rows.map((r) => ({
        id: r.id,
        name: r.name,
        sector: { name: r.sectorName },
        township: { name: r.townshipName },
      })),
    };
  },
};
http
  .createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const { query, variables } = JSON.parse(body || '{}');
      const result = await graphql({ schema, source: query, rootValue: root, variableValues: variables });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result));
    });
  })
  .listen(Number(port), '127.0.0.1', () => console.log('baseline ready'));
