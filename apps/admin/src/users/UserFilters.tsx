import { AutocompleteInput, ReferenceInput, SearchInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';

export const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" enumName="Role" alwaysOn />,
  <ReferenceInput
    key="townshipId"
    source="townshipId"
    reference="townships"
    sort={{ field: 'sortOrder', order: 'ASC' }}
    perPage={100}
  >
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
];
