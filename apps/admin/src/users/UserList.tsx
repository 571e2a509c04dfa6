import { Chip } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateField,
  FilterButton,
  List,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { userFilters } from './UserFilters';
import { UnlockLoginButton } from './UnlockLoginButton';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export const UserStatusField = (_props: { label?: string }) => {
  const record = useRecordContext<{ disabledAt?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  return record.disabledAt ? (
    <Chip size="small" color="default" label={translate('cppcc.users.disabled')} />
  ) : (
    <Chip size="small" color="success" variant="outlined" label={translate('cppcc.users.enabled')} />
  );
};

export const UserList = () => (
  <List filters={userFilters} sort={{ field: 'id', order: 'ASC' }} perPage={25} exporter={false} actions={<Actions />}>
    <DataTable bulkActionButtons={false} rowClick="edit">
      <DataTable.Col source="username" sx={{ fontWeight: 500 }} />
      <DataTable.Col source="displayName" />
      <DataTable.Col source="role" disableSort>
        <EnumField source="role" enumName="Role" />
      </DataTable.Col>
      <DataTable.Col source="township.name" disableSort />
      <DataTable.Col source="handlingUnit.name" disableSort />
      <DataTable.Col source="disabledAt" disableSort label="cppcc.users.status">
        <UserStatusField />
      </DataTable.Col>
      <DataTable.Col source="updatedAt" disableSort>
        <DateField source="updatedAt" showTime locales="zh-CN" />
      </DataTable.Col>
      <DataTable.Col label="cppcc.users.login_blocked" disableSort>
        <UnlockLoginButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
