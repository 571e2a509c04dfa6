import type { DataSource } from 'typeorm';
import { authenticate } from '../auth/authenticate';
import { createContext, type GraphQLContext, type ServerSettings } from '../core/context';
import { databaseFailure } from '../core/format-error';

/**
 * The context of one request, for /graphql and the file routes alike: the caller behind the
 * Authorization header (UNAUTHENTICATED for a bad one, DATABASE_UNAVAILABLE when an API token
 * cannot be looked up).
 */
export function requestContext(db: DataSource, settings: ServerSettings) {
  return async (
    authorization: string | undefined,
    requestId: string,
    clientAddress: string | null,
    correctionHeader?: string | string[],
  ): Promise<GraphQLContext> => {
    const viewer = await authenticate(db, authorization, settings.jwtSecret).catch((error) => {
      throw databaseFailure(error) ?? error;
    });
    return createContext(db, viewer, settings, requestId, clientAddress, correctionReason(correctionHeader));
  };
}

/** The X-Correction-Reason header: percent-encoded UTF-8 (headers are Latin-1), at most 500 characters once decoded. */
function correctionReason(header: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return undefined;
  try {
    const text = decodeURIComponent(raw).trim();
    return text ? text.slice(0, 500) : undefined;
  } catch {
    return undefined; // not percent-encoded: as if absent, so the write is refused with YEAR_CLOSED and its hint
  }
}

export type RequestContext = ReturnType<typeof requestContext>;
