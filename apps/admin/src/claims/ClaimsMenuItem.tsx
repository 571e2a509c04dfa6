import { Badge } from '@mui/material';
import { Menu, useGetList, useTranslate } from 'react-admin';
import { ClaimReview } from '@cppcc/domain';
import { useWho } from '../common/useWho';
import { canCallOn } from '../permissions';
import claims from './index';

/** 成果申报确认 in the menu; for those who decide, with the number of claims waiting. */
export const ClaimsMenuItem = () => {
  const { who } = useWho();
  const translate = useTranslate();
  const decides = canCallOn(who, 'confirmClaim', 'claims', null);
  const { total } = useGetList(
    'claims',
    { filter: { review: ClaimReview.PENDING }, pagination: { page: 1, perPage: 1 } },
    { enabled: decides },
  );
  const Icon = claims.icon;
  return (
    <Menu.Item
      to="/claims"
      primaryText={translate('resources.claims.name', { smart_count: 2 })}
      leftIcon={
        <Badge
          color="warning"
          badgeContent={decides ? total : 0}
          max={99}
          aria-label={translate('cppcc.claims.waiting')}
        >
          <Icon />
        </Badge>
      }
    />
  );
};
