// The console's whole GraphQL client: POST JSON to /graphql with fetch, map docs/api.md's error
// codes onto react-admin's HttpError. No GraphQL library (one graphql copy in the repo): the
// documents are codegen's typed strings (src/gql), which carry their result and variable types.
import { HttpError } from 'react-admin';
import type { TypedDocumentString } from './gql/graphql';

export const GRAPHQL_URL = '/graphql';
export const TOKEN_KEY = 'cppcc.token';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    field?: string;
    fields?: { field: string; message: string }[];
    currentVersion?: number;
    [key: string]: unknown;
  };
}

/** The body of every HttpError thrown here: the API code, and field errors for forms. */
export interface ApiErrorBody {
  code: string;
  /** react-admin form errors: `{ phone: '电话号码格式不正确…' }` */
  errors?: Record<string, string>;
  /** CONFLICT on an update with expectedVersion: someone else saved first */
  stale?: boolean;
  currentVersion?: number;
}

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 422,
  QUERY_TOO_COMPLEX: 400,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Messages shown for codes whose server message is not meant for a form user. */
const FALLBACK_MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录',
  FORBIDDEN: '没有权限执行此操作',
  NOT_FOUND: '记录不存在或无权查看',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  DATABASE_UNAVAILABLE: '数据库暂时不可用，请稍后重试',
  INTERNAL_SERVER_ERROR: '服务器内部错误',
};

export const STALE_MESSAGE = '记录已被他人修改，请重新加载后再编辑';

/**
 * `input.name` → `name`; `input.members[0].memberId` → `members.0.memberId` (react-hook-form path).
 * Fields outside the input (`page.limit`, `id`) keep their path.
 */
export function formFieldOf(field: string): string {
  const path = field.replace(/\[(\d+)\]/g, '.$1');
  return path.startsWith('input.') ? path.slice('input.'.length) : path;
}

/** Strips the `input.name: ` prefix the server puts before a field error's message. */
function plainMessage(message: string, field: string | undefined): string {
  if (field && message.startsWith(`${field}: `)) return message.slice(field.length + 2);
  return message;
}

export interface ErrorContext {
  /** The operation was an update carrying expectedVersion: CONFLICT means a stale record. */
  versioned?: boolean;
}

/** Turns the first GraphQL error into the HttpError react-admin understands. */
export function toHttpError(error: GraphQLErrorShape, context: ErrorContext = {}): HttpError {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const status = HTTP_STATUS[code] ?? 500;
  const body: ApiErrorBody = { code };
  let message = error.message || FALLBACK_MESSAGES[code] || '服务器通信错误';

  if (code === 'BAD_USER_INPUT') {
    const list = error.extensions?.fields?.length
      ? error.extensions.fields
      : error.extensions?.field
        ? [{ field: error.extensions.field, message: plainMessage(error.message, error.extensions.field) }]
        : [];
    if (list.length > 0) {
      const errors: Record<string, string> = {};
      for (const item of list) {
        const key = formFieldOf(item.field);
        if (!(key in errors)) errors[key] = plainMessage(item.message, item.field);
      }
      body.errors = errors;
      message = errors[formFieldOf(list[0].field)];
    }
  } else if (
    code === 'CONFLICT' &&
    context.versioned &&
    (error.extensions?.currentVersion !== undefined || /修改|version|版本/i.test(error.message))
  ) {
    body.stale = true;
    body.currentVersion = error.extensions?.currentVersion;
    message = STALE_MESSAGE;
  } else if (code === 'UNAUTHENTICATED' || code === 'INTERNAL_SERVER_ERROR') {
    message = error.message && code !== 'INTERNAL_SERVER_ERROR' ? error.message : FALLBACK_MESSAGES[code];
  }
  return new HttpError(message, status, body);
}

export type TokenGetter = () => string | null;

let tokenGetter: TokenGetter = () => (typeof localStorage === 'undefined' ? null : localStorage.getItem(TOKEN_KEY));

/** Tests swap the token source. */
export function setTokenGetter(getter: TokenGetter): void {
  tokenGetter = getter;
}

export interface RequestOptions extends ErrorContext {
  /** Do not send the stored token (login). */
  anonymous?: boolean;
  signal?: AbortSignal;
}

/** POST one operation; resolves with `data` or rejects with an HttpError. */
export async function gqlRequest<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  options: RequestOptions = {},
): Promise<T> {
  const query = document.toString();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  const token = options.anonymous ? null : tokenGetter();
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new HttpError('无法连接服务器，请检查网络', 0, { code: 'NETWORK_ERROR' });
  }

  let payload: { data?: T | null; errors?: GraphQLErrorShape[] } | null = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  if (payload?.errors?.length) throw toHttpError(payload.errors[0], options);
  if (!response.ok || !payload || payload.data == null) {
    if (response.status === 401) throw toHttpError({ message: '', extensions: { code: 'UNAUTHENTICATED' } });
    throw new HttpError(`服务器通信错误（HTTP ${response.status}）`, response.status || 500, { code: 'HTTP_ERROR' });
  }
  return payload.data;
}
