import type { NextFunction, Request, Response } from 'express';
import { logger } from '../core/logger';

const MESSAGES: Record<string, string> = {
  'entity.too.large': '请求体过大',
  'entity.parse.failed': '请求体不是有效的 JSON',
  'charset.unsupported': '不支持的字符集',
  'encoding.unsupported': '不支持的内容编码',
};

/** The docs/api.md error body for a request refused before GraphQL (body too large, not JSON …). */
export function errorBody(status: number, type?: string) {
  return {
    errors: [
      {
        message: MESSAGES[type ?? ''] ?? (status >= 500 ? '服务器内部错误' : '请求格式错误'),
        extensions: {
          code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT',
          ...(type ? { reason: type } : {}),
        },
      },
    ],
  };
}

/** Body-parser and other express errors as docs/api.md errors in JSON — never an HTML page with a stack. */
export function jsonErrors(
  error: { status?: number; statusCode?: number; type?: string; message?: string },
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (res.headersSent) return next(error);
  const status = error.status ?? error.statusCode ?? 500;
  if (status >= 500) logger.error({ err: error }, 'http error');
  res.status(status).json(errorBody(status, error.type));
}
