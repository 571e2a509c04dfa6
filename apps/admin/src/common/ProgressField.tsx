import { Box, LinearProgress, Typography } from '@mui/material';
import { formatPercent, NO_DATA } from './format';

/** A rate (0–1) as a bar with its percentage; — for null. */
export const ProgressBar = ({ value, width = 160 }: { value: number | null | undefined; width?: number | string }) => {
  if (value == null) {
    return (
      <Typography variant="body2" color="text.secondary">
        {NO_DATA}
      </Typography>
    );
  }
  const pct = Math.max(0, Math.min(1, value)) * 100;
  const color = value >= 1 ? 'success' : value >= 0.6 ? 'primary' : 'warning';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, width }}>
      <LinearProgress variant="determinate" value={pct} color={color} sx={{ flex: 1, height: 8, borderRadius: 1 }} />
      <Typography variant="body2" sx={{ minWidth: 44, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {formatPercent(value, 0)}
      </Typography>
    </Box>
  );
};
