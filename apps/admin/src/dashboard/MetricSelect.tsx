import { Box, FormControl, InputLabel, ListSubheader, MenuItem, Select } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { groupedMetrics } from './analytics';

/**
 * One metric, the options grouped under METRIC_GROUP_LABELS (提案, 履职活动, …).
 * `label=""` draws no label (table cells), keeping it as the accessible name.
 * `flagged` metrics (0 for every township this year) carry a warning after their name.
 */
export const MetricSelect = ({
  value,
  onChange,
  label,
  minWidth = 200,
  flagged,
}: {
  value: string;
  onChange: (key: string) => void;
  label?: string;
  minWidth?: number;
  flagged?: ReadonlySet<string>;
}) => {
  const translate = useTranslate();
  const id = useId();
  const groups = groupedMetrics();
  const text = label || translate('cppcc.analytics.metric');
  const showLabel = label !== '';
  return (
    <FormControl size="small" variant="outlined" margin="none" fullWidth={false} sx={{ minWidth }}>
      {showLabel && <InputLabel id={id}>{text}</InputLabel>}
      <Select
        labelId={showLabel ? id : undefined}
        label={showLabel ? text : undefined}
        inputProps={{ 'aria-label': text }}
        value={value}
        displayEmpty={!showLabel}
        onChange={(e) => onChange(String(e.target.value))}
        MenuProps={{ slotProps: { paper: { sx: { maxHeight: 480 } } } }}
      >
        {groups.flatMap(({ group, label: groupLabel, metrics }) => [
          <ListSubheader key={`h-${group}`} sx={{ lineHeight: '32px', fontWeight: 600, color: 'primary.main' }}>
            {groupLabel}
          </ListSubheader>,
          ...metrics.map((m) => (
            <MenuItem key={m.key} value={m.key} sx={{ pl: 3 }}>
              {m.label}
              {flagged?.has(m.key) && (
                <Box component="span" sx={{ ml: 1, color: 'warning.main', fontSize: 12 }}>
                  {translate('cppcc.scheme.all_zero_short')}
                </Box>
              )}
            </MenuItem>
          )),
        ])}
      </Select>
    </FormControl>
  );
};
