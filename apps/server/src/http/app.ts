import { randomUUID } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { GraphQLContext, ServerSettings } from '../core/context';
import { accessPlugin } from '../core/access-plugin';
import { textHygienePlugin } from '../core/text-hygiene';
import { MAX_TOKENS, queryLimits, selectionLimitRule } from '../core/query-limits';
import { registerExportRoutes } from './export-routes';
import { registerImportRoutes } from '../imports/import-routes';
import { registerFileRoutes } from '../files/file-routes';
import { registerConsole } from './console-static';
import { jsonErrors } from './json-errors';
import { registerHealthRoutes } from './health';
import { ServerMetrics } from './metrics';
import { requestLog } from './request-log';
import { createFormatError } from '../core/format-error';
import { BODY_LIMIT_BYTES, graphqlEndpoint, takesFastPath } from './graphql-endpoint';
import { requestContext } from './request-context';
import { ConnectionDrain } from './shutdown';
import { DbBudget, withDbBudget, type TimeBounds } from '../core/time-bounds';
import { compileTrustProxy } from './client';
import { securityHeaders } from './security-headers';

export interface HttpOptions {
  /** TRUST_PROXY: which proxies' X-Forwarded-For/-Proto to believe (see http/client.ts). */
  trustProxy?: string;
}

export interface HttpApp {
  server: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  /** SIGTERM: answers what was received, then closes the server (shutdown.ts). */
  drain: ConnectionDrain;
}

/**
 * The HTTP server: JSON POSTs to /graphql take the fast path into Apollo; express serves the
 * rest (GET /graphql, health, metrics, exports, imports, the console).
 */
export async function createHttpApp(
  schema: GraphQLSchema,
  db: DataSource,
  settings: ServerSettings,
  bounds: TimeBounds,
  options: HttpOptions = {},
): Promise<HttpApp> {
  const { production } = settings;
  const trust = compileTrustProxy(options.trustProxy);
  const headers = securityHeaders(trust);
  const limits = queryLimits(production);
  const app = express();
  app.disable('x-powered-by');
  // req.ip and req.secure (file routes, express's /graphql) then agree with the fast path.
  app.set('trust proxy', trust);
  app.use((req, res, next) => {
    headers(req, res);
    next();
  });
  const metrics = new ServerMetrics(db);
  const context = requestContext(db, settings);
  // Every request runs with its database budget (time-bounds.ts) and is counted by the drain.
  const server = http.createServer((req, res) => {
    if (!drain.admit(req, res)) return;
    withDbBudget(new DbBudget(bounds), () => (takesFastPath(req) ? void fastPath(req, res) : app(req, res)));
  });
  // A request arriving with less than one ordinary database bound left of the grace period is not started.
  const drain = new ConnectionDrain(server, bounds.shutdownGraceMs, bounds.dbTimeoutMs);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // main.ts drains (shutdown.ts) and exits on SIGTERM itself; Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    // Introspection stays on; the access plugin demands a signed-in caller for it in production.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [selectionLimitRule, ...limits.validationRules],
    formatError: createFormatError(production),
    // Cache-control hints are unused here, and the plugin wraps every field resolver.
    // The landing page (Apollo Sandbox) is a script from Apollo's CDN, which the CSP refuses and
    // the county's network may not reach.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...limits.plugins,
      accessPlugin(production),
      textHygienePlugin(),
      metrics.plugin(),
    ],
  });
  await apollo.start();
  // The HTTP server above calls it; it exists once Apollo has started, before the server listens.
  const fastPath = graphqlEndpoint(apollo, metrics, context, { trust, headers });

  app.use(requestLog(metrics));
  registerHealthRoutes(app, db, () => drain.draining);
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  registerExportRoutes(app, db, settings);
  registerImportRoutes(app, db, settings);
  if (settings.fileStore) registerFileRoutes(app, db, settings, settings.fileStore);
  registerConsole(app);
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ctx = await context(
          req.get('authorization'),
          String(res.locals.requestId ?? randomUUID()),
          req.ip ?? null,
          req.get('x-correction-reason'),
        );
        res.locals.context = ctx; // the request log reads its operation name
        return ctx;
      },
    }),
  );
  app.use(jsonErrors);
  // Requests Node's parser refuses (headers too large, malformed) never reach express.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const body = JSON.stringify({
      errors: [{ message: status === 431 ? '请求头过大' : '请求格式错误', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    socket.end(
      `HTTP/1.1 ${status} Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  return { server, apollo, drain };
}
