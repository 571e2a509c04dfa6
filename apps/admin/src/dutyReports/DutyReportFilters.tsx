import { AutocompleteInput, ReferenceInput, SearchInput } from 'react-admin';
import { YearInput } from '../common/YearInput';

export function dutyReportFilters(fixedTownship: boolean) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    ...(fixedTownship
      ? []
      : [
          <ReferenceInput key="townshipId" source="townshipId" reference="townships" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100} alwaysOn>
            <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
          </ReferenceInput>,
        ]),
    <YearInput key="year" source="year" alwaysOn />,
  ];
}
