import { AutocompleteInput, ReferenceInput, SearchInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { YearInput } from '../common/YearInput';

export const rectificationItemFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="RectificationStatus" alwaysOn />,
  <YearInput key="year" source="year" alwaysOn />,
  <ReferenceInput
    key="unitId"
    source="unitId"
    reference="handlingUnits"
    sort={{ field: 'name', order: 'ASC' }}
    perPage={200}
    filter={{ includeArchived: true }}
    alwaysOn
  >
    <AutocompleteInput optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];
