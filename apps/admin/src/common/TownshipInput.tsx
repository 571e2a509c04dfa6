import { AutocompleteInput, ReferenceInput, required } from 'react-admin';
import { fixedTownshipFilter } from '../permissions';
import { useWho } from './useWho';

/**
 * The organising township of a work record. Officers: their own, shown and fixed (readOnly, not
 * disabled: a disabled input is left out of the submitted record). Admins: any,
 * or empty for the county's own records (when `countyAllowed`).
 */
export const TownshipInput = ({
  countyAllowed = true,
  helperText,
}: {
  countyAllowed?: boolean;
  helperText?: string;
}) => {
  const { who } = useWho();
  const fixed = !!fixedTownshipFilter(who);
  return (
    <ReferenceInput source="townshipId" reference="townships" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100}>
      <AutocompleteInput
        optionText="name"
        readOnly={fixed}
        validate={countyAllowed ? undefined : required()}
        helperText={helperText ?? (countyAllowed && !fixed ? 'cppcc.work.county_hint' : undefined)}
      />
    </ReferenceInput>
  );
};
