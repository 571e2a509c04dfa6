import { Box, Typography } from '@mui/material';
import { BooleanField, DateField, DeleteButton, Labeled, Show, TextField, useRecordContext } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { FormGrid, FormSection } from '../common/FormGrid';
import { ShowActions } from '../common/ShowActions';
import { TownshipNameField } from '../common/TownshipNameField';
import { useWho } from '../common/useWho';
import { canDelete } from '../permissions';
import { SubmittersField } from './OpinionReportList';
import { OpinionStatusField } from './OpinionStatusField';
import { ClaimsOfRecord } from '../claims/ClaimsOfRecord';

const L = ({ children, label }: { children: React.ReactElement; label?: string }) => (
  <Labeled label={label} sx={{ mb: 1.5 }}>
    {children}
  </Labeled>
);

const Content = () => {
  const record = useRecordContext<{ content?: string | null }>();
  if (!record?.content) return <Typography color="text.secondary">—</Typography>;
  return (
    <Box sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, maxWidth: 880, bgcolor: 'grey.50', p: 2, borderRadius: 1 }}>
      {record.content}
    </Box>
  );
};

const Actions = () => {
  const record = useRecordContext();
  const { who } = useWho();
  return (
    <ShowActions>
      {record && canDelete(who, 'opinionReports', record) && <DeleteButton mutationMode="pessimistic" />}
    </ShowActions>
  );
};

export const OpinionReportShow = () => (
  <Show actions={<Actions />}>
    <div style={{ padding: '8px 16px 16px' }}>
      <FormSection title="cppcc.opinions.section_basic" />
      <FormGrid columns={3}>
        <L>
          <TextField source="title" />
        </L>
        <L>
          <DateField source="submittedOn" locales="zh-CN" />
        </L>
        <L label="resources.opinionReports.fields.townshipId">
          <TownshipNameField />
        </L>
        <L label="resources.opinionReports.fields.submitterIds">
          <SubmittersField />
        </L>
        <L label="resources.opinionReports.fields.status">
          <OpinionStatusField />
        </L>
        <L>
          <DateField source="adoptedOn" locales="zh-CN" emptyText="—" />
        </L>
        <L>
          <BooleanField source="leaderInstruction" />
        </L>
        <L>
          <EnumField source="instructionLevel" enumName="GovernmentLevel" emptyText="—" />
        </L>
        <L>
          <TextField source="instructionLeader" emptyText="—" />
        </L>
        <L>
          <DateField source="instructedOn" locales="zh-CN" emptyText="—" />
        </L>
        <L>
          <TextField source="publishedIssue" emptyText="—" />
        </L>
        {/* Claims count once the county confirms them: 待确认 / 已确认 / 不予确认. */}
        <L>
          <EnumField source="adoptionReview" enumName="ClaimReview" emptyText="—" />
        </L>
        <L>
          <EnumField source="instructionReview" enumName="ClaimReview" emptyText="—" />
        </L>
      </FormGrid>
      <ClaimsOfRecord recordType="OpinionReport" />
      <FormSection title="resources.opinionReports.fields.content" />
      <Content />
    </div>
  </Show>
);
