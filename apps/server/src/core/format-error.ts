import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isLimitRejection } from './query-limits';

const API_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

// Apollo's own codes for documents that cannot run are the caller's bad input in API.md's terms.
const CALLER_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND']);

/** `Variable "$input" got invalid value … at "input.kind"` → `input.kind`. */
function fieldFromMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1];
  const variable = /Variable "\$([^"]+)"/.exec(message);
  if (variable) return variable[1];
  const arg = /[Aa]rgument "([^"]+)"/.exec(message);
  return arg?.[1];
}

function isDatabaseDown(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return ['ECONNREFUSED', 'PROTOCOL_CONNECTION_LOST', 'ETIMEDOUT', 'ECONNRESET', 'ER_CON_COUNT_ERROR', 'SQLITE_BUSY', 'POOL_CLOSED'].includes(String(code));
}

/**
 * Every error leaves with one of API.md's codes; unexpected errors are logged with their detail
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
      return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: 'QUERY_TOO_COMPLEX' } };
    }
    if (CALLER_ERRORS.has(code)) {
      const field = fieldFromMessage(formatted.message);
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', reason: code, ...(field ? { field } : {}) } };
    }
    const original = unwrapResolverError(error);
    if (isDatabaseDown(original)) {
      return { message: '数据库暂时不可用，请稍后重试', path: formatted.path, extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    console.error('[internal error]', original);
    return {
      message: production ? '服务器内部错误' : `服务器内部错误: ${(original as Error)?.message ?? formatted.message}`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
