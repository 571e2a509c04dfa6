import type { Express, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ServerSettings } from '../core/context';
import { fileRoute, intParam } from './file-route';
import { annualSummary, countyAnnualReport, townshipComparison } from '../analytics/analytics.service';
import { comparisonWorkbook } from '../analytics/comparison-xlsx';
import { annualSummaryDocument } from '../analytics/annual-summary-docx';
import { countyReportDocument, countyReportTitle } from '../analytics/county-report-docx';
import { UNIT_FIGURE_COLUMNS, type UnitFigureColumn } from '@cppcc/analytics';
import { apiError } from '../core/errors';
import { handlingUnitStats } from '../proposals/proposal.unit-stats';
import { unitStatsWorkbook } from '../proposals/unit-stats-xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function registerExportRoutes(app: Express, db: DataSource, settings: ServerSettings): void {
  const send = (res: Response, { file, name, type }: { file: Buffer; name: string; type: string }) => {
    res.setHeader('content-type', type);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.send(file);
  };

  app.get(
    '/export/comparison.xlsx',
    fileRoute(
      db,
      settings,
      '导出',
      async (ctx, req, res) => {
        const year = intParam(req, 'year');
        const metrics =
          typeof req.query.metrics === 'string' && req.query.metrics ? req.query.metrics.split(',') : undefined;
        const comparison = await townshipComparison(ctx, year, metrics, req.query.perMember === 'true');
        send(res, {
          file: await comparisonWorkbook(comparison),
          name: `${year}年乡镇政协工作比较.xlsx`,
          type: XLSX,
        });
      },
      () => 'townshipComparison',
    ),
  );

  app.get(
    '/export/unit-stats.xlsx',
    fileRoute(
      db,
      settings,
      '导出',
      async (ctx, req, res) => {
        const year = intParam(req, 'year');
        const sort = (req.query.sort ?? 'onTimeRate') as UnitFigureColumn['key'];
        if (!UNIT_FIGURE_COLUMNS.some((c) => c.key === sort))
          throw apiError(
            'BAD_USER_INPUT',
            `参数 sort 应为以下之一：${UNIT_FIGURE_COLUMNS.map((c) => c.key).join(', ')}`,
            {
              field: 'sort',
            },
          );
        send(res, {
          file: await unitStatsWorkbook(year, await handlingUnitStats(ctx, year), sort),
          name: `${year}年承办单位提案办理情况.xlsx`,
          type: XLSX,
        });
      },
      () => 'handlingUnitStats',
    ),
  );

  app.get(
    '/export/annual-summary.docx',
    fileRoute(
      db,
      settings,
      '导出',
      async (ctx, req, res) => {
        const summary = await annualSummary(ctx, intParam(req, 'townshipId'), intParam(req, 'year'));
        send(res, {
          file: await annualSummaryDocument(summary),
          name: `${summary.townshipName}${summary.year}年度政协工作总结.docx`,
          type: DOCX,
        });
      },
      () => 'annualSummary',
    ),
  );

  app.get(
    '/export/county-report.docx',
    fileRoute(
      db,
      settings,
      '导出',
      async (ctx, req, res) => {
        const report = await countyAnnualReport(ctx, intParam(req, 'year'));
        send(res, {
          file: await countyReportDocument(report),
          name: `${countyReportTitle(report.year)}.docx`,
          type: DOCX,
        });
      },
      () => 'countyAnnualReport',
    ),
  );
}
