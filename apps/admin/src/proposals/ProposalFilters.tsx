import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { YearInput } from '../common/YearInput';

const YES_NO = [
  { id: 'true', name: 'ra.boolean.true' },
  { id: 'false', name: 'ra.boolean.false' },
];

/** The API's ProposalFilter: status, year, session, township, unit, category, key, overdue, proposer kind. */
export function proposalFilters(fixedTownship: boolean) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <EnumInput key="status" source="status" enumName="ProposalStatus" alwaysOn />,
    <YearInput key="year" source="year" alwaysOn />,
    ...(fixedTownship
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
            <AutocompleteInput optionText="name" sx={{ minWidth: 160 }} />
          </ReferenceInput>,
        ]),
    <ReferenceInput
      key="unitId"
      source="unitId"
      reference="handlingUnits"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={200}
      filter={{ includeArchived: true }}
    >
      <AutocompleteInput optionText="name" sx={{ minWidth: 200 }} />
    </ReferenceInput>,
    <EnumInput key="category" source="category" enumName="ProposalCategory" />,
    <TextInput key="session" source="session" helperText="cppcc.proposals.session_help" />,
    <SelectInput key="isKey" source="isKey" choices={YES_NO} />,
    <SelectInput key="overdue" source="overdue" choices={YES_NO} />,
    <EnumInput key="proposerKind" source="proposerKind" enumName="ProposerKind" />,
  ];
}
