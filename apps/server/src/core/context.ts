import type { DataSource } from 'typeorm';
import { Loaders } from './loaders';

/** Who is calling. Until access control lands every caller is the system itself. */
export interface Viewer {
  kind: 'system';
}

export interface GraphQLContext {
  requestId: string;
  clientAddress: string | null;
  db: DataSource;
  loaders: Loaders;
  viewer: Viewer;
}

export function createContext(db: DataSource, requestId: string, clientAddress: string | null): GraphQLContext {
  return { requestId, clientAddress, db, loaders: new Loaders(db), viewer: { kind: 'system' } };
}
