import { AutocompleteInput, BooleanInput, NullableBooleanInput, ReferenceInput, SearchInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { YearInput } from '../common/YearInput';

export function opinionReportFilters(fixedTownship: boolean) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    ...(fixedTownship
      ? []
      : [
          <ReferenceInput key="townshipId" source="townshipId" reference="townships" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100} alwaysOn>
            <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
          </ReferenceInput>,
        ]),
    <EnumInput key="status" source="status" enumName="OpinionStatus" alwaysOn />,
    <YearInput key="year" source="year" alwaysOn />,
    <EnumInput key="adoptionLevel" source="adoptionLevel" enumName="GovernmentLevel" />,
    <NullableBooleanInput key="leaderInstruction" source="leaderInstruction" />,
    ...(fixedTownship ? [] : [<BooleanInput key="county" source="county" />]),
  ];
}
