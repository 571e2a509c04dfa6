import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLORS: Record<string, 'default' | 'success' | 'warning'> = {
  SUBMITTED: 'default',
  ADOPTED: 'success',
  NOT_ADOPTED: 'warning',
};

/** 已报送 / 已采用（级别） / 未采用, plus 领导批示. */
export const OpinionStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{
    status?: string;
    adoptionLevel?: string | null;
    leaderInstruction?: boolean;
    instructionLevel?: string | null;
  }>();
  const translate = useTranslate();
  if (!record?.status) return null;
  const level = record.adoptionLevel ? `（${translate(`enum.GovernmentLevel.${record.adoptionLevel}`)}）` : '';
  return (
    <Stack direction="row" spacing={0.5}>
      <Chip
        size="small"
        variant={record.status === 'ADOPTED' ? 'filled' : 'outlined'}
        color={COLORS[record.status]}
        label={translate(`enum.OpinionStatus.${record.status}`) + level}
      />
      {record.leaderInstruction && (
        <Chip size="small" color="primary" variant="outlined" label={translate('cppcc.opinions.instruction')} />
      )}
    </Stack>
  );
};
