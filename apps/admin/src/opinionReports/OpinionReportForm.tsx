import { useWatch } from 'react-hook-form';
import { BooleanInput, DateInput, required, SimpleForm, TextInput, type SimpleFormProps } from 'react-admin';
import { OpinionStatus } from '@cppcc/domain';
import { EditToolbar } from '../common/EditToolbar';
import { EnumInput } from '../common/EnumInput';
import { FormGrid, FormSection } from '../common/FormGrid';
import { MembersPicker } from '../common/MemberPicker';
import { TownshipInput } from '../common/TownshipInput';
import { useFieldAccess } from '../common/useFieldAccess';

/** 采用级别 and 采用日期 for adopted reports; 批示级别 with a leader instruction. */
const AdoptionInputs = () => {
  const status = useWatch({ name: 'status' });
  const instruction = useWatch({ name: 'leaderInstruction' });
  return (
    <FormGrid columns={3}>
      <EnumInput source="status" enumName="OpinionStatus" validate={required()} />
      {status === OpinionStatus.ADOPTED && (
        <EnumInput source="adoptionLevel" enumName="GovernmentLevel" validate={required()} />
      )}
      {status === OpinionStatus.ADOPTED && <DateInput source="adoptedOn" />}
      <BooleanInput source="leaderInstruction" sx={{ mt: 1 }} />
      {instruction && <EnumInput source="instructionLevel" enumName="GovernmentLevel" validate={required()} />}
      {instruction && <TextInput source="instructionLeader" />}
      {instruction && <DateInput source="instructedOn" />}
      <TextInput source="publishedIssue" helperText="cppcc.opinions.issue_help" />
      {(status === OpinionStatus.ADOPTED || instruction) && (
        // A township's adoption or instruction counts once the county confirms it against this.
        <TextInput
          source="claimEvidence"
          helperText="cppcc.opinions.evidence_help"
          sx={{ gridColumn: { md: 'span 2' } }}
        />
      )}
    </FormGrid>
  );
};

export const OpinionReportForm = (props: Omit<SimpleFormProps, 'children'>) => {
  const { canWrite } = useFieldAccess('opinionReports');
  return (
    <SimpleForm toolbar={canWrite ? <EditToolbar /> : false} {...props}>
      <FormSection title="cppcc.opinions.section_basic" />
      <FormGrid columns={3}>
        <TextInput source="title" validate={required()} sx={{ gridColumn: { md: 'span 2' } }} />
        <DateInput source="submittedOn" validate={required()} />
        <TownshipInput />
      </FormGrid>
      <FormGrid>
        <MembersPicker source="submitterIds" helperText="cppcc.opinions.submitters_help" />
      </FormGrid>
      <TextInput source="content" multiline minRows={4} sx={{ maxWidth: 880 }} />
      <FormSection title="cppcc.opinions.section_adoption" />
      <AdoptionInputs />
    </SimpleForm>
  );
};
