import { BooleanInput, DateInput, SearchInput } from 'react-admin';
import { townshipFilter } from '../common/townshipFilter';
import { EnumInput } from '../common/EnumInput';
import { YearInput } from '../common/YearInput';

export function activityFilters(fixedTownship: boolean) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    ...townshipFilter(fixedTownship),
    <EnumInput key="kind" source="kind" enumName="ActivityKind" alwaysOn />,
    <YearInput key="year" source="year" alwaysOn />,
    <EnumInput key="consultationScale" source="consultationScale" enumName="ConsultationScale" />,
    <EnumInput key="meetingKind" source="meetingKind" enumName="MeetingKind" />,
    <DateInput key="from" source="from" />,
    <DateInput key="to" source="to" />,
    ...(fixedTownship ? [] : [<BooleanInput key="county" source="county" />]),
  ];
}
