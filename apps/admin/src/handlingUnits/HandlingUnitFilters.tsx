import { BooleanInput, SearchInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';

export const handlingUnitFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="HandlingUnitKind" alwaysOn />,
  <BooleanInput key="includeArchived" source="includeArchived" alwaysOn />,
];
