// 年度封账: a county admin opens the review of a year, closes it (every figure sealed with its
// SHA-256) and may reopen it with a reason; everyone who reads the figures sees the editions, the
// snapshot to download, the post-close corrections and the drift of sealed against current figures.
import DownloadIcon from '@mui/icons-material/Download';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { BooleanInput, Link, required, TextInput, Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { ObjectionStatus, YearState } from '@cppcc/domain';
import { ActionDialog } from '../common/ActionDialog';
import { saveBlob } from '../common/download';
import { NO_DATA } from '../common/format';
import { useGqlQuery } from '../common/useGql';
import { useWho } from '../common/useWho';
import { YearSelect } from '../common/YearSelect';
import { lastCompleteYear } from '../common/years';
import { metricLabel } from '../dashboard/analytics';
import { gqlRequest } from '../graphql';
import { canEditPage, PAGES } from '../permissions';
import { CLOSE_YEAR, OPEN_REVIEW, REOPEN_YEAR, YEAR_AUDIT, YEAR_CLOSE, YEAR_SNAPSHOT } from './yearCloseApi';

type Step = 'open' | 'close' | 'reopen';

const when = (at: string | null | undefined) =>
  at ? new Date(at).toLocaleString('zh-CN', { hour12: false }) : NO_DATA;
const head = { '& th': { fontWeight: 600, whiteSpace: 'nowrap' } } as const;

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card variant="outlined">
    <CardHeader title={title} titleTypographyProps={{ variant: 'subtitle1', fontWeight: 600 }} sx={{ pb: 0 }} />
    <CardContent sx={{ overflowX: 'auto' }}>{children}</CardContent>
  </Card>
);

