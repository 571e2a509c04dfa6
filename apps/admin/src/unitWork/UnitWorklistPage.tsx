// 我的待办 — a handling unit's home: its figures of a year (its own row of handlingUnitStats) and
// what waits for it now (unitWorklist): proposals to reply to, due soon, overdue, 会办意见 to
// send, its requests waiting for the county and the county's recent answers. Each item opens
// the proposal.
import { Alert, Box, Chip, Divider, Link, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { RecordContextProvider, Title, useTranslate } from 'react-admin';
import { storedUser } from '../authProvider';
import { SectionCard } from '../common/SectionCard';
import { useGqlQuery } from '../common/useGql';
import { YearSelect } from '../common/YearSelect';
import { lastCompleteYear } from '../common/years';
import type { WorklistProposalFragment, WorklistRequestFragment } from '../gql/graphql';
import { DeadlineField, ProposalStatusField, proposalNumber } from '../proposals/ProposalFields';
import { decisionLine, UnitRequestChips } from '../proposals/UnitRequestChips';
import { formatUnitFigure, UNIT_FIGURE_COLUMNS } from './unitFigures';
import { HANDLING_UNIT_STATS, UNIT_WORKLIST } from './unitWorkApi';

type T = (key: string, args?: Record<string, unknown>) => string;

const ProposalLink = ({ proposal }: { proposal: WorklistProposalFragment }) => (
  <Link component={RouterLink} to={`/proposals/${proposal.id}/show`} sx={{ wordBreak: 'break-word' }}>
    <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', mr: 1 }}>
      {proposalNumber(proposal)}
    </Box>
    {proposal.title}
  </Link>
);

/** One to-do list: its heading with the count, the items or 暂无. */
const WorkList = <I extends { id: string }>({
  title,
  help,
  items,
  empty,
  tone = 'default',
  render,
}: {
  title: string;
  help?: string;
  items: readonly I[];
  empty: string;
  tone?: 'default' | 'warning' | 'error';
  render: (item: I) => ReactNode;
}) => (
  <SectionCard
    title={
      <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
        {title}
        <Chip size="small" label={items.length} color={items.length ? tone : 'default'} />
      </Box>
    }
    help={help}
  >
    {items.length ? (
      <Stack divider={<Divider flexItem />} spacing={1}>
        {items.map((item) => (
          <Box key={item.id}>{render(item)}</Box>
        ))}
      </Stack>
    ) : (
      <Typography variant="body2" color="text.secondary">
        {empty}
      </Typography>
    )}
  </SectionCard>
);

const ProposalItem = ({ proposal }: { proposal: WorklistProposalFragment }) => (
  <RecordContextProvider value={proposal}>
    <ProposalLink proposal={proposal} />
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mt: 0.5 }}>
      <ProposalStatusField />
      <DeadlineField />
    </Box>
  </RecordContextProvider>
);

const RequestItem = ({ request, t }: { request: WorklistRequestFragment; t: T }) => {
  const translate = useTranslate();
  const decision = decisionLine(translate, request);
  return (
    <>
      {request.proposal ? (
        <ProposalLink proposal={request.proposal} />
      ) : (
        // An approved return: the proposal went to another unit, which this unit no longer reads.
        <Typography variant="body2" color="text.secondary">
          {t('proposal_gone', { id: request.proposalId })}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mt: 0.5 }}>
        <UnitRequestChips kind={request.kind} status={request.status} />
        <Typography variant="caption" color="text.secondary">
          {request.decidedOn
            ? t('decided_on', { date: request.decidedOn })
            : t('requested_on', { date: request.requestedOn })}
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ mt: 0.5, wordBreak: 'break-word' }}>
        {decision ?? t('reason', { reason: request.reason })}
      </Typography>
    </>
  );
};

const Figures = ({ year, t }: { year: number; t: T }) => {
  const stats = useGqlQuery(['handlingUnitStats', year], HANDLING_UNIT_STATS, { year });
  const row = stats.data?.handlingUnitStats[0];
  if (stats.error) return <Alert severity="error">{stats.error.message}</Alert>;
  if (!row) return <Typography color="text.secondary">{t(stats.data ? 'no_figures' : 'loading')}</Typography>;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: {
          xs: 'repeat(2, minmax(0, 1fr))',
          sm: 'repeat(4, minmax(0, 1fr))',
          lg: 'repeat(8, minmax(0, 1fr))',
        },
        gap: 1,
      }}
    >
      {UNIT_FIGURE_COLUMNS.map((c) => (
        <Box key={c.key} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1.25, py: 0.75 }}>
          <Typography variant="caption" color="text.secondary" component="div" noWrap title={c.label}>
            {c.label}
          </Typography>
          <Typography
            sx={{
              fontWeight: 600,
              fontVariantNumeric: 'tabular-nums',
              color: row[c.key] == null ? 'text.disabled' : undefined,
            }}
          >
            {formatUnitFigure(row[c.key], c.kind, t('no_data'))}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

const UnitWorklistPage = () => {
  const translate = useTranslate();
  const t: T = (key, args) => translate(`cppcc.unit_worklist.${key}`, args);
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || lastCompleteYear();
  const query = useGqlQuery(['unitWorklist'], UNIT_WORKLIST, {}, { staleTime: 0 });
  const list = query.data?.unitWorklist;
  const unit = storedUser()?.handlingUnit?.name;
  const proposals = (key: 'toReply' | 'dueSoon' | 'overdue' | 'coOpinionsDue') => list?.[key] ?? [];
  return (
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1400, minWidth: 0 }}>
      <Title title={t('title')} />
      <SectionCard
        title={unit ? t('figures_of', { unit, year }) : t('figures', { year })}
        help={t('figures_help')}
        action={<YearSelect value={year} onChange={(y) => setParams({ year: String(y) }, { replace: true })} />}
      >
        <Figures year={year} t={t} />
      </SectionCard>
      {query.error && <Alert severity="error">{query.error.message}</Alert>}
      {!list && !query.error && <Typography color="text.secondary">{t('loading')}</Typography>}
      {list && (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
            gap: 2,
            alignItems: 'start',
          }}
        >
          <WorkList
            title={t('overdue')}
            help={t('overdue_help')}
            items={proposals('overdue')}
            empty={t('none_overdue')}
            tone="error"
            render={(p) => <ProposalItem proposal={p} />}
          />
          <WorkList
            title={t('due_soon')}
            help={t('due_soon_help', { days: list.dueSoonDays })}
            items={proposals('dueSoon')}
            empty={t('none')}
            tone="warning"
            render={(p) => <ProposalItem proposal={p} />}
          />
          <WorkList
            title={t('to_reply')}
            help={t('to_reply_help')}
            items={proposals('toReply')}
            empty={t('none')}
            tone="warning"
            render={(p) => <ProposalItem proposal={p} />}
          />
          <WorkList
            title={t('co_opinions')}
            help={t('co_opinions_help')}
            items={proposals('coOpinionsDue')}
            empty={t('none')}
            tone="warning"
            render={(p) => <ProposalItem proposal={p} />}
          />
          <WorkList
            title={t('pending')}
            help={t('pending_help')}
            items={list.requestsPending}
            empty={t('none_pending')}
            render={(r) => <RequestItem request={r} t={t} />}
          />
          <WorkList
            title={t('decided')}
            help={t('decided_help')}
            items={list.requestsDecided}
            empty={t('none_decided')}
            render={(r) => <RequestItem request={r} t={t} />}
          />
        </Box>
      )}
    </Box>
  );
};

export default UnitWorklistPage;
