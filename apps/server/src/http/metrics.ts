import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';
import type { GraphQLContext } from '../core/context';

/** Prometheus metrics of one server process: requests and latency per operation, errors by code, DB pool. */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation',
    labelNames: ['operation'],
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request duration by operation',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors by extensions.code',
    labelNames: ['code'],
    registers: [this.registry],
  });
  readonly http = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'],
    registers: [this.registry],
  });

  constructor(db: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    // The mysql2 pool's internals (TypeORM types it `any`); SQLite has no pool.
    type PoolState = { _allConnections?: unknown[]; _freeConnections?: unknown[]; _connectionQueue?: unknown[] };
    const pool = (): PoolState | undefined => (db.driver instanceof MysqlDriver ? db.driver.pool : undefined);
    new Gauge({
      name: 'db_pool_connections',
      help: 'MySQL pool connections by state (SQLite: one connection)',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) {
          this.set({ state: 'total' }, db.isInitialized ? 1 : 0);
          return;
        }
        this.set({ state: 'total' }, p._allConnections?.length ?? 0);
        this.set({ state: 'idle' }, p._freeConnections?.length ?? 0);
        this.set({ state: 'waiting' }, p._connectionQueue?.length ?? 0);
      },
    });
  }

  /** Apollo plugin feeding the GraphQL counters. */
  plugin(): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ operationName, response, contextValue }) => {
            const operation = (operationName || 'anonymous').slice(0, 60);
            contextValue.log.operation = operation;
            this.requests.inc({ operation });
            this.latency.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
            // Count the answered (formatted) codes, the ones docs/api.md promises.
            const sent = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            for (const e of sent ?? [])
              this.errors.inc({ code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          },
        };
      },
    };
  }
}
