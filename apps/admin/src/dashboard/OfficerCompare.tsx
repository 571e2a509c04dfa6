import TableViewIcon from '@mui/icons-material/TableView';
import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tabs,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { formatChange, formatMetric, formatTick, NO_DATA } from '../common/format';
import { DrillBar, DrillButton, useDrillDown } from '../drillDown/DrillTargets';
import type { DrillFigure } from '../drillDown/drillApi';
import { ChartCard } from './ChartCard';
import {
  isPerMemberMetric,
  METRIC_GROUP_LABELS,
  COMPARED_GROUPS,
  officerChartSets,
  officerRows,
  type Comparison,
  type MetricGroup,
  type OfficerRow,
} from './analytics';
import { useXlsxDownload } from './useXlsxDownload';

const OWN = '#a3231f';
const MEAN = '#1f5fa3';
const MEDIAN = '#8fb3d9';

const CompareChart = ({
  rows,
  kind,
  perMember,
  title,
  pngName,
  ownName,
  figureOf,
  onOpen,
}: {
  rows: OfficerRow[];
  kind: string;
  perMember: boolean;
  title: string;
  pngName: string;
  ownName: string;
  figureOf: (row: OfficerRow) => DrillFigure;
  onOpen: (figure: DrillFigure) => void;
}) => {
  const translate = useTranslate();
  const pm = perMember && kind !== 'rate';
  const fmt = (v: number | null) => (v == null ? NO_DATA : formatMetric(v, kind, pm));
  const data = rows.map((r) => ({
    row: r,
    name: r.label,
    own: r.own ?? 0,
    mean: r.mean ?? 0,
    median: r.median ?? 0,
    ownLabel: fmt(r.own),
  }));
  const legend = [
    { label: ownName, color: OWN },
    { label: translate('cppcc.analytics.county_mean'), color: MEAN },
    { label: translate('cppcc.analytics.county_median'), color: MEDIAN },
  ];
  const labelStyle = { fontSize: 12, fill: '#333', fontWeight: 600 };
  return (
    <ChartCard fill title={title} height={320} pngName={pngName} legend={legend}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }} barGap={2}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
          <YAxis
            tick={{ fontSize: 11 }}
            tickFormatter={(v: number) => formatTick(v, kind)}
            width={48}
            domain={kind === 'rate' ? [0, 1] : [0, 'auto']}
          />
          <Tooltip formatter={(v, name) => [formatMetric(Number(v), kind, pm), name]} />
          <Bar
            dataKey="own"
            name={ownName}
            fill={OWN}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => (
              <DrillBar {...props} figure={figureOf(props.payload.row)} onOpen={onOpen} />
            )}
          >
            <LabelList dataKey="ownLabel" position="top" style={labelStyle} />
          </Bar>
          {/* Mean and median are in the tooltip and the table: labels on the own bar only keep it legible. */}
          <Bar dataKey="mean" name={translate('cppcc.analytics.county_mean')} fill={MEAN} isAnimationActive={false} />
          <Bar
            dataKey="median"
            name={translate('cppcc.analytics.county_median')}
            fill={MEDIAN}
            isAnimationActive={false}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

