import { Alert } from '@mui/material';
import { DateField, Labeled, ReferenceField, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ArchiveButton } from '../common/ArchiveButton';
import { EnumField } from '../common/EnumField';
import { FormGrid, FormSection } from '../common/FormGrid';
import { ShowActions } from '../common/ShowActions';
import { MemberStatusField } from './MemberStatusField';
import { BirthDateField } from './BirthDateField';
import { MemberHistory } from './MemberHistory';
import { MemberVerbs } from './MemberVerbs';

const ArchivedNotice = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.archivedAt ? (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('cppcc.members.archived_hint')}
    </Alert>
  ) : null;
};

/** 资料待补: no joining date, so the history starts at an estimated date. */
const NeedsDetailsNotice = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.needsDetails ? (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('cppcc.members.needs_details_hint')}
    </Alert>
  ) : null;
};

/** Why phone and birth date look masked, for the users who get them so (leaders). */
const MaskedNotice = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.personalDataMasked ? (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('cppcc.members.personal_masked_hint')}
    </Alert>
  ) : null;
};

const L = ({ children }: { children: React.ReactElement<{ source?: string }> }) => (
  <Labeled sx={{ mb: 1.5 }}>{children}</Labeled>
);

export const MemberShow = () => (
  <Show
    actions={
      <ShowActions>
        <MemberVerbs />
        <ArchiveButton />
      </ShowActions>
    }
  >
    <div style={{ padding: '8px 16px 16px' }}>
      <ArchivedNotice />
      <NeedsDetailsNotice />
      <MaskedNotice />
      <FormSection title="cppcc.members.section_basic" />
      <FormGrid columns={3}>
        <L>
          <TextField source="name" />
        </L>
        <L>
          <EnumField source="gender" enumName="Gender" />
        </L>
        <L>
          <TextField source="ethnicity" />
        </L>
        <L>
          <BirthDateField source="birthDate" label="resources.members.fields.birthDate" emptyText="—" />
        </L>
        <L>
          <EnumField source="affiliation" enumName="PoliticalAffiliation" />
        </L>
      </FormGrid>
      <FormSection title="cppcc.members.section_cppcc" />
      <FormGrid columns={3}>
        <L>
          <ReferenceField source="sectorId" reference="sectors" link={false} />
        </L>
        <L>
          <ReferenceField source="townshipId" reference="townships" link="show" />
        </L>
        <L>
          <EnumField source="kind" enumName="MemberKind" />
        </L>
        <L>
          <TextField source="term" />
        </L>
        <L>
          <MemberStatusField label="resources.members.fields.status" source="status" />
        </L>
      </FormGrid>
      <FormSection title="cppcc.members.section_work" />
      <FormGrid columns={3}>
        <L>
          <TextField source="workUnit" emptyText="—" />
        </L>
        <L>
          <TextField source="title" emptyText="—" />
        </L>
        <L>
          <TextField source="phone" emptyText="—" />
        </L>
      </FormGrid>
      <FormSection title="cppcc.members.section_tenure" />
      <FormGrid columns={3}>
        <L>
          <DateField source="joinedOn" locales="zh-CN" emptyText="—" />
        </L>
        <L>
          <DateField source="leftOn" locales="zh-CN" emptyText="—" />
        </L>
        <L>
          <TextField source="leaveReason" emptyText="—" />
        </L>
        <L>
          <DateField source="updatedAt" showTime locales="zh-CN" />
        </L>
      </FormGrid>
      <MemberHistory />
    </div>
  </Show>
);
