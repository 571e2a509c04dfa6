import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** 有效 / 已过期 / 已吊销. */
export const ApiTokenStatusField = (_props: { label?: string }) => {
  const record = useRecordContext<{ revokedAt?: string | null; expiresAt?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.revokedAt) return <Chip size="small" label={translate('cppcc.tokens.revoked')} />;
  if (record.expiresAt && new Date(record.expiresAt).getTime() < Date.now())
    return <Chip size="small" color="warning" variant="outlined" label={translate('cppcc.tokens.expired')} />;
  return <Chip size="small" color="success" variant="outlined" label={translate('cppcc.tokens.active')} />;
};
