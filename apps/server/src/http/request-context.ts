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
  ): Promise<GraphQLContext> => {
    const viewer = await authenticate(db, authorization, settings.jwtSecret).catch((error) => {
      throw databaseFailure(error) ?? error;
    });
    return createContext(db, viewer, settings, requestId, clientAddress);
  };
}

export type RequestContext = ReturnType<typeof requestContext>;
