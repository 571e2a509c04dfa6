import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ServerSettings } from '../core/context';
import { apiError } from '../core/errors';
import { fileRoute } from '../http/file-route';
import { ATTENDANCE_NOTE } from './columns';
import { IMPORT_COLUMNS, runImport, type ImportKind } from './import.service';
import { WorkerTaskError } from '../core/worker-pool';
import { InflationLimitError } from '../files/inflation';
import { MAX_ROWS, readSheet, templateWorkbook } from './workbook';

/** An .xlsx of 5,000 rows is well under 1 MB. */
const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TITLES: Record<ImportKind, string> = { members: '委员', activities: '履职活动' };
/** The single create each import repeats: the same rule decides who may import. */
const RULE: Record<ImportKind, string> = { members: 'createMember', activities: 'createActivity' };
const NOTES: Record<ImportKind, string[]> = {
  members: [
    '性别、政治面貌、委员类别、状态填写中文选项；界别、所在乡镇填写系统中的名称。',
    `一次最多 ${MAX_ROWS} 行；任何一行有误则整批不导入。`,
  ],
  activities: [
    '组织乡镇留空表示县政协组织（仅县政协管理员可导入）。',
    '会议须填写会议类型，协商须填写协商规模。',
    ATTENDANCE_NOTE,
    `一次最多 ${MAX_ROWS} 行；任何一行有误则整批不导入。`,
  ],
};

function isKind(value: string): value is ImportKind {
  return value === 'members' || value === 'activities';
}

/**
 * Excel import: GET /import/templates/<kind>.xlsx, then POST /import/<kind>?dryRun=true|false
 * with the .xlsx as the body. Authenticated and allowed like the single create.
 */
export function registerImportRoutes(app: Express, db: DataSource, settings: ServerSettings): void {
  const fail = (res: Response, status: number, code: string, message: string) =>
    res.status(status).json({ errors: [{ message, extensions: { code } }] });

  app.get('/import/templates/:file', async (req: Request, res: Response) => {
    const kind = String(req.params.file).replace(/\.xlsx$/, '');
    if (!isKind(kind)) return fail(res, 404, 'NOT_FOUND', '没有这个导入模板');
    const file = await templateWorkbook(TITLES[kind], IMPORT_COLUMNS[kind] as never, NOTES[kind]);
    res.setHeader('content-type', XLSX);
    res.setHeader(
      'content-disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(`${TITLES[kind]}导入模板.xlsx`)}`,
    );
    res.send(file);
  });

  app.post(
    '/import/:kind',
    (req, res, next) => (isKind(String(req.params.kind)) ? next() : fail(res, 404, 'NOT_FOUND', '不支持的导入类型')),
    fileRoute(
      db,
      settings,
      '导入',
      async (ctx, req, res) => {
        const kind = String(req.params.kind) as ImportKind;
        if (!Buffer.isBuffer(req.body) || req.body.length === 0)
          throw apiError('BAD_USER_INPUT', '请上传 .xlsx 文件', { field: 'file' });
        const sheet = await readSheet(req.body).catch((error: Error) => {
          // A file refused (a bomb, not a workbook, too complex): the user's input, not a server fault.
          if (error instanceof InflationLimitError || (error instanceof WorkerTaskError && error.reason === 'failed'))
            throw apiError('BAD_USER_INPUT', error.message, { field: 'file' });
          throw error;
        });
        res.json(await runImport(ctx, kind, sheet, req.query.dryRun !== 'false'));
      },
      (req) => RULE[req.params.kind as ImportKind],
      { uploadLimitBytes: UPLOAD_LIMIT_BYTES },
    ),
  );
}
