import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { logger } from './logger';
import type { ServerMetrics } from './metrics';

/** One JSON log line per request with its id (x-request-id, echoed back) and GraphQL operation. */
export function requestLog(metrics: ServerMetrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const requestId = (req.get('x-request-id') || '').slice(0, 64) || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      // originalUrl: mounted routers (/graphql) rewrite req.path to their own root
      const path = req.originalUrl.split('?')[0];
      const route = path.startsWith('/graphql') ? '/graphql' : path.startsWith('/export/') ? path : path.startsWith('/assets/') ? '/assets' : path === '/' ? '/' : 'other';
      metrics.http.inc({ route, status: String(res.statusCode) });
      logger.info({ requestId, method: req.method, path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6, operation: res.locals.context?.operationName }, 'request');
    });
    next();
  };
}
