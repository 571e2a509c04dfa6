import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { logger } from '../core/logger';
import type { ServerMetrics } from './metrics';

function routeOf(path: string): string {
  if (path.startsWith('/graphql')) return '/graphql';
  if (path.startsWith('/export/')) return path;
  if (path.startsWith('/assets/')) return '/assets';
  return path === '/' ? '/' : 'other';
}

/**
 * Starts the log of one request: its id (x-request-id, echoed back) and, when the response
 * finishes, one JSON line with status, duration and the GraphQL operation `operation()` names.
 * Used by the express app and by the /graphql fast path alike.
 */
export function trackRequest(
  req: IncomingMessage,
  res: ServerResponse,
  metrics: ServerMetrics,
  operation: () => string | undefined,
): string {
  const started = process.hrtime.bigint();
  // Read now: express's mounted routers rewrite req.url while they run.
  const path = (req.url ?? '/').split('?')[0];
  const given = req.headers['x-request-id'];
  const requestId = (typeof given === 'string' ? given.slice(0, 64) : '') || randomUUID();
  res.setHeader('x-request-id', requestId);
  res.on('finish', () => {
    metrics.http.inc({ route: routeOf(path), status: String(res.statusCode) });
    logger.info(
      {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        operation: operation(),
      },
      'request',
    );
  });
  return requestId;
}

/** The express form of trackRequest; the id lands in res.locals.requestId. */
export function requestLog(metrics: ServerMetrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.locals.requestId = trackRequest(req, res, metrics, () => res.locals.context?.log.operation);
    next();
  };
}
