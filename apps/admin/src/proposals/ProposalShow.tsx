import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Button, Card, CardContent, CardHeader, Chip, Divider, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import {
  DateField,
  DeleteButton,
  EditButton,
  Labeled,
  ListButton,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Role } from '@cppcc/domain';
import { EnumField } from '../common/EnumField';
import { FormGrid } from '../common/FormGrid';
import { TownshipNameField } from '../common/TownshipNameField';
import { useWho } from '../common/useWho';
import { canDelete } from '../permissions';
import { DeadlineField, ProposalStatusField, ProposerField, SerialField } from './ProposalFields';
import { ProposalHistory } from './ProposalHistory';
import { ProposalReplies } from './ProposalReplies';
import { ProposalUnits } from './ProposalUnits';
import { WorkflowButtons, type ProposalRecord } from './WorkflowButtons';
import { AttachmentsField } from '../common/AttachmentsField';
import { ProposalHandling } from './ProposalHandling';

const Actions = () => {
  const { who } = useWho();
  const record = useRecordContext<ProposalRecord>();
  const translate = useTranslate();
  if (who?.role === Role.HANDLING_UNIT) {
    return (
      <TopToolbar>
        <Button component={RouterLink} to="/my-proposals" startIcon={<ArrowBackIcon />}>
          {translate('cppcc.menu.myProposals')}
        </Button>
      </TopToolbar>
    );
  }
  return (
    <TopToolbar>
      <ListButton />
      <EditButton />
      {record && canDelete(who, 'proposals', record) && (
        <DeleteButton mutationMode="pessimistic" label="cppcc.proposals.withdraw" />
      )}
    </TopToolbar>
  );
};

const Header = () => {
  const record = useRecordContext<ProposalRecord & { session?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Card variant="outlined">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.proposals.fields.serialNo')} <SerialField />
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {record.session ?? translate('cppcc.proposals.between_sessions')}
          </Typography>
          <ProposalStatusField />
        </Box>
        <Typography variant="h6" component="h2" sx={{ fontWeight: 600 }}>
          {record.title}
        </Typography>
        <Divider sx={{ my: 0.5 }} />
        <WorkflowButtons />
      </CardContent>
    </Card>
  );
};

const Content = () => {
  const record = useRecordContext<{ content?: string | null }>();
  const translate = useTranslate();
  return record?.content ? (
    <Box sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, bgcolor: 'grey.50', p: 2, borderRadius: 1 }}>
      {record.content}
    </Box>
  ) : (
    <Typography color="text.secondary">{translate('cppcc.proposals.no_content')}</Typography>
  );
};

const CoSigners = (_props: { label?: string }) => {
  const record = useRecordContext<{ coSigners?: { id: string; name: string }[] }>();
  const list = record?.coSigners ?? [];
  if (!list.length) return <span>—</span>;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {list.map((m) => (
        <Chip key={m.id} size="small" label={m.name} component={RouterLink} to={`/members/${m.id}/show`} clickable />
      ))}
    </Box>
  );
};

const Merged = () => {
  const record = useRecordContext<{
    mergedInto?: { id: string; serialNo: number; year: number; title: string } | null;
    mergedProposals?: { id: string; serialNo: number; year: number; title: string }[];
  }>();
  if (!record?.mergedInto && !record?.mergedProposals?.length) return null;
  const link = (p: { id: string; serialNo: number; year: number; title: string }) => (
    <Box key={p.id}>
      <RouterLink
        to={`/proposals/${p.id}/show`}
      >{`${p.year}-${String(p.serialNo).padStart(3, '0')} ${p.title}`}</RouterLink>
    </Box>
  );
  return (
    <Box sx={{ mt: 1 }}>
      {record.mergedInto && (
        <Labeled label="resources.proposals.fields.mergedIntoId">
          <span>{link(record.mergedInto)}</span>
        </Labeled>
      )}
      {!!record.mergedProposals?.length && (
        <Labeled label="cppcc.proposals.merged_here">
          <span>{record.mergedProposals.map(link)}</span>
        </Labeled>
      )}
    </Box>
  );
};

