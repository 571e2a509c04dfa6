import { Typography } from '@mui/material';
import { DateField, useRecordContext, useTranslate } from 'react-admin';

/** The birth date, or only its year where the API masks it for this user (leaders, see Member.birthDate). */
export const BirthDateField = ({ emptyText }: { source?: string; label?: string; emptyText?: string }) => {
  const record = useRecordContext<{ birthDate?: string | null; birthYear?: number | null }>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.birthDate) return <DateField source="birthDate" locales="zh-CN" />;
  const text =
    record.birthYear != null ? translate('cppcc.members.birth_year', { year: record.birthYear }) : (emptyText ?? '');
  // as DateField renders, so that a year alone lines up with the dates around it
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};
