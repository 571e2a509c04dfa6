import { AutocompleteInput, DateInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './auditLabels';

export const auditEntryFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="actorId"
    source="actorId"
    reference="users"
    sort={{ field: 'username', order: 'ASC' }}
    perPage={100}
    alwaysOn
  >
    <AutocompleteInput optionText="displayName" label="resources.auditEntries.fields.actorId" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <SelectInput key="entityType" source="entityType" choices={AUDIT_ENTITY_TYPES} alwaysOn />,
  <SelectInput key="action" source="action" choices={AUDIT_ACTIONS} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
];
