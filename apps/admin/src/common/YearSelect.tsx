import { FormControl, InputLabel, MenuItem, Select } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { recentYears } from './years';

export const YearSelect = ({
  value,
  onChange,
  years = recentYears(),
  label,
}: {
  value: number;
  onChange: (year: number) => void;
  years?: number[];
  label?: string;
}) => {
  const translate = useTranslate();
  const id = useId();
  const text = label ?? translate('cppcc.analytics.year');
  const list = years.includes(value) ? years : [...years, value].sort((a, b) => b - a);
  return (
    <FormControl size="small" variant="outlined" margin="none" fullWidth={false} sx={{ minWidth: 110 }}>
      <InputLabel id={id}>{text}</InputLabel>
      <Select labelId={id} label={text} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {list.map((y) => (
          <MenuItem key={y} value={y}>
            {translate('cppcc.analytics.year_value', { year: y })}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
};
