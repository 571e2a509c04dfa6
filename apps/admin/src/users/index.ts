import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';

const views = () => import('./views');

const UserList = lazy(() => views().then((m) => ({ default: m.UserList })));
const UserCreate = lazy(() => views().then((m) => ({ default: m.UserCreate })));
const UserEdit = lazy(() => views().then((m) => ({ default: m.UserEdit })));

export default {
  icon: ManageAccountsIcon,
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  recordRepresentation: 'displayName',
};
