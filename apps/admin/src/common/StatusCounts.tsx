// Chips above a list, one per status with its count under the list's other filters; a click
// shows those records (again: all). The claims' and the objections' lists open on what waits.
import { Box, Chip } from '@mui/material';
import { useGetList, useListContext, useTranslate } from 'react-admin';

const StatusChip = ({
  resource,
  source,
  enumName,
  value,
}: {
  resource: string;
  source: string;
  enumName: string;
  value: string;
}) => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const { [source]: current, ...others } = filterValues as Record<string, unknown>;
  const { total } = useGetList(resource, {
    filter: { ...others, [source]: value },
    pagination: { page: 1, perPage: 1 },
  });
  const chosen = current === value;
  return (
    <Chip
      clickable
      color={chosen ? 'primary' : 'default'}
      variant={chosen ? 'filled' : 'outlined'}
      label={`${translate(`enum.${enumName}.${value}`)} ${total ?? '…'}`}
      onClick={() => setFilters({ ...others, [source]: chosen ? undefined : value }, displayedFilters)}
    />
  );
};

export const StatusCounts = ({
  resource,
  source,
  enumName,
  values,
  label,
}: {
  resource: string;
  source: string;
  enumName: string;
  values: readonly string[];
  /** The chips' accessible name. */
  label: string;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', px: 2, pt: 1.5 }} aria-label={translate(label)}>
      {values.map((value) => (
        <StatusChip key={value} resource={resource} source={source} enumName={enumName} value={value} />
      ))}
    </Box>
  );
};
