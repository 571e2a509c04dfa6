import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/** The built console (apps/admin/dist) at `/`, on the API's port. */
export const CONSOLE_DIR = path.resolve(__dirname, '../../../admin/dist');

export function registerConsole(app: Express, dir = CONSOLE_DIR): boolean {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    app.get('/', (_req, res) => {
      res.type('text/plain; charset=utf-8').send('控制台尚未构建：运行 npm run build。GraphQL API 位于 /graphql。');
    });
    return false;
  }
  // Hashed asset names never change content: cache them for a year; index.html always revalidates.
  app.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(dir, { index: 'index.html', maxAge: 0 }));
  return true;
}
