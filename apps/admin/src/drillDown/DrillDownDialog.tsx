// The records behind one figure (metricRecords), page by page, each linking to its console page.
// A rate, or a per-member value, has two parts: 分子 and 分母, each with its count, so the reader
// can redo the division the cell shows.
import CloseIcon from '@mui/icons-material/Close';
import {
  Alert,
  Box,
  Dialog,
  DialogContent,
  DialogTitle,
  IconButton,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Tab,
  TablePagination,
  Tabs,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useCreatePath, useTranslate } from 'react-admin';
import { formatMetric } from '../common/format';
import { useGqlQuery } from '../common/useGql';
import { useWho } from '../common/useWho';
import { canAccess } from '../permissions';
import { YEAR_CLOSE } from '../yearClose/yearCloseApi';
import { YearState } from '@cppcc/domain';
import {
  hasDenominator,
  isOneDivision,
  METRIC_RECORDS_QUERY,
  partFigure,
  recordRoute,
  type DrillFigure,
  type MetricRecordNode,
  type MetricRecordPart,
} from './drillApi';

const PER_PAGE = 20;

function useMetricRecords(figure: DrillFigure, part: MetricRecordPart, page: number, enabled = true) {
  const variables = {
    metric: figure.metric,
    year: figure.year,
    townshipId: figure.townshipId,
    memberId: figure.memberId ?? null,
    part,
    page: { offset: page * PER_PAGE, limit: PER_PAGE },
  };
  // The previous page stays on screen while the next one loads.
  return useGqlQuery(['metricRecords', variables], METRIC_RECORDS_QUERY, variables, {
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The figure in words: whose, which year, which metric, the value as shown. */
export function figureTitle(translate: (key: string, args?: object) => string, figure: DrillFigure): string {
  const whose = figure.memberName ?? figure.townshipName ?? translate('cppcc.drill.county');
  const label = figure.perMember ? `${figure.label}${translate('cppcc.analytics.per_member_suffix')}` : figure.label;
  return [whose, translate('cppcc.analytics.year_value', { year: figure.year }), label, figure.text].join(' · ');
}

const RecordRow = ({ node, onOpen }: { node: MetricRecordNode; onOpen: () => void }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { who } = useWho();
  const route = recordRoute(node);
  const details = [
    node.date,
    translate(`cppcc.drill.types.${node.recordType}`, { _: node.recordType }),
    // A member's own row is titled with their name already.
    node.memberName === node.title ? null : node.memberName,
    node.value == null ? null : translate('cppcc.drill.adds', { value: formatMetric(node.value, 'count') }),
  ].filter(Boolean);
  const text = <ListItemText primary={node.title} secondary={details.join(' · ')} />;
  if (!route || !canAccess(who, route.view, route.resource)) return <ListItem divider>{text}</ListItem>;
  return (
    <ListItem disablePadding divider>
      <ListItemButton
        component={RouterLink}
        to={createPath({ resource: route.resource, id: route.id, type: route.view })}
        onClick={onOpen}
      >
        {text}
      </ListItemButton>
    </ListItem>
  );
};

const PartRecords = ({
  query,
  page,
  onPage,
  onNavigate,
}: {
  query: ReturnType<typeof useMetricRecords>;
  page: number;
  onPage: (page: number) => void;
  onNavigate: () => void;
}) => {
  const translate = useTranslate();
  const { data, error, isPending, isFetching } = query;
  if (error) return <Alert severity="error">{translate('cppcc.drill.error', { message: error.message })}</Alert>;
  if (isPending || !data) return <Typography color="text.secondary">{translate('cppcc.analytics.loading')}</Typography>;
  const list = data.metricRecords;
  return (
    <>
      <Typography variant="body2" data-testid="drill-total" sx={{ fontWeight: 600 }}>
        {translate(list.valueSum == null ? 'cppcc.drill.total' : 'cppcc.drill.total_sum', {
          count: list.totalCount,
          sum: formatMetric(list.valueSum, 'count'),
        })}
      </Typography>
      <Box sx={{ height: 4 }}>{isFetching && <LinearProgress />}</Box>
      {list.nodes.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
          {translate('cppcc.drill.empty')}
        </Typography>
      ) : (
        <List dense disablePadding aria-label={translate('cppcc.drill.records')}>
          {list.nodes.map((node) => (
            <RecordRow key={`${node.recordType}-${node.id}-${node.memberId ?? ''}`} node={node} onOpen={onNavigate} />
          ))}
        </List>
      )}
      {list.totalCount > PER_PAGE && (
        <TablePagination
          component="div"
          count={list.totalCount}
          page={page}
          onPageChange={(_e, p) => onPage(p)}
          rowsPerPage={PER_PAGE}
          rowsPerPageOptions={[]}
          getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
          labelDisplayedRows={({ from, to, count }) =>
            translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
          }
        />
      )}
    </>
  );
};

const DrillContent = ({ figure, onClose }: { figure: DrillFigure; onClose: () => void }) => {
  const translate = useTranslate();
  const twoParts = hasDenominator(figure);
  const [part, setPart] = useState<MetricRecordPart>('NUMERATOR');
  const [pages, setPages] = useState({ NUMERATOR: 0, DENOMINATOR: 0 });
  const numerator = useMetricRecords(figure, 'NUMERATOR', pages.NUMERATOR);
  const denominator = useMetricRecords(figure, 'DENOMINATOR', pages.DENOMINATOR, twoParts);
  const num = numerator.data?.metricRecords;
  const den = denominator.data?.metricRecords;
  const count = (list: typeof num) => (list ? formatMetric(partFigure(list), 'count') : '…');
  // A closed year's figure is the sealed one; the list is of today's records (corrections included).
  const status = useGqlQuery(['yearClose', figure.year], YEAR_CLOSE, { year: figure.year });
  const sealed = status.data?.yearClose.state === YearState.CLOSED;
  return (
    <>
      <DialogTitle id="drill-down-title" sx={{ pr: 6, fontSize: { xs: '1.05rem', sm: '1.25rem' } }}>
        {figureTitle(translate, figure)}
      </DialogTitle>
      <IconButton
        aria-label={translate('ra.action.close')}
        onClick={onClose}
        sx={{ position: 'absolute', right: 8, top: 8 }}
      >
        <CloseIcon />
      </IconButton>
      <DialogContent sx={{ pt: 0 }}>
        {sealed && (
          <Alert severity="info" sx={{ mb: 1 }} data-testid="drill-sealed">
            {translate('cppcc.drill.sealed_note', { year: figure.year })}
          </Alert>
        )}
        {figure.perMember && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate('cppcc.drill.per_member_note')}
          </Alert>
        )}
        {twoParts && (
          <>
            {num && den && isOneDivision(figure) && (
              <Typography variant="body2" color="text.secondary" data-testid="drill-formula">
                {translate('cppcc.drill.formula', {
                  numerator: count(num),
                  denominator: count(den),
                  value: figure.text,
                })}
              </Typography>
            )}
            <Tabs value={part} onChange={(_e, p: MetricRecordPart) => setPart(p)} sx={{ mb: 1 }}>
              <Tab value="NUMERATOR" label={translate('cppcc.drill.numerator', { count: count(num) })} />
              <Tab
                value="DENOMINATOR"
                label={translate(figure.perMember ? 'cppcc.drill.denominator_members' : 'cppcc.drill.denominator', {
                  count: count(den),
                })}
              />
            </Tabs>
          </>
        )}
        <PartRecords
          query={part === 'NUMERATOR' ? numerator : denominator}
          page={pages[part]}
          onPage={(p) => setPages({ ...pages, [part]: p })}
          onNavigate={onClose}
        />
      </DialogContent>
    </>
  );
};

/** The drill-down of one figure; full screen on a phone. Closed while `figure` is null. */
export const DrillDownDialog = ({
  figure,
  open,
  onClose,
}: {
  figure: DrillFigure | null;
  open: boolean;
  onClose: () => void;
}) => {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" fullScreen={phone} aria-labelledby="drill-down-title">
      {/* Keyed by the figure: another figure starts on its first page and the 分子 tab. */}
      {figure && <DrillContent key={JSON.stringify(figure)} figure={figure} onClose={onClose} />}
    </Dialog>
  );
};
