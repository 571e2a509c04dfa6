import { Chip, Stack } from '@mui/material';
import { MemberStatus } from '@cppcc/domain';
import { useRecordContext, useTranslate } from 'react-admin';

const COLORS: Record<string, 'success' | 'default' | 'warning' | 'error'> = {
  [MemberStatus.ACTIVE]: 'success',
  [MemberStatus.TERM_ENDED]: 'default',
  [MemberStatus.WITHDRAWN]: 'warning',
  [MemberStatus.REVOKED]: 'error',
};

/** 在任 / 届满 / 退出 / 撤销 as a coloured tag, plus 已归档 when archived. */
export const MemberStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ status?: string; archivedAt?: string | null }>();
  const translate = useTranslate();
  if (!record?.status) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      <Chip
        size="small"
        variant={record.status === MemberStatus.ACTIVE ? 'filled' : 'outlined'}
        color={COLORS[record.status] ?? 'default'}
        label={translate(`enum.MemberStatus.${record.status}`, { _: record.status })}
      />
      {record.archivedAt && <Chip size="small" label={translate('cppcc.archive.archived')} />}
    </Stack>
  );
};
