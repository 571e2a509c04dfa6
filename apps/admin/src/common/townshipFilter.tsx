import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** The township filter of a list, left out when an officer's list is fixed to their township. */
export function townshipFilter(fixedTownship: boolean) {
  return fixedTownship
    ? []
    : [
        <ReferenceInput
          key="townshipId"
          source="townshipId"
          reference="townships"
          sort={{ field: 'sortOrder', order: 'ASC' }}
          perPage={100}
          alwaysOn
        >
          <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
        </ReferenceInput>,
      ];
}
