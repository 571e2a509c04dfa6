import StarIcon from '@mui/icons-material/Star';
import { Box, Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ProposalStatus } from '@cppcc/domain';

const STATUS_COLORS: Record<string, 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'error' | 'info'> = {
  [ProposalStatus.SUBMITTED]: 'default',
  [ProposalStatus.ACCEPTED]: 'info',
  [ProposalStatus.ASSIGNED]: 'primary',
  [ProposalStatus.REPLIED]: 'secondary',
  [ProposalStatus.REHANDLING]: 'warning',
  [ProposalStatus.CLOSED]: 'success',
  [ProposalStatus.REJECTED]: 'error',
  [ProposalStatus.CONVERTED]: 'default',
  [ProposalStatus.MERGED]: 'default',
};

export const ProposalStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATUS_COLORS[status] ?? 'default'}
      variant={status === ProposalStatus.CLOSED ? 'filled' : 'outlined'}
      label={translate(`enum.ProposalStatus.${status}`, { _: status })}
    />
  );
};

/** Status, and a star for 重点提案. */
export const ProposalStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ status?: string; isKey?: boolean; supervisingChair?: string | null }>();
  const translate = useTranslate();
  if (!record?.status) return null;
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <ProposalStatusChip status={record.status} />
      {record.isKey && (
        <Tooltip title={translate('cppcc.proposals.key_tooltip', { chair: record.supervisingChair ?? '' })}>
          <StarIcon
            fontSize="small"
            sx={{ color: '#d98e04' }}
            aria-label={translate('resources.proposals.fields.isKey')}
          />
        </Tooltip>
      )}
    </Box>
  );
};

/** The lead member (and 等N人 for joint proposals) or the proposing organisation. */
export const ProposerField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{
    proposerKind?: string;
    leadMember?: { name: string } | null;
    proposerOrgName?: string | null;
    coSigners?: unknown[];
  }>();
  const translate = useTranslate();
  if (!record) return null;
  const name = record.leadMember?.name ?? record.proposerOrgName ?? '—';
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {name}
      {record.proposerKind === 'JOINT' && (
        <span style={{ color: '#777' }}> {translate('cppcc.proposals.joint_suffix')}</span>
      )}
    </span>
  );
};

/** 逾期N天 in red, or the deadline. */
export const DeadlineField = (_props: { label?: string; source?: string; sortBy?: string }) => {
  const record = useRecordContext<{
    deadline?: string | null;
    overdueDays?: number | null;
    firstReplyOn?: string | null;
  }>();
  const translate = useTranslate();
  if (!record?.deadline) return <span style={{ color: '#999' }}>—</span>;
  const overdue = (record.overdueDays ?? 0) > 0;
  return (
    <Box sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center', whiteSpace: 'nowrap' }}>
      <span>{record.deadline}</span>
      {overdue && (
        <Chip
          size="small"
          color="error"
          variant={record.firstReplyOn ? 'outlined' : 'filled'}
          label={translate(record.firstReplyOn ? 'cppcc.proposals.replied_late' : 'cppcc.proposals.overdue_days', {
            days: record.overdueDays,
          })}
        />
      )}
    </Box>
  );
};

/** 提案编号: year and serial, e.g. 2025-017. */
export const proposalNumber = (p: { year?: number; serialNo?: number }) =>
  `${p.year}-${String(p.serialNo ?? '').padStart(3, '0')}`;

export const SerialField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ year?: number; serialNo?: number }>();
  if (!record?.serialNo) return null;
  return <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{proposalNumber(record)}</span>;
};
