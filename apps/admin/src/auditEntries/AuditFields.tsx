import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** The action in Chinese, coloured by weight (deletes red, logins grey). */
export const AuditActionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ action?: string }>();
  const translate = useTranslate();
  if (!record?.action) return null;
  const a = record.action;
  const color =
    a === 'DELETE' || a === 'LOGIN_FAILED' || a === 'REVOKE'
      ? 'error'
      : a === 'CREATE' || a === 'SUBMIT'
        ? 'success'
        : a === 'LOGIN'
          ? 'default'
          : 'primary';
  return (
    <span>
      <Chip size="small" variant="outlined" color={color} label={translate(`cppcc.audit.action.${a}`, { _: a })} />
    </span>
  );
};

/** The page title: 提案 #868 · 立案. */
export const AuditTitle = () => {
  const record = useRecordContext<{ entityType?: string; entityId?: string | null; action?: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const entity = translate(`cppcc.audit.entity.${record.entityType}`, { _: record.entityType ?? '' });
  return (
    <span>
      {entity}
      {record.entityId ? ` #${record.entityId}` : ''} ·{' '}
      {translate(`cppcc.audit.action.${record.action}`, { _: record.action ?? '' })}
    </span>
  );
};

export const AuditEntityField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ entityType?: string; entityId?: string | null }>();
  const translate = useTranslate();
  if (!record?.entityType) return null;
  return (
    <span>
      {translate(`cppcc.audit.entity.${record.entityType}`, { _: record.entityType })}
      {record.entityId ? ` #${record.entityId}` : ''}
    </span>
  );
};

export const AuditActorField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ actorName?: string | null; actorKind?: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {record.actorName ?? '—'}
      <span style={{ color: '#888', marginLeft: 4, fontSize: 12 }}>
        {translate(`cppcc.audit.actor_kind.${record.actorKind}`, { _: record.actorKind ?? '' })}
      </span>
    </span>
  );
};
