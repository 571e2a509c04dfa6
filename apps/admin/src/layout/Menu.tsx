import AssignmentIcon from '@mui/icons-material/Assignment';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { useWho } from '../common/useWho';
import { canRead, PAGES } from '../permissions';
import { RESOURCE_NAMES } from '../resources';

/**
 * Role-aware menu: resource items hide themselves when authProvider.canAccess says no
 * (a handling unit sees none of them); the dashboard and 我的交办提案 follow the same rules.
 */
export const Menu = () => {
  const { who } = useWho();
  const translate = useTranslate();
  return (
    <RaMenu>
      {canRead(who, PAGES.dashboard) && <RaMenu.DashboardItem primaryText={translate('cppcc.menu.dashboard')} />}
      {RESOURCE_NAMES.map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
      {canRead(who, PAGES.myProposals) && (
        <RaMenu.Item to="/my-proposals" primaryText={translate('cppcc.menu.myProposals')} leftIcon={<AssignmentIcon />} />
      )}
    </RaMenu>
  );
};
