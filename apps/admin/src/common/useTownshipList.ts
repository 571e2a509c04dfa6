import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import { fixedTownshipFilter } from '../permissions';
import { useWho } from './useWho';

/**
 * The List props every township-owned resource shares: a township officer's list is fixed to
 * their own township (permanent filter, no township filter, its own title and stored state).
 */
export function useTownshipList(resource: string, filters: (fixed: boolean) => ReactElement[], ownTitleKey: string) {
  const { who, isPending } = useWho();
  const translate = useTranslate();
  const fixed = isPending ? undefined : fixedTownshipFilter(who);
  return {
    who,
    isPending,
    fixed,
    listProps: {
      filters: filters(!!fixed),
      filter: fixed,
      title: fixed ? translate(ownTitleKey) : undefined,
      storeKey: fixed ? `${resource}.township.${fixed.townshipId}` : undefined,
    },
  };
}
