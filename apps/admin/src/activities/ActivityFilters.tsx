import { AutocompleteInput, BooleanInput, DateInput, ReferenceInput, SearchInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { YearInput } from '../common/YearInput';

export function activityFilters(fixedTownship: boolean) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    ...(fixedTownship
      ? []
      : [
          <ReferenceInput key="townshipId" source="townshipId" reference="townships" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100} alwaysOn>
            <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
          </ReferenceInput>,
        ]),
    <EnumInput key="kind" source="kind" enumName="ActivityKind" alwaysOn />,
    <YearInput key="year" source="year" alwaysOn />,
    <EnumInput key="consultationScale" source="consultationScale" enumName="ConsultationScale" />,
    <EnumInput key="meetingKind" source="meetingKind" enumName="MeetingKind" />,
    <DateInput key="from" source="from" />,
    <DateInput key="to" source="to" />,
    ...(fixedTownship ? [] : [<BooleanInput key="county" source="county" />]),
  ];
}
