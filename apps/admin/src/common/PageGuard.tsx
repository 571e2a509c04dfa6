import { Suspense, type ReactNode } from 'react';
import { AccessDenied, Loading } from 'react-admin';
import { canRead } from '../permissions';
import { useWho } from './useWho';

/** A custom page: shown when the role may read it (permissions.ts), loaded lazily. */
export const PageGuard = ({ page, children }: { page: string; children: ReactNode }) => {
  const { who, isPending } = useWho();
  if (isPending) return <Loading />;
  if (!canRead(who, page)) return <AccessDenied />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
};
