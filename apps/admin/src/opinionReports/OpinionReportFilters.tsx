import { BooleanInput, NullableBooleanInput, SearchInput } from 'react-admin';
import { townshipFilter } from '../common/townshipFilter';
import { EnumInput } from '../common/EnumInput';
import { YearInput } from '../common/YearInput';

export function opinionReportFilters(fixedTownship: boolean) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    ...townshipFilter(fixedTownship),
    <EnumInput key="status" source="status" enumName="OpinionStatus" alwaysOn />,
    <YearInput key="year" source="year" alwaysOn />,
    <EnumInput key="adoptionLevel" source="adoptionLevel" enumName="GovernmentLevel" />,
    <NullableBooleanInput key="leaderInstruction" source="leaderInstruction" />,
    ...(fixedTownship ? [] : [<BooleanInput key="county" source="county" />]),
  ];
}
