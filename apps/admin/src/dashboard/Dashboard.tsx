import { lazy, Suspense } from 'react';
import { Navigate } from 'react-router-dom';
import { Loading } from 'react-admin';
import { useWho } from '../common/useWho';
import { canRead, PAGES } from '../permissions';

// The dashboard holds the charts (recharts): its own chunk, loaded after the shell.
const DashboardPage = lazy(() => import('./DashboardPage'));

/** 工作台. Handling units have none: they land on 我的待办 (or 我的交办提案). */
export const Dashboard = () => {
  const { who, isPending } = useWho();
  if (isPending) return <Loading />;
  if (who && !canRead(who, PAGES.dashboard))
    return <Navigate to={canRead(who, PAGES.unitWorklist) ? '/unit-worklist' : '/my-proposals'} replace />;
  return (
    <Suspense fallback={<Loading />}>
      <DashboardPage />
    </Suspense>
  );
};
