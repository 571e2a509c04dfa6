import { Box, Card, CardContent, CardHeader, FormControlLabel, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import {
  DateField,
  Labeled,
  ListButton,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { FormGrid } from '../common/FormGrid';
import { diffRows, parseSnapshot, type DiffRow } from './auditDiff';
import { AuditActionField, AuditActorField, AuditEntityField } from './AuditFields';

const Side = ({
  title,
  rows,
  side,
  empty,
}: {
  title: string;
  rows: DiffRow[];
  side: 'before' | 'after';
  empty: string;
}) => (
  <Card variant="outlined" sx={{ minWidth: 0 }}>
    <CardHeader title={title} slotProps={{ title: { variant: 'subtitle2', fontWeight: 600 } }} sx={{ py: 1 }} />
    <CardContent sx={{ pt: 0, fontFamily: 'monospace', fontSize: 12.5 }}>
      {rows.every((r) => r[side] === undefined) ? (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      ) : (
        rows.map((r) => (
          <Box
            key={r.key}
            sx={{
              display: 'flex',
              gap: 1,
              px: 0.5,
              borderRadius: 0.5,
              bgcolor: r.changed ? (side === 'before' ? 'rgba(211,47,47,0.09)' : 'rgba(46,125,50,0.11)') : undefined,
              minHeight: 20,
            }}
          >
            <Box component="span" sx={{ color: 'primary.main', flexShrink: 0 }}>{`"${r.key}":`}</Box>
            <Box
              component="span"
              sx={{
                whiteSpace: 'pre-wrap',
                wordBreak: 'break-all',
                color: r[side] === undefined ? 'text.disabled' : undefined,
              }}
            >
              {r[side] ?? '—'}
            </Box>
          </Box>
        ))
      )}
    </CardContent>
  </Card>
);

/** Before and after side by side, changed fields highlighted on both sides (aligned row by row). */
const BeforeAfter = () => {
  const record = useRecordContext<{ before?: string | null; after?: string | null }>();
  const translate = useTranslate();
  const [onlyChanged, setOnlyChanged] = useState(false);
  if (!record) return null;
  const all = diffRows(parseSnapshot(record.before), parseSnapshot(record.after));
  const rows = onlyChanged ? all.filter((r) => r.changed) : all;
  return (
    <Box sx={{ mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate('cppcc.audit.changes', { count: all.filter((r) => r.changed).length })}
        </Typography>
        <FormControlLabel
          control={<Switch checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />}
          label={translate('cppcc.audit.only_changed')}
        />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <Side
          title={translate('resources.auditEntries.fields.before')}
          rows={rows}
          side="before"
          empty={translate('cppcc.audit.no_before')}
        />
        <Side
          title={translate('resources.auditEntries.fields.after')}
          rows={rows}
          side="after"
          empty={translate('cppcc.audit.no_after')}
        />
      </Box>
    </Box>
  );
};

const L = ({ children, label }: { children: React.ReactElement; label?: string }) => (
  <Labeled label={label} sx={{ mb: 1 }}>
    {children}
  </Labeled>
);

export const AuditEntryShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ListButton />
      </TopToolbar>
    }
  >
    <Box sx={{ p: 2 }}>
      <FormGrid columns={3}>
        <L label="resources.auditEntries.fields.at">
          <DateField source="at" showTime locales="zh-CN" />
        </L>
        <L label="resources.auditEntries.fields.actorName">
          <AuditActorField />
        </L>
        <L label="resources.auditEntries.fields.action">
          <AuditActionField />
        </L>
        <L label="resources.auditEntries.fields.entityType">
          <AuditEntityField />
        </L>
        <L label="resources.auditEntries.fields.clientAddress">
          <TextField source="clientAddress" emptyText="—" />
        </L>
        <L label="resources.auditEntries.fields.requestId">
          <TextField source="requestId" emptyText="—" sx={{ fontFamily: 'monospace', fontSize: 12 }} />
        </L>
      </FormGrid>
      <BeforeAfter />
    </Box>
  </Show>
);
