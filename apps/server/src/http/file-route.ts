import { randomUUID } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { accessRules, decide } from '../core/access';
import { apiError } from '../core/errors';
import type { GraphQLContext, ServerSettings } from '../core/context';
import { databaseFailure } from '../core/format-error';
import { errorBody } from './json-errors';
import { requestContext } from './request-context';
import { longOperation } from '../core/time-bounds';
import { logger } from '../core/logger';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  WRITE_OUTCOME_UNKNOWN: 503,
};

export interface FileRouteOptions {
  /** The route takes a file as its body (req.body, a Buffer) of at most this many bytes, read only once the caller is allowed. */
  uploadLimitBytes?: number;
}

/**
 * A file route beside /graphql (exports, imports): authenticated like the API and allowed by
 * the rule of the GraphQL operation it stands for, so a caller gets no more here than there.
 * An upload's body is read after that, so an anonymous caller cannot make the server buffer
 * it. Errors answer as docs/api.md errors in JSON with a matching HTTP status.
 */
export function fileRoute(
  db: DataSource,
  settings: ServerSettings,
  label: string,
  work: (ctx: GraphQLContext, req: Request, res: Response) => Promise<void>,
  operationOf: (req: Request) => string,
  options: FileRouteOptions = {},
) {
  const context = requestContext(db, settings);
  const readBody = options.uploadLimitBytes ? express.raw({ type: () => true, limit: options.uploadLimitBytes }) : null;
  return async (req: Request, res: Response) => {
    longOperation(); // exports and imports get the long database bound
    try {
      const ctx = await context(
        req.get('authorization'),
        String(res.locals.requestId ?? randomUUID()),
        req.ip ?? null,
        req.get('x-correction-reason'),
      );
      const decision = decide(accessRules().get(operationOf(req)), ctx.viewer);
      if (decision === 'unauthenticated') throw apiError('UNAUTHENTICATED', '请先登录');
      if (decision === 'forbidden') throw apiError('FORBIDDEN', `无权${label}`);
      if (readBody) {
        const refused = await new Promise<{ status?: number; type?: string } | undefined>((resolve) =>
          readBody(req, res, resolve),
        );
        if (refused) {
          const status = refused.status ?? 400;
          const body = errorBody(status, refused.type);
          if (refused.type === 'entity.too.large')
            body.errors[0].message = `文件过大，上限 ${Math.round(options.uploadLimitBytes! / 1024 / 1024)} MB`;
          res
            .status(status)
            .json({ errors: body.errors.map((e) => ({ ...e, extensions: { ...e.extensions, field: 'file' } })) });
          return;
        }
      }
      await work(ctx, req, res);
    } catch (caught) {
      const error = databaseFailure(caught) ?? caught;
      const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
      if (code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error, route: label }, 'internal error');
      const { http: _http, ...extensions } = error instanceof GraphQLError ? error.extensions : { code };
      const message = error instanceof GraphQLError ? error.message : `${label}失败`;
      if (typeof extensions.retryAfterSeconds === 'number')
        res.setHeader('retry-after', String(extensions.retryAfterSeconds));
      res.status(STATUS[code] ?? 500).json({ errors: [{ message, extensions: { ...extensions, code } }] });
    }
  };
}

/** A required whole-number query parameter, or BAD_USER_INPUT naming it. */
export function intParam(req: Request, name: string): number {
  const raw = req.query[name];
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n))
    throw apiError('BAD_USER_INPUT', `参数 ${name} 应为整数`, { field: name });
  return n;
}
