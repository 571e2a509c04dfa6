import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { accessRules, decide } from '../core/access';
import { databaseUnavailable, isDatabaseDown } from '../core/format-error';
import { createContext, type GraphQLContext, type ServerSettings } from '../core/context';
import { authenticate } from '../auth/authenticate';
import { annualSummary, townshipComparison } from '../analytics/analytics.service';
import { comparisonWorkbook } from '../analytics/comparison-xlsx';
import { annualSummaryDocument } from '../analytics/annual-summary-docx';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, DATABASE_UNAVAILABLE: 503 };

/**
 * File downloads beside /graphql. Authenticated like the API (Bearer header) and allowed by the
 * same rule as the query they export, so a caller gets no more here than through GraphQL.
 */
export function registerExportRoutes(app: Express, db: DataSource, settings: ServerSettings): void {
  const handle =
    (operation: string, produce: (ctx: GraphQLContext, req: Request) => Promise<{ file: Buffer; name: string; type: string }>) =>
    async (req: Request, res: Response) => {
      try {
        const viewer = await authenticate(db, req.get('authorization'), settings.jwtSecret);
        const ctx = createContext(db, viewer, settings, req.get('x-request-id') || randomUUID(), req.ip ?? null);
        const decision = decide(accessRules().get(operation), viewer);
        if (decision !== 'allow') {
          res.status(decision === 'unauthenticated' ? 401 : 403).json({ errors: [{ message: decision === 'unauthenticated' ? '请先登录' : '无权导出', extensions: { code: decision.toUpperCase() } }] });
          return;
        }
        const { file, name, type } = await produce(ctx, req);
        res.setHeader('content-type', type);
        res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
        res.send(file);
      } catch (caught) {
        const error = isDatabaseDown(caught) ? databaseUnavailable() : caught;
        const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
        if (code === 'INTERNAL_SERVER_ERROR') console.error('[export]', error);
        const body = error instanceof GraphQLError ? { message: error.message, extensions: error.extensions } : { message: '导出失败', extensions: { code } };
        res.status(STATUS[code] ?? 500).json({ errors: [body] });
      }
    };

  const intParam = (req: Request, name: string) => {
    const raw = req.query[name];
    const n = Number(raw);
    if (typeof raw !== 'string' || !Number.isInteger(n)) throw new GraphQLError(`参数 ${name} 应为整数`, { extensions: { code: 'BAD_USER_INPUT', field: name } });
    return n;
  };

  app.get(
    '/export/comparison.xlsx',
    handle('townshipComparison', async (ctx, req) => {
      const year = intParam(req, 'year');
      const metrics = typeof req.query.metrics === 'string' && req.query.metrics ? req.query.metrics.split(',') : undefined;
      const comparison = await townshipComparison(ctx, year, metrics, req.query.perMember === 'true');
      return { file: await comparisonWorkbook(comparison), name: `${year}年乡镇政协工作比较.xlsx`, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    }),
  );

  app.get(
    '/export/annual-summary.docx',
    handle('annualSummary', async (ctx, req) => {
      const summary = await annualSummary(ctx, intParam(req, 'townshipId'), intParam(req, 'year'));
      return {
        file: await annualSummaryDocument(summary),
        name: `${summary.townshipName}${summary.year}年度政协工作总结.docx`,
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      };
    }),
  );
}
