import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLContext } from '../core/context';
import { errorBody } from './json-errors';
import { logger } from '../core/logger';
import type { ServerMetrics } from './metrics';
import type { RequestContext } from './request-context';
import { trackRequest } from './request-log';
import { clientAddress, type TrustProxy } from './client';

export const BODY_LIMIT_BYTES = 1024 * 1024;

const JSON_UTF8 = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Whether the fast path answers this request: a plain JSON POST to /graphql, which is nearly
 * all API traffic. GET queries, other content types, compressed bodies and everything else go
 * through express as before.
 */
export function takesFastPath(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.headers['content-encoding']) return false;
  if (req.url !== '/graphql' && !req.url?.startsWith('/graphql?')) return false;
  return JSON_UTF8.test(req.headers['content-type'] ?? '');
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
  ) {
    super(type);
  }
}

/** The JSON body as express.json() would read it: ≤ 1 MB, an object or array, empty → {}. */
function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > BODY_LIMIT_BYTES)
      return reject(new BodyError(413, 'entity.too.large'));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT_BYTES) {
        req.removeAllListeners('data');
        req.resume(); // drain the rest; the 413 goes out at once
        reject(new BodyError(413, 'entity.too.large'));
      } else chunks.push(chunk);
    });
    req.on('error', () => reject(new BodyError(400, 'request.aborted')));
    req.on('end', () => {
      const text = Buffer.concat(chunks, size)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      if (text.length === 0) return resolve({});
      // body-parser's strict mode: only objects and arrays at the top level
      const first = /^\s*(.)/.exec(text)?.[1];
      if (first !== '{' && first !== '[') return reject(new BodyError(400, 'entity.parse.failed'));
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new BodyError(400, 'entity.parse.failed'));
      }
    });
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * POST /graphql straight into Apollo without express's router and body parser, which cost a
 * tenth of a busy server's time. Same behaviour as the express route: body limit, JSON errors
 * with docs/api.md codes, request id and log line, security headers, client address behind a trusted
 * proxy, CSRF prevention (Apollo's own).
 */
export function graphqlEndpoint(
  apollo: ApolloServer<GraphQLContext>,
  metrics: ServerMetrics,
  context: RequestContext,
  edge: { trust: TrustProxy; headers: (req: IncomingMessage, res: ServerResponse) => void },
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    edge.headers(req, res);
    let ctx: GraphQLContext | undefined;
    const requestId = trackRequest(req, res, metrics, () => ctx?.log.operation);
    try {
      let body: unknown;
      try {
        body = await readJsonBody(req);
      } catch (error) {
        if (!(error instanceof BodyError)) throw error;
        return sendJson(res, error.status, errorBody(error.status, error.type));
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = req.url ?? '/graphql';
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers,
          search: url.includes('?') ? url.slice(url.indexOf('?')) : '',
          body,
        },
        context: async () =>
          (ctx = await context(
            req.headers.authorization,
            requestId,
            clientAddress(req, edge.trust),
            req.headers['x-correction-reason'],
          )),
      });
      res.statusCode = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      logger.error({ requestId, err: error }, 'graphql endpoint failed');
      if (!res.headersSent) sendJson(res, 500, errorBody(500));
      else res.destroy();
    }
  };
}
