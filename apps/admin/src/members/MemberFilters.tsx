import { AutocompleteInput, BooleanInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { townshipFilter } from '../common/townshipFilter';
import { EnumInput } from '../common/EnumInput';

/** Filters of the member list; the township filter is left out when the list is fixed to one township. */
export function memberFilters(fixedTownship: boolean) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    ...townshipFilter(fixedTownship),
    <ReferenceInput
      key="sectorId"
      source="sectorId"
      reference="sectors"
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={100}
      alwaysOn
    >
      <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
    </ReferenceInput>,
    <EnumInput key="status" source="status" enumName="MemberStatus" alwaysOn />,
    <EnumInput key="kind" source="kind" enumName="MemberKind" />,
    <EnumInput key="gender" source="gender" enumName="Gender" />,
    <EnumInput key="affiliation" source="affiliation" enumName="PoliticalAffiliation" />,
    <TextInput key="term" source="term" />,
    <ReferenceInput
      key="committeeId"
      source="committeeId"
      reference="committees"
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={50}
    >
      <SelectInput optionText="name" />
    </ReferenceInput>,
    // Added switched on: 资料待补 lists the members without a joining date (off: those with one).
    <BooleanInput key="needsDetails" source="needsDetails" defaultValue />,
    <BooleanInput key="includeArchived" source="includeArchived" />,
  ];
}