/** The units' parts and the reply letters, once the proposal has units. */
const WhenAssigned = ({ children }: { children: React.ReactNode }) => {
  const record = useRecordContext<ProposalRecord>();
  return record?.units?.length ? <>{children}</> : null;
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate(title)}
        slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 } }}
        sx={{ pb: 0 }}
      />
      <CardContent>{children}</CardContent>
    </Card>
  );
};

const L = ({ children, label }: { children: React.ReactElement; label?: string }) => (
  <Labeled label={label} sx={{ mb: 1 }}>
    {children}
  </Labeled>
);

export const ProposalShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Header />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1.4fr) minmax(0, 1fr)' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Section title="cppcc.proposals.section_proposal">
            <FormGrid columns={3}>
              <L label="resources.proposals.fields.proposerKind">
                <EnumField source="proposerKind" enumName="ProposerKind" />
              </L>
              <L label="resources.proposals.fields.proposer">
                <ProposerField />
              </L>
              <L label="resources.proposals.fields.townshipId">
                <TownshipNameField />
              </L>
              <L label="resources.proposals.fields.coSigners">
                <CoSigners />
              </L>
              <L label="resources.proposals.fields.category">
                <EnumField source="category" enumName="ProposalCategory" />
              </L>
              <L label="resources.proposals.fields.submittedOn">
                <DateField source="submittedOn" locales="zh-CN" />
              </L>
            </FormGrid>
            <Content />
            <Box sx={{ mt: 1.5 }}>
              <L label="cppcc.attachments.label">
                <AttachmentsField ownerType="Proposal" />
              </L>
            </Box>
          </Section>
          <Section title="cppcc.proposals.section_handling">
            <FormGrid columns={3}>
              <L label="resources.proposals.fields.reviewedOn">
                <DateField source="reviewedOn" locales="zh-CN" emptyText="—" />
              </L>
              <L label="resources.proposals.fields.reviewNote">
                <TextField source="reviewNote" emptyText="—" />
              </L>
              <L label="resources.proposals.fields.supervisingChair">
                <TextField source="supervisingChair" emptyText="—" />
              </L>
              <L label="resources.proposals.fields.assignedOn">
                <DateField source="assignedOn" locales="zh-CN" emptyText="—" />
              </L>
              <L label="resources.proposals.fields.deadline">
                <DeadlineField />
              </L>
              <L label="resources.proposals.fields.replyClass">
                <EnumField source="replyClass" enumName="ReplyClass" emptyText="—" />
              </L>
              <L label="resources.proposals.fields.firstReplyOn">
                <DateField source="firstReplyOn" locales="zh-CN" emptyText="—" />
              </L>
              <L label="resources.proposals.fields.lastReplyOn">
                <DateField source="lastReplyOn" locales="zh-CN" emptyText="—" />
              </L>
              <L label="resources.proposals.fields.satisfaction">
                <EnumField source="satisfaction" enumName="Satisfaction" emptyText="—" />
              </L>
              <L label="resources.proposals.fields.implementation">
                <EnumField source="implementation" enumName="ImplementationStatus" emptyText="—" />
              </L>
              <L label="resources.proposals.fields.closedOn">
                <DateField source="closedOn" locales="zh-CN" emptyText="—" />
              </L>
            </FormGrid>
            <Merged />
            <ProposalHandling />
          </Section>
          <WhenAssigned>
            <Section title="cppcc.proposals.section_units">
              <ProposalUnits />
            </Section>
            <Section title="cppcc.proposals.section_replies">
              <ProposalReplies />
            </Section>
          </WhenAssigned>
        </Box>
        <Section title="cppcc.proposals.section_history">
          <ProposalHistory />
        </Section>
      </Box>
    </Box>
  </Show>
);
