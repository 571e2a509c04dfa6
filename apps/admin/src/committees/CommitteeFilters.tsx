import { SearchInput } from 'react-admin';

export const committeeFilters = [<SearchInput key="q" source="q" alwaysOn />];
