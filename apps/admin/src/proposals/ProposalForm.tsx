import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  DateInput,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
  type SimpleFormProps,
} from 'react-admin';
import { isOrganisationProposer, ProposerKind, Role } from '@cppcc/domain';
import { EditToolbar } from '../common/EditToolbar';
import { enumChoices } from '../common/enumChoices';
import { EnumInput } from '../common/EnumInput';
import { AttachmentsInput } from '../common/AttachmentsInput';
import { FormGrid, FormSection } from '../common/FormGrid';
import { MemberPicker, MembersPicker } from '../common/MemberPicker';
import { useWho } from '../common/useWho';

const atLeastOne = (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'cppcc.proposals.cosigners_required';
const notLead = (lead: unknown) => (value: unknown) =>
  lead != null && Array.isArray(value) && value.map(String).includes(String(lead))
    ? 'cppcc.proposals.cosigner_is_lead'
    : undefined;

/** Who proposes: a member, members jointly, or (county admins) a party, committee or sector. */
const ProposerInputs = () => {
  const kind = useWatch({ name: 'proposerKind' }) as ProposerKind | undefined;
  const lead = useWatch({ name: 'leadMemberId' });
  const translate = useTranslate();
  const { who } = useWho();
  const officer = who?.role === Role.TOWNSHIP_OFFICER;
  // Officers submit for members of their own township only; organisations' proposals are the county's.
  const choices = enumChoices('ProposerKind').filter((c) => !officer || !isOrganisationProposer(c.id as ProposerKind));
  return (
    <>
      <FormGrid columns={3}>
        <SelectInput source="proposerKind" choices={choices} validate={required()} />
        {kind && isOrganisationProposer(kind) && (
          <TextInput source="proposerOrgName" validate={required()} helperText="cppcc.proposals.org_help" />
        )}
        {kind && !isOrganisationProposer(kind) && (
          <MemberPicker source="leadMemberId" label="resources.proposals.fields.leadMemberId" validate={required()} />
        )}
      </FormGrid>
      {kind === ProposerKind.JOINT && (
        <FormGrid>
          <MembersPicker
            source="coSignerIds"
            label="resources.proposals.fields.coSigners"
            validate={[atLeastOne, notLead(lead)]}
            helperText="cppcc.proposals.cosigners_help"
          />
        </FormGrid>
      )}
      {officer && (
        <Alert severity="info" sx={{ maxWidth: 1200, mb: 1 }}>
          {translate('cppcc.proposals.officer_hint')}
        </Alert>
      )}
    </>
  );
};

/** 会议期间提案 need the session's year; 平时提案 leave both empty. */
const SessionInputs = () => {
  const session = useWatch({ name: 'session' });
  return (
    <FormGrid columns={3}>
      <TextInput source="session" helperText="cppcc.proposals.session_help" />
      {session && String(session).trim() && (
        <NumberInput source="year" validate={required()} step={1} helperText="cppcc.proposals.year_help" />
      )}
      <DateInput source="submittedOn" validate={required()} />
    </FormGrid>
  );
};

/** The submission form (提交提案). */
export const ProposalSubmitForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm toolbar={<EditToolbar />} {...props}>
    <FormSection title="cppcc.proposals.section_proposer" />
    <ProposerInputs />
    <FormSection title="cppcc.proposals.section_proposal" />
    <FormGrid columns={3}>
      <TextInput
        source="title"
        validate={required()}
        sx={{ gridColumn: { md: 'span 2' } }}
        helperText="cppcc.proposals.title_help"
      />
      <EnumInput source="category" enumName="ProposalCategory" validate={required()} />
    </FormGrid>
    <SessionInputs />
    <TextInput source="content" multiline minRows={8} sx={{ maxWidth: 1200 }} />
    <AttachmentsInput source="attachmentIds" />
  </SimpleForm>
);

/** Corrections while SUBMITTED: title, category, content (updateProposal). */
export const ProposalEditForm = (props: Omit<SimpleFormProps, 'children'>) => {
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={<EditToolbar />} {...props}>
      <Alert severity="info" sx={{ mb: 2, maxWidth: 1200 }}>
        {translate('cppcc.proposals.edit_hint')}
      </Alert>
      <FormGrid columns={3}>
        <TextInput source="title" validate={required()} sx={{ gridColumn: { md: 'span 2' } }} />
        <EnumInput source="category" enumName="ProposalCategory" validate={required()} />
      </FormGrid>
      <TextInput source="content" multiline minRows={8} sx={{ maxWidth: 1200 }} />
    </SimpleForm>
  );
};
