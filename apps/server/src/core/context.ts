import type { DataSource, EntityManager } from 'typeorm';
import { Loaders } from './loaders';
import type { FileStore } from './file-store';
import type { Viewer } from './viewer';

/** Per-process settings resolvers need (the token secret, production mode). */
export interface ServerSettings {
  jwtSecret: string;
  production: boolean;
  /** Lifetime of login tokens. */
  tokenTtlSeconds: number;
  /** Where attachments live (core/file-store.ts); absent where nothing serves files (seeding). */
  fileStore?: FileStore;
  /** The largest attachment in bytes (FILE_MAX_MB). */
  fileMaxBytes?: number;
}

export interface GraphQLContext {
  requestId: string;
  clientAddress: string | null;
  db: DataSource;
  loaders: Loaders;
  viewer: Viewer;
  settings: ServerSettings;
  /**
   * A county admin's reason for changing records of a closed year (the X-Correction-Reason header,
   * percent-encoded): such writes are post-close corrections (docs/domain.md, year close).
   */
  correctionReason?: string;
  /** An enclosing transaction (batch imports): writes join it instead of opening their own. */
  tx?: EntityManager;
  /** What the request log reports; an object because Apollo runs each operation on a shallow copy of the context. */
  log: { operation?: string };
}

export function createContext(
  db: DataSource,
  viewer: Viewer,
  settings: ServerSettings,
  requestId: string,
  clientAddress: string | null,
  correctionReason?: string,
): GraphQLContext {
  const ctx: GraphQLContext = {
    requestId,
    clientAddress,
    db,
    loaders: new Loaders(db, viewer),
    viewer,
    settings,
    log: {},
  };
  if (correctionReason) ctx.correctionReason = correctionReason;
  return ctx;
}