/** TOWNSHIP_OFFICER: their township against the county mean and median of the year. */
export const OfficerCompare = ({
  comparison,
  townshipId,
  year,
  perMember,
  loading,
}: {
  comparison?: Comparison;
  townshipId: string;
  year: number;
  perMember: boolean;
  loading?: boolean;
}) => {
  const translate = useTranslate();
  const [group, setGroup] = useState<MetricGroup>('proposals');
  const { download, busy } = useXlsxDownload();
  const rows = officerRows(comparison, townshipId);
  const ownName =
    comparison?.rows.find((r) => r.townshipId === townshipId)?.townshipName ??
    translate('cppcc.analytics.own_township');
  const sets = officerChartSets(rows, group);
  const drill = useDrillDown();
  const figureOf = (r: OfficerRow, year: number, value: number | null): DrillFigure => {
    const pm = isPerMemberMetric(r.key, perMember);
    return {
      metric: r.key,
      label: r.label,
      year,
      townshipId,
      townshipName: ownName,
      text: formatMetric(value, r.kind, pm),
      perMember: pm,
    };
  };
  const kindTitle = (kind: string, first: OfficerRow) =>
    kind === 'amount'
      ? first.label + (isPerMemberMetric(first.key, perMember) ? translate('cppcc.analytics.per_member_suffix') : '')
      : translate(`cppcc.analytics.kind_${kind}`);

  if (loading || !comparison) {
    return <Typography color="text.secondary">{translate('cppcc.analytics.loading')}</Typography>;
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Tabs value={group} onChange={(_e, g: MetricGroup) => setGroup(g)} variant="scrollable">
        {COMPARED_GROUPS.map((g) => (
          <Tab key={g} value={g} label={METRIC_GROUP_LABELS[g]} />
        ))}
      </Tabs>
      {/* Small sets share a row; a set of many metrics takes a whole row for legible labels. */}
      {[sets.filter((set) => set.rows.length < 6), sets.filter((set) => set.rows.length >= 6)].map((row, i) =>
        row.length ? (
          <Box
            key={i}
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', lg: `repeat(${row.length}, minmax(0, 1fr))` },
              gap: 2,
            }}
          >
            {row.map((set) => {
              const title = `${METRIC_GROUP_LABELS[group]} · ${kindTitle(set.kind, set.rows[0])}`;
              return (
                <CompareChart
                  key={set.id}
                  rows={set.rows}
                  kind={set.kind}
                  perMember={perMember}
                  title={title}
                  pngName={`${year}年${ownName}${title}`}
                  ownName={ownName}
                  figureOf={(r) => figureOf(r, year, r.own)}
                  onOpen={drill.open}
                />
              );
            })}
          </Box>
        ) : null,
      )}
      <Card variant="outlined">
        <CardHeader
          title={translate('cppcc.analytics.officer_table_title', { name: ownName, year })}
          subheader={translate('cppcc.analytics.officer_table_subtitle')}
          slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 }, subheader: { variant: 'caption' } }}
          sx={{ pb: 0 }}
          action={
            <Button
              size="small"
              startIcon={<TableViewIcon />}
              disabled={busy}
              onClick={() => download({ year, perMember })}
            >
              {translate('cppcc.analytics.download_xlsx')}
            </Button>
          }
        />
        <CardContent>
          <TableContainer sx={{ width: 0, minWidth: '100%' }}>
            <Table size="small">
              <TableHead>
                <TableRow sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
                  <TableCell>{translate('cppcc.analytics.group')}</TableCell>
                  <TableCell>{translate('cppcc.analytics.metric')}</TableCell>
                  <TableCell align="right">{ownName}</TableCell>
                  <TableCell align="right">{translate('cppcc.analytics.county_mean')}</TableCell>
                  <TableCell align="right">{translate('cppcc.analytics.county_median')}</TableCell>
                  <TableCell align="right">{translate('cppcc.analytics.rank')}</TableCell>
                  <TableCell align="right">{translate('cppcc.analytics.previous')}</TableCell>
                  <TableCell align="right">{translate('cppcc.analytics.change')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r, i) => {
                  const pm = isPerMemberMetric(r.key, perMember);
                  const first = i === 0 || rows[i - 1].group !== r.group;
                  const above = r.own != null && r.mean != null && r.own >= r.mean;
                  return (
                    <TableRow
                      key={r.key}
                      hover
                      sx={
                        first && i > 0 ? { '& td': { borderTop: '2px solid', borderTopColor: 'divider' } } : undefined
                      }
                    >
                      <TableCell sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
                        {first ? METRIC_GROUP_LABELS[r.group] : ''}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {r.label}
                        {pm ? translate('cppcc.analytics.per_member_suffix') : ''}
                      </TableCell>
                      <TableCell
                        align="right"
                        sx={{
                          fontWeight: 600,
                          color: r.own == null ? 'text.secondary' : above ? 'success.dark' : 'warning.dark',
                        }}
                      >
                        <DrillButton figure={figureOf(r, year, r.own)} onOpen={drill.open}>
                          {formatMetric(r.own, r.kind, pm)}
                        </DrillButton>
                      </TableCell>
                      <TableCell align="right">{formatMetric(r.mean, r.kind, pm)}</TableCell>
                      <TableCell align="right">{formatMetric(r.median, r.kind, pm)}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {r.rank == null ? '—' : translate('cppcc.analytics.rank_of', { rank: r.rank, count: r.ranked })}
                      </TableCell>
                      <TableCell align="right">
                        <DrillButton figure={figureOf(r, year - 1, r.previous)} onOpen={drill.open}>
                          {formatMetric(r.previous, r.kind, pm)}
                        </DrillButton>
                      </TableCell>
                      <TableCell
                        align="right"
                        sx={{
                          whiteSpace: 'nowrap',
                          color: (r.change ?? 0) > 0 ? 'success.dark' : (r.change ?? 0) < 0 ? 'error.main' : undefined,
                        }}
                      >
                        {formatChange(r.change, r.kind, pm)}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        </CardContent>
      </Card>
      {drill.dialog}
    </Box>
  );
};
