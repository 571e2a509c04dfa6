import { DateField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ArchiveButton } from '../common/ArchiveButton';
import { ArchivedChip } from '../common/ArchivedChip';
import { EnumField } from '../common/EnumField';
import { ShowActions } from '../common/ShowActions';

export const HandlingUnitShow = () => (
  <Show
    actions={
      <ShowActions>
        <ArchiveButton />
      </ShowActions>
    }
  >
    <SimpleShowLayout>
      <span>
        <TextField source="name" variant="h6" />
        <ArchivedChip />
      </span>
      <TextField source="shortName" emptyText="—" />
      <EnumField source="kind" enumName="HandlingUnitKind" />
      <TextField source="contactPerson" emptyText="—" />
      <TextField source="contactPhone" emptyText="—" />
      <DateField source="archivedAt" showTime locales="zh-CN" emptyText="—" />
      <DateField source="updatedAt" showTime locales="zh-CN" />
    </SimpleShowLayout>
  </Show>
);
