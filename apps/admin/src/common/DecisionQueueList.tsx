// A list of items that wait for the county's decision (claims, objections): those who decide
// open it on what waits for them, a township on everything of its own; chips count each status.
import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactElement } from 'react';
import { List } from 'react-admin';
import { canCallOn } from '../permissions';
import { StatusCounts } from './StatusCounts';
import { useTownshipList } from './useTownshipList';
import { useWho } from './useWho';

export const DecisionQueueList = ({
  resource,
  filters,
  ownTitle,
  decides,
  status,
  actions,
  empty,
  phone,
  desktop,
}: {
  resource: string;
  filters: (fixed: boolean) => ReactElement[];
  ownTitle: string;
  /** The operation of those who decide. */
  decides: string;
  status: { source: string; enumName: string; values: readonly string[]; waiting: string; countsLabel: string };
  actions: ReactElement;
  empty?: ReactElement;
  phone: ReactElement;
  /** The desktop table; `fixed`: the township column is left out (an officer's own). */
  desktop: (fixed: boolean) => ReactElement;
}) => {
  const { who } = useWho();
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { isPending, fixed, listProps } = useTownshipList(resource, filters, ownTitle);
  if (isPending) return null;
  return (
    <List
      {...listProps}
      filterDefaultValues={canCallOn(who, decides, resource, null) ? { [status.source]: status.waiting } : {}}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={actions}
      empty={empty}
    >
      <StatusCounts
        resource={resource}
        source={status.source}
        enumName={status.enumName}
        values={status.values}
        label={status.countsLabel}
      />
      {small ? phone : desktop(!!fixed)}
    </List>
  );
};
