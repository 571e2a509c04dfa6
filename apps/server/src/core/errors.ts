import { GraphQLError } from 'graphql';
import type { FieldError } from '@cppcc/domain';

// Every error the API answers carries one of these codes (docs/api.md).
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'YEAR_CLOSED'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE'
  | 'WRITE_OUTCOME_UNKNOWN'
  | 'SERVER_SHUTTING_DOWN'
  | 'INTERNAL_SERVER_ERROR';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** BAD_USER_INPUT naming the first offending field, with every problem listed in `fields`. */
export function badInput(errors: FieldError[]): GraphQLError {
  const [first] = errors;
  return apiError('BAD_USER_INPUT', `${first.field}: ${first.message}`, { field: first.field, fields: errors });
}

export function assertValid(errors: FieldError[]): void {
  if (errors.length > 0) throw badInput(errors);
}

export function notFound(entity: string, id: string | number): GraphQLError {
  return apiError('NOT_FOUND', `${entity} ${id} 不存在`, { entity, id: String(id) });
}

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return apiError('CONFLICT', message, extra);
}

/** Prefixes every field of nested-input errors, e.g. `name` → `input.name`. */
export function prefixFields(prefix: string, errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ ...e, field: `${prefix}.${e.field}` }));
}
