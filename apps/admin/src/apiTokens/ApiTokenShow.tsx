import {
  BooleanField,
  DateField,
  ListButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ApiTokenStatusField } from './ApiTokenStatusField';
import { RevokeButton } from './RevokeButton';

const Actions = () => (
  <TopToolbar>
    <ListButton />
    <RevokeButton redirect="list" />
  </TopToolbar>
);

export const ApiTokenShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="prefix" sx={{ fontFamily: 'monospace' }} />
        <ApiTokenStatusField label="cppcc.tokens.status" />
        <EnumField source="role" enumName="Role" />
        <ReferenceField source="townshipId" reference="townships" link={false} emptyText="—" />
        <ReferenceField source="handlingUnitId" reference="handlingUnits" link={false} emptyText="—" />
        <BooleanField source="readOnly" />
        <BooleanField source="personalData" />
        <DateField source="expiresAt" locales="zh-CN" emptyText={translate('cppcc.tokens.no_expiry')} />
        <DateField source="lastUsedAt" showTime locales="zh-CN" emptyText={translate('cppcc.tokens.never_used')} />
        <DateField source="revokedAt" showTime locales="zh-CN" emptyText="—" />
        <TextField source="createdBy.displayName" emptyText="—" />
        <DateField source="createdAt" showTime locales="zh-CN" />
      </SimpleShowLayout>
    </Show>
  );
};
