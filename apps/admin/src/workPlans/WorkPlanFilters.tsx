import { SearchInput } from 'react-admin';
import { townshipFilter } from '../common/townshipFilter';
import { YearInput } from '../common/YearInput';

export function workPlanFilters(fixedTownship: boolean) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    ...townshipFilter(fixedTownship),
    <YearInput key="year" source="year" alwaysOn />,
  ];
}
