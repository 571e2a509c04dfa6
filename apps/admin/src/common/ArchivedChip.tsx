import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** A grey "已归档" tag for archived records; nothing otherwise. */
export const ArchivedChip = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.archivedAt) return null;
  return <Chip size="small" label={translate('cppcc.archive.archived')} sx={{ ml: 1 }} />;
};
