import { BooleanInput, SearchInput } from 'react-admin';

export const apiTokenFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <BooleanInput key="includeRevoked" source="includeRevoked" alwaysOn />,
];
