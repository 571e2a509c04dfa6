import { SearchInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';

export const sectorFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="category" source="category" enumName="SectorCategory" alwaysOn />,
];
