import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ServerSettings } from '../core/context';
import { apiError } from '../core/errors';
import type { FileStore } from '../core/file-store';
import { fileRoute } from '../http/file-route';
import { decodeFileNameHeader, readableAttachment, storeUpload } from './attachment.service';

/** The rule of the mutation that stands for uploading (attachment.resolver.ts): whoever may discard an upload may make one. */
export const UPLOAD_RULE = 'discardAttachment';
/** Downloads answer to whoever passes the `attachments` query's rule; the owner's read scope decides the rest. */
export const DOWNLOAD_RULE = 'attachments';

/** `filename*` for the Chinese name (RFC 6266 / 5987) and a plain ASCII `filename` for old clients. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * POST /files (the file as the raw body, its original name percent-encoded in x-file-name):
 * stores it and answers `{ id, fileName, mimeType, size, sha256 }` of the new unbound
 * attachment. GET /files/<key>: the file, to whoever may read the record that holds it (or its
 * uploader while unbound); every other key answers 404, as one that does not exist.
 */
export function registerFileRoutes(app: Express, db: DataSource, settings: ServerSettings, store: FileStore): void {
  app.post(
    '/files',
    fileRoute(
      db,
      settings,
      '上传附件',
      async (ctx, req, res) => {
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const saved = await storeUpload(ctx, store, body, decodeFileNameHeader(req.get('x-file-name')));
        res.status(201).json({
          id: String(saved.id),
          fileName: saved.fileName,
          mimeType: saved.mimeType,
          size: saved.size,
          sha256: saved.sha256,
          url: saved.url,
        });
      },
      () => UPLOAD_RULE,
      { uploadLimitBytes: settings.fileMaxBytes ?? 20 * 1024 * 1024 },
    ),
  );

  app.get(
    '/files/:key',
    fileRoute(
      db,
      settings,
      '下载附件',
      async (ctx, req: Request, res: Response) => {
        const missing = () => apiError('NOT_FOUND', '附件不存在');
        const row = await readableAttachment(ctx, String(req.params.key));
        if (!row) throw missing();
        const bytes = await store.get(row.key);
        if (!bytes) throw missing();
        res.setHeader('content-type', row.mimeType);
        res.setHeader('content-length', String(bytes.length));
        res.setHeader('content-disposition', contentDisposition(row.fileName));
        res.setHeader('x-content-type-options', 'nosniff');
        res.setHeader('cache-control', 'private, no-store');
        res.end(bytes);
      },
      () => DOWNLOAD_RULE,
    ),
  );
}
