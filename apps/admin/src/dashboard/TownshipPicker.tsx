import { Autocomplete, Chip, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { SERIES_COLORS } from './analytics';

export interface TownshipOption {
  id: string;
  name: string;
}

export const MAX_COMPARED = 5;
export const MIN_COMPARED = 2;

/** 2–5 townships for the radar and trend charts, each chip in its series colour. */
export const TownshipPicker = ({
  options,
  value,
  onChange,
}: {
  options: TownshipOption[];
  value: string[];
  onChange: (ids: string[]) => void;
}) => {
  const translate = useTranslate();
  const selected = value.map((id) => options.find((o) => o.id === id)).filter((o): o is TownshipOption => !!o);
  const tooFew = selected.length < MIN_COMPARED;
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={selected}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionDisabled={(o) => selected.length >= MAX_COMPARED && !selected.some((s) => s.id === o.id)}
      onChange={(_e, next) => onChange(next.slice(0, MAX_COMPARED).map((o) => o.id))}
      disableCloseOnSelect
      fullWidth={false}
      renderValue={(items, getItemProps) =>
        items.map((o, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              {...itemProps}
              size="small"
              label={o.name}
              sx={{
                bgcolor: SERIES_COLORS[index % SERIES_COLORS.length],
                color: '#fff',
                '& .MuiChip-deleteIcon': { color: 'rgba(255,255,255,0.8)' },
              }}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          fullWidth
          variant="outlined"
          margin="none"
          label={translate('cppcc.analytics.townships_compared')}
          error={tooFew}
          helperText={
            tooFew ? translate('cppcc.analytics.pick_townships', { min: MIN_COMPARED, max: MAX_COMPARED }) : ' '
          }
        />
      )}
      sx={{ minWidth: 320, flex: '1 1 360px', maxWidth: 720 }}
    />
  );
};
