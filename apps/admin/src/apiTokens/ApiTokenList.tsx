import {
  CreateButton,
  DataTable,
  DateField,
  FilterButton,
  List,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Chip } from '@mui/material';
import { EnumField } from '../common/EnumField';
import { apiTokenFilters } from './ApiTokenFilters';
import { ApiTokenStatusField } from './ApiTokenStatusField';
import { RevokeButton } from './RevokeButton';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="cppcc.tokens.issue" />
  </TopToolbar>
);

/** 只读 / 读写. */
const AccessField = () => {
  const record = useRecordContext<{ readOnly?: boolean }>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate(record.readOnly ? 'cppcc.tokens.read_only' : 'cppcc.tokens.read_write')}</>;
};

/** 含个人信息 (warned in colour) / 脱敏. */
const PersonalDataField = () => {
  const record = useRecordContext<{ personalData?: boolean }>();
  const translate = useTranslate();
  if (!record) return null;
  return record.personalData ? (
    <Chip size="small" color="warning" label={translate('cppcc.tokens.personal_data_full')} />
  ) : (
    <>{translate('cppcc.tokens.personal_data_masked')}</>
  );
};

export const ApiTokenList = () => {
  const translate = useTranslate();
  return (
    <List
      filters={apiTokenFilters}
      filterDefaultValues={{ includeRevoked: false }}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="name" sx={{ fontWeight: 500 }} />
        <DataTable.Col source="prefix" disableSort>
          <TextField source="prefix" sx={{ fontFamily: 'monospace' }} />
        </DataTable.Col>
        <DataTable.Col source="role" disableSort>
          <EnumField source="role" enumName="Role" />
        </DataTable.Col>
        <DataTable.Col source="readOnly" disableSort>
          <AccessField />
        </DataTable.Col>
        <DataTable.Col source="personalData" disableSort>
          <PersonalDataField />
        </DataTable.Col>
        <DataTable.Col source="lastUsedAt">
          <DateField source="lastUsedAt" showTime locales="zh-CN" emptyText={translate('cppcc.tokens.never_used')} />
        </DataTable.Col>
        <DataTable.Col source="expiresAt" disableSort>
          <DateField source="expiresAt" locales="zh-CN" emptyText={translate('cppcc.tokens.no_expiry')} />
        </DataTable.Col>
        <DataTable.Col source="revokedAt" disableSort label="cppcc.tokens.status">
          <ApiTokenStatusField />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <RevokeButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
