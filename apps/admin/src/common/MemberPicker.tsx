import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  type AutocompleteInputProps,
} from 'react-admin';
import { memberOptionText } from '../committees/memberOption';
import { fixedTownshipFilter } from '../permissions';
import { useWho } from './useWho';

/** Members an officer may pick: their own township's; admins pick from the whole county. Active ones only by default. */
function useMemberFilter(activeOnly: boolean, townshipId?: string | null) {
  const { who } = useWho();
  const fixed = fixedTownshipFilter(who);
  return { ...(activeOnly ? { status: 'ACTIVE' } : {}), ...(fixed ?? (townshipId ? { townshipId } : {})) };
}

const search = (q: string) => ({ q });

export const MemberPicker = ({
  source,
  label,
  activeOnly = true,
  townshipId,
  ...props
}: { source: string; label?: string; activeOnly?: boolean; townshipId?: string | null } & Omit<
  AutocompleteInputProps,
  'source'
>) => {
  const filter = useMemberFilter(activeOnly, townshipId);
  return (
    <ReferenceInput
      source={source}
      reference="members"
      filter={filter}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={30}
    >
      <AutocompleteInput optionText={memberOptionText} filterToQuery={search} label={label} {...props} />
    </ReferenceInput>
  );
};

export const MembersPicker = ({
  source,
  label,
  activeOnly = true,
  townshipId,
  helperText,
  validate,
  disabled,
}: {
  source: string;
  label?: string;
  activeOnly?: boolean;
  townshipId?: string | null;
  helperText?: string;
  validate?: AutocompleteInputProps['validate'];
  disabled?: boolean;
}) => {
  const filter = useMemberFilter(activeOnly, townshipId);
  return (
    <ReferenceArrayInput
      source={source}
      reference="members"
      filter={filter}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={30}
    >
      <AutocompleteArrayInput
        optionText={memberOptionText}
        filterToQuery={search}
        label={label}
        helperText={helperText}
        validate={validate}
        disabled={disabled}
      />
    </ReferenceArrayInput>
  );
};
