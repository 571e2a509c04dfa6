import { useRecordContext, useTranslate } from 'react-admin';

/** The organising township's name, or 县政协 for the county's own records. */
export const TownshipNameField = (_props: { label?: string; source?: string; sortBy?: string }) => {
  const record = useRecordContext<{ township?: { name?: string } | null; townshipId?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{record.township?.name ?? (record.townshipId ? '' : translate('cppcc.work.county'))}</span>;
};
