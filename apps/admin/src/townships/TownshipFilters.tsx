import { SearchInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';

export const townshipFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="TownshipKind" alwaysOn />,
];
