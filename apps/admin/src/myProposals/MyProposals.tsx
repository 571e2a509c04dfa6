import { lazy, Suspense } from 'react';
import { Loading } from 'react-admin';

// The list, its filters and the reply dialog: loaded when a unit opens its page.
const MyProposalsList = lazy(() => import('./MyProposalsList'));

/** 我的交办提案 — the handling unit's page. */
export const MyProposals = () => (
  <Suspense fallback={<Loading />}>
    <MyProposalsList />
  </Suspense>
);
