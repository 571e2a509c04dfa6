import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isLimitRejection } from './query-limits';
import { apiError } from './errors';
import { logger } from './logger';

const API_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'YEAR_CLOSED',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'DATABASE_UNAVAILABLE',
  'WRITE_OUTCOME_UNKNOWN',
  'SERVER_SHUTTING_DOWN',
  'INTERNAL_SERVER_ERROR',
]);

// Apollo's own codes for documents that cannot run are the caller's bad input in docs/api.md's terms.
const CALLER_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** `Variable "$input" got invalid value … at "input.kind"` → `input.kind`. */
function fieldFromMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1];
  const variable = /Variable "\$([^"]+)"/.exec(message);
  if (variable) return variable[1];
  const arg = /[Aa]rgument "([^"]+)"/.exec(message);
  return arg?.[1];
}

const DATABASE_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'POOL_CLOSED',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  // time bounds (bounded-pool.ts): no connection in time, a statement over its time
  'POOL_ACQUIRE_TIMEOUT',
  'ER_QUERY_TIMEOUT',
  'ER_STATEMENT_TIMEOUT',
]);
// MariaDB's max_statement_time (1969) and MySQL's MAX_EXECUTION_TIME (3024); mysql2 names only the latter.
const DATABASE_DOWN_ERRNOS = new Set([1969, 3024]);

/** Connection-level failures (the database is gone or locked), as opposed to a bad statement. */
export function isDatabaseDown(error: unknown): boolean {
  const e = error as {
    code?: string;
    errno?: number;
    message?: string;
    driverError?: { code?: string; errno?: number };
    cause?: unknown;
  };
  const code = String(e?.driverError?.code ?? e?.code ?? '');
  if (DATABASE_DOWN_CODES.has(code) || DATABASE_DOWN_ERRNOS.has(Number(e?.driverError?.errno ?? e?.errno))) return true;
  if (
    /connection (is in closed state|lost)|Pool is closed|Can't add new command when connection is in closed state/i.test(
      String(e?.message ?? ''),
    )
  )
    return true;
  return e?.cause != null && e.cause !== error && isDatabaseDown(e.cause);
}

export function databaseUnavailable() {
  return apiError('DATABASE_UNAVAILABLE', '数据库暂时不可用，请稍后重试', { http: { status: 503 } });
}

function outcomeUnknown(error: unknown): boolean {
  const e = error as { outcomeUnknown?: boolean; driverError?: { outcomeUnknown?: boolean }; cause?: unknown };
  return (
    Boolean(e?.outcomeUnknown || e?.driverError?.outcomeUnknown) ||
    (e?.cause != null && e.cause !== error && outcomeUnknown(e.cause))
  );
}

const OUTCOME_UNKNOWN_MESSAGE = '数据库未及时确认此次保存，无法确定是否已保存：请先查询核对，再决定是否重试';

/**
 * The API error for a database failure, or undefined for any other error: DATABASE_UNAVAILABLE
 * when nothing was written, WRITE_OUTCOME_UNKNOWN when a commit got no answer in time (it may
 * have been applied — the caller must look before retrying).
 */
export function databaseFailure(error: unknown) {
  if (!isDatabaseDown(error)) return undefined;
  if (outcomeUnknown(error))
    return apiError('WRITE_OUTCOME_UNKNOWN', OUTCOME_UNKNOWN_MESSAGE, { http: { status: 503 } });
  return databaseUnavailable();
}

/**
 * Every error leaves with one of docs/api.md's codes; unexpected errors are logged with their detail
 * and answered without stack traces or SQL.
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (API_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
      const extensions: Record<string, unknown> = { ...formatted.extensions, code };
      delete extensions.stacktrace;
      if (code === 'BAD_USER_INPUT' && !extensions.field) {
        const field = fieldFromMessage(formatted.message);
        if (field) extensions.field = field;
      }
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    if (isLimitRejection(formatted.message)) {
      return {
        message: formatted.message.replace(/^Syntax Error: /, '').replace('more that', 'more than'),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      };
    }
    if (CALLER_ERRORS.has(code)) {
      const field = fieldFromMessage(formatted.message);
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT', reason: code, ...(field ? { field } : {}) },
      };
    }
    // Apollo's own refusals (persisted-query mismatches …) carry a 4xx status but no code.
    const status = Number(
      (formatted.extensions?.http as { status?: number } | undefined)?.status ??
        (error as { extensions?: { http?: { status?: number } } })?.extensions?.http?.status,
    );
    if (status >= 400 && status < 500)
      return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT', reason: code } };
    const original = unwrapResolverError(error);
    const failure = databaseFailure(original);
    if (failure || code === 'DATABASE_UNAVAILABLE') {
      return {
        message: failure?.message ?? '数据库暂时不可用，请稍后重试',
        path: formatted.path,
        extensions: { code: String(failure?.extensions.code ?? 'DATABASE_UNAVAILABLE') },
      };
    }
    logger.error({ err: original }, 'internal error');
    return {
      message: production ? '服务器内部错误' : `服务器内部错误: ${(original as Error)?.message ?? formatted.message}`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