const YearClosePage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { who } = useWho();
  const t = (key: string, args?: object) => translate(`cppcc.year_close.${key}`, args);
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || lastCompleteYear();
  const [step, setStep] = useState<Step | null>(null);
  const status = useGqlQuery(['yearClose', year], YEAR_CLOSE, { year });
  const audit = useGqlQuery(['yearAudit', year], YEAR_AUDIT, { year });
  const state = (status.data?.yearClose.state ?? YearState.OPEN) as YearState;
  // Open objections hold the close back: the county answers them, or closes over them with a note.
  const openFilter = { year, status: ObjectionStatus.OPEN };
  const { total: openObjections = 0 } = useGetList('objections', {
    filter: openFilter,
    pagination: { page: 1, perPage: 1 },
  });
  const editions = status.data?.yearClose.editions ?? [];
  const decides = canEditPage(who, PAGES.yearClose);
  const offered: Step[] =
    state === YearState.OPEN || state === YearState.REOPENED
      ? ['open']
      : state === YearState.REVIEW
        ? ['close']
        : ['reopen'];

  const download = async (edition: number) => {
    const { yearSnapshot } = await gqlRequest(YEAR_SNAPSHOT, { year, edition });
    if (!yearSnapshot) return;
    saveBlob(
      new Blob([yearSnapshot.snapshot], { type: 'application/json' }),
      `${year}年度封账快照-第${edition}版-${yearSnapshot.hash.slice(0, 12)}.json`,
    );
    notify('cppcc.year_close.downloaded', { type: 'info', messageArgs: { hash: yearSnapshot.hash } });
  };

  const ICON: Record<Step, ReactNode> = { open: <PlayArrowIcon />, close: <LockIcon />, reopen: <LockOpenIcon /> };
  return (
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1200 }}>
      <Title title={t('title')} />
      <Card variant="outlined">
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', py: '12px !important' }}>
          <YearSelect value={year} onChange={(y) => setParams({ year: String(y) }, { replace: true })} />
          <Chip
            color={state === YearState.CLOSED ? 'success' : state === YearState.REVIEW ? 'warning' : 'default'}
            label={translate(`enum.YearState.${state}`)}
            aria-label={t('state')}
          />
          <Box sx={{ flex: 1 }} />
          {decides &&
            offered.map((s) => (
              <Button key={s} variant="contained" startIcon={ICON[s]} onClick={() => setStep(s)}>
                {t(s)}
              </Button>
            ))}
        </CardContent>
      </Card>
      <Alert severity="info">{t(`explain_${state}`, { year })}</Alert>
      {openObjections > 0 && (
        <Alert severity="warning">
          {t('open_objections', { year, count: openObjections })}{' '}
          <Link to={`/objections?filter=${encodeURIComponent(JSON.stringify(openFilter))}`}>{t('see_objections')}</Link>
        </Alert>
      )}

      <Section title={t('editions')}>
        {editions.length ? (
          <Table size="small" aria-label={t('editions')}>
            <TableHead>
              <TableRow sx={head}>
                <TableCell>{t('edition')}</TableCell>
                <TableCell>{t('state')}</TableCell>
                <TableCell>{t('review_opened')}</TableCell>
                <TableCell>{t('closed')}</TableCell>
                <TableCell>{t('hash')}</TableCell>
                <TableCell>{t('reopened')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {editions.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{t('edition_value', { edition: e.edition })}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`enum.YearState.${e.state}`)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {when(e.reviewOpenedAt)} {e.reviewOpenedByName ?? ''}
                  </TableCell>
                  <TableCell sx={{ minWidth: 160 }}>
                    {when(e.closedAt)} {e.closedByName ?? ''}
                    {e.closeNote && (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {e.closeNote}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all', minWidth: 180 }}>
                    {e.snapshotHash ?? NO_DATA}
                  </TableCell>
                  <TableCell sx={{ minWidth: 160 }}>
                    {e.reopenedAt ? `${when(e.reopenedAt)} ${e.reopenedByName ?? ''}` : NO_DATA}
                    {e.reopenReason && (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {e.reopenReason}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {e.snapshotHash && (
                      <Button size="small" startIcon={<DownloadIcon />} onClick={() => void download(e.edition)}>
                        {t('download')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">{t('never_closed')}</Typography>
        )}
      </Section>

      <Section title={t('drift')}>
        {audit.data?.yearDrift.length ? (
          <Table size="small" aria-label={t('drift')}>
            <TableHead>
              <TableRow sx={head}>
                <TableCell>{t('township')}</TableCell>
                <TableCell>{t('metric')}</TableCell>
                <TableCell align="right">{t('sealed')}</TableCell>
                <TableCell align="right">{t('current')}</TableCell>
                <TableCell align="right">{t('difference')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {audit.data.yearDrift.map((d) => (
                <TableRow key={`${d.townshipId}-${d.metric}`}>
                  <TableCell>{d.townshipName}</TableCell>
                  <TableCell>{metricLabel(d.metric)}</TableCell>
                  <TableCell align="right">{d.sealed ?? NO_DATA}</TableCell>
                  <TableCell align="right">{d.current ?? NO_DATA}</TableCell>
                  <TableCell align="right">
                    {d.difference == null ? NO_DATA : d.difference > 0 ? `+${d.difference}` : d.difference}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">
            {t(state === YearState.CLOSED ? 'no_drift' : 'drift_when_closed')}
          </Typography>
        )}
      </Section>

      <Section title={t('corrections')}>
        {audit.data?.yearCorrections.length ? (
          <Table size="small" aria-label={t('corrections')}>
            <TableHead>
              <TableRow sx={head}>
                <TableCell>{t('at')}</TableCell>
                <TableCell>{t('record')}</TableCell>
                <TableCell>{t('action')}</TableCell>
                <TableCell>{t('reason')}</TableCell>
                <TableCell>{t('by')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {audit.data.yearCorrections.map((c) => (
                <TableRow key={c.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(c.at)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {translate(`cppcc.audit.entity.${c.entityType}`, { _: c.entityType })} #{c.entityId}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {translate(`cppcc.audit.action.${c.action}`, { _: c.action })}
                  </TableCell>
                  <TableCell sx={{ minWidth: 200 }}>{c.reason}</TableCell>
                  <TableCell>{c.byName ?? NO_DATA}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">{t('no_corrections')}</Typography>
        )}
      </Section>

      {step === 'open' && (
        <ActionDialog
          open
          title={t('open')}
          subtitle={t('year_value', { year })}
          submitLabel={t('open')}
          onClose={() => setStep(null)}
          onSubmit={() => gqlRequest(OPEN_REVIEW, { year })}
        >
          <Typography variant="body2">{t('open_help')}</Typography>
        </ActionDialog>
      )}
      {step === 'close' && (
        <ActionDialog
          open
          title={t('close')}
          subtitle={t('year_value', { year })}
          submitLabel={t('close')}
          defaultValues={{ note: '', overObjections: false }}
          onClose={() => setStep(null)}
          onSubmit={(values) =>
            gqlRequest(CLOSE_YEAR, {
              year,
              note: String(values.note ?? '').trim() || null,
              overObjections: values.overObjections === true,
            })
          }
          confirm={() => ({ title: t('close_confirm_title', { year }), content: t('close_confirm') })}
        >
          {openObjections > 0 && (
            <BooleanInput
              source="overObjections"
              label={t('over_objections', { count: openObjections })}
              helperText="cppcc.year_close.over_objections_help"
            />
          )}
          <TextInput source="note" label="cppcc.year_close.note" multiline minRows={2} fullWidth />
        </ActionDialog>
      )}
      {step === 'reopen' && (
        <ActionDialog
          open
          title={t('reopen')}
          subtitle={t('year_value', { year })}
          submitLabel={t('reopen')}
          defaultValues={{ reason: '' }}
          onClose={() => setStep(null)}
          onSubmit={(values) => gqlRequest(REOPEN_YEAR, { year, reason: String(values.reason ?? '') })}
        >
          <TextInput
            source="reason"
            label="cppcc.year_close.reason"
            helperText="cppcc.year_close.reason_help"
            validate={required()}
            multiline
            minRows={2}
            fullWidth
          />
        </ActionDialog>
      )}
    </Box>
  );
};

export default YearClosePage;
