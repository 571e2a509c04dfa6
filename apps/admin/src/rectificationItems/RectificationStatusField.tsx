import { Box, Button, Chip } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { allowedRectificationTargets, todayInChina, type RectificationStatus } from '@cppcc/domain';
import { useWho } from '../common/useWho';
import { canEdit } from '../permissions';
import { setRectificationStatus } from '../supervisionTargets/supervisionApi';

const COLORS: Record<string, 'default' | 'warning' | 'success'> = {
  PENDING: 'default',
  IN_PROGRESS: 'warning',
  DONE: 'success',
};

/** The status tag, and for admins the allowed next statuses as buttons (setRectificationStatus). */
export const RectificationStatusField = ({
  withActions = false,
}: {
  label?: string;
  source?: string;
  withActions?: boolean;
}) => {
  const record = useRecordContext<{ id: string; status: string; dueOn?: string | null }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { who } = useWho();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const move = async (to: RectificationStatus) => {
    setBusy(true);
    try {
      await setRectificationStatus(String(record.id), to);
      notify('cppcc.supervision.status_saved', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const overdue = record.status !== 'DONE' && record.dueOn && record.dueOn < todayInChina();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
      <Chip
        size="small"
        color={COLORS[record.status]}
        variant={record.status === 'DONE' ? 'filled' : 'outlined'}
        label={translate(`enum.RectificationStatus.${record.status}`)}
      />
      {overdue && <Chip size="small" color="error" variant="outlined" label={translate('cppcc.supervision.overdue')} />}
      {withActions &&
        canEdit(who, 'rectificationItems') &&
        allowedRectificationTargets(record.status as RectificationStatus).map((to) => (
          <Button
            key={to}
            size="small"
            disabled={busy}
            onClick={(e) => {
              e.stopPropagation();
              void move(to);
            }}
          >
            {translate('cppcc.supervision.mark', { status: translate(`enum.RectificationStatus.${to}`) })}
          </Button>
        ))}
    </Box>
  );
};
