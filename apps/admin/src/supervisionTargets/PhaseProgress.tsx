import { Box, Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SUPERVISION_PHASE_ORDER } from '@cppcc/domain';

/** The four phases as small tags: filled when recorded (look-back is optional). */
export const PhaseProgress = (_props: { label?: string }) => {
  const record = useRecordContext<{ phases?: string[] }>();
  const translate = useTranslate();
  if (!record) return null;
  const done = new Set(record.phases ?? []);
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'nowrap' }}>
      {SUPERVISION_PHASE_ORDER.map((p, i) => (
        <Tooltip key={p} title={translate(`enum.SupervisionPhase.${p}`)}>
          <Chip
            size="small"
            label={translate(`cppcc.supervision.phase_short.${p}`)}
            color={done.has(p) ? 'success' : 'default'}
            variant={done.has(p) ? 'filled' : 'outlined'}
            sx={{ opacity: i === 3 && !done.has(p) ? 0.5 : 1 }}
          />
        </Tooltip>
      ))}
    </Box>
  );
};

/** 满意 / 基本满意 / 不满意 with the score. */
export const GradeField = (_props: { label?: string }) => {
  const record = useRecordContext<{ score?: number | null; grade?: string | null }>();
  const translate = useTranslate();
  if (!record || record.score == null) return <span style={{ color: '#888' }}>—</span>;
  const color = record.grade === 'SATISFIED' ? 'success' : record.grade === 'DISSATISFIED' ? 'error' : 'warning';
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <strong>{record.score}</strong>
      {record.grade && (
        <Chip size="small" color={color} variant="outlined" label={translate(`enum.Satisfaction.${record.grade}`)} />
      )}
    </Box>
  );
};
