import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput, required } from 'react-admin';

/**
 * 主办单位 and 会办单位 pickers over the handling units: the assign dialog and the county's
 * approval of a 退回/调整 (which re-assigns) both choose the units with these. `prefix` nests the
 * values (`reassign.` → reassign.leadUnitId), so the server's field errors land on them.
 */
export const UnitPickers = ({ prefix = '', helperText }: { prefix?: string; helperText?: string }) => (
  <>
    <ReferenceInput
      source={`${prefix}leadUnitId`}
      reference="handlingUnits"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={200}
    >
      <AutocompleteInput
        optionText="name"
        label="resources.proposals.fields.leadUnitId"
        validate={required()}
        helperText={helperText}
      />
    </ReferenceInput>
    <ReferenceArrayInput
      source={`${prefix}coUnitIds`}
      reference="handlingUnits"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={200}
    >
      <AutocompleteArrayInput optionText="name" label="cppcc.proposals.co_units" />
    </ReferenceArrayInput>
  </>
);
