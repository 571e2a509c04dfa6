import { Badge } from '@mui/material';
import type { ComponentType } from 'react';
import { Menu, useGetList, useTranslate } from 'react-admin';
import { canCallOn } from '../permissions';
import { useWho } from './useWho';

/** A resource in the menu; for those who decide (`operation`), with the number waiting for them. */
export const WaitingMenuItem = ({
  resource,
  operation,
  waiting,
  icon: Icon,
  label,
}: {
  resource: string;
  operation: string;
  /** The filter of what waits. */
  waiting: Record<string, unknown>;
  icon: ComponentType;
  /** The badge's accessible name. */
  label: string;
}) => {
  const { who } = useWho();
  const translate = useTranslate();
  const decides = canCallOn(who, operation, resource, null);
  const { total } = useGetList(
    resource,
    { filter: waiting, pagination: { page: 1, perPage: 1 } },
    { enabled: decides },
  );
  return (
    <Menu.Item
      to={`/${resource}`}
      primaryText={translate(`resources.${resource}.name`, { smart_count: 2 })}
      leftIcon={
        <Badge color="warning" badgeContent={decides ? total : 0} max={99} aria-label={translate(label)}>
          <Icon />
        </Badge>
      }
    />
  );
};
