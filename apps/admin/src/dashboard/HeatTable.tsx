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
  TableSortLabel,
  Tabs,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatMetric } from '../common/format';
import { DrillButton, useDrillDown } from '../drillDown/DrillTargets';
import {
  columnRange,
  heatColor,
  heatLevel,
  isPerMemberMetric,
  METRIC_GROUP_LABELS,
  COMPARED_GROUPS,
  metricsOfGroup,
  valueOf,
  type Comparison,
  type MetricGroup,
} from './analytics';
import { useXlsxDownload } from './useXlsxDownload';

/** (d) Township × metric table of one group; each column coloured on its own scale. A township's figure and the county total open their records. */
export const HeatTable = ({
  comparison,
  year,
  perMember,
  loading,
}: {
  comparison?: Comparison;
  year: number;
  perMember: boolean;
  loading?: boolean;
}) => {
  const translate = useTranslate();
  const [group, setGroup] = useState<MetricGroup>('proposals');
  const [sortKey, setSortKey] = useState<string | null>(null);
  const metrics = metricsOfGroup(group).filter((m) => comparison?.metrics.some((c) => c.key === m.key) ?? true);
  const { download, busy } = useXlsxDownload();
  const drill = useDrillDown();

  const ranges = useMemo(
    () => new Map(metrics.map((m) => [m.key, comparison ? columnRange(comparison, m.key) : null])),
    [comparison, metrics],
  );
  const rows = useMemo(() => {
    const list = [...(comparison?.rows ?? [])];
    if (sortKey)
      list.sort((a, b) => (valueOf(b, sortKey)?.value ?? -Infinity) - (valueOf(a, sortKey)?.value ?? -Infinity));
    return list;
  }, [comparison, sortKey]);
  const county = (key: string) => comparison?.metrics.find((m) => m.key === key);

  const head = { fontWeight: 600, whiteSpace: 'nowrap', bgcolor: 'background.paper' } as const;
  const stickyName = {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    bgcolor: 'background.paper',
    whiteSpace: 'nowrap',
    fontWeight: 500,
  } as const;

  return (
    <Card variant="outlined">
      <CardHeader
        title={translate('cppcc.analytics.heat_title')}
        subheader={translate('cppcc.analytics.heat_subtitle', { year })}
        slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 }, subheader: { variant: 'caption' } }}
        sx={{ pb: 0 }}
        action={
          <Button
            size="small"
            startIcon={<TableViewIcon />}
            disabled={busy}
            onClick={() => download({ year, perMember, metrics: metrics.map((m) => m.key) })}
          >
            {translate('cppcc.analytics.download_xlsx')}
          </Button>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <Tabs
          value={group}
          onChange={(_e, g: MetricGroup) => {
            setGroup(g);
            setSortKey(null);
          }}
          variant="scrollable"
          sx={{ mb: 1 }}
        >
          {COMPARED_GROUPS.map((g) => (
            <Tab key={g} value={g} label={METRIC_GROUP_LABELS[g]} />
          ))}
        </Tabs>
        {loading || !comparison ? (
          <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            {translate('cppcc.analytics.loading')}
          </Typography>
        ) : (
          <TableContainer sx={{ width: 0, minWidth: '100%' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ ...head, ...stickyName, zIndex: 3 }}>
                    {translate('cppcc.analytics.township')}
                  </TableCell>
                  {metrics.map((m) => (
                    <TableCell key={m.key} align="right" sx={head}>
                      <Tooltip title={m.description}>
                        <TableSortLabel
                          active={sortKey === m.key}
                          direction="desc"
                          onClick={() => setSortKey(sortKey === m.key ? null : m.key)}
                        >
                          {m.label}
                          {isPerMemberMetric(m.key, perMember) ? translate('cppcc.analytics.per_member_suffix') : ''}
                        </TableSortLabel>
                      </Tooltip>
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.townshipId} hover>
                    <TableCell sx={stickyName}>{row.townshipName}</TableCell>
                    {metrics.map((m) => {
                      const v = valueOf(row, m.key);
                      const colours = heatColor(heatLevel(v?.value, ranges.get(m.key) ?? null));
                      const pm = isPerMemberMetric(m.key, perMember);
                      const text = formatMetric(v?.value, m.kind, pm);
                      return (
                        <TableCell
                          key={m.key}
                          align="right"
                          sx={{
                            ...colours,
                            whiteSpace: 'nowrap',
                            fontVariantNumeric: 'tabular-nums',
                            borderBottom: '1px solid rgba(255,255,255,0.6)',
                          }}
                        >
                          <DrillButton
                            figure={{
                              metric: m.key,
                              label: m.label,
                              year,
                              townshipId: row.townshipId,
                              townshipName: row.townshipName,
                              text,
                              perMember: pm,
                            }}
                            onOpen={drill.open}
                          >
                            {text}
                          </DrillButton>
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
                {(['total', 'mean', 'median'] as const).map((stat) => (
                  <TableRow key={stat} sx={{ '& td': { fontWeight: 600, bgcolor: 'grey.100' } }}>
                    <TableCell sx={{ ...stickyName, bgcolor: 'grey.100' }}>
                      {translate(`cppcc.analytics.county_${stat}`)}
                    </TableCell>
                    {metrics.map((m) => {
                      const pm = isPerMemberMetric(m.key, perMember);
                      const text = formatMetric(county(m.key)?.[stat] ?? null, m.kind, pm);
                      return (
                        <TableCell key={m.key} align="right" sx={{ whiteSpace: 'nowrap' }}>
                          {/* The county total is a figure with records; a mean or median is not. */}
                          {stat === 'total' ? (
                            <DrillButton
                              figure={{ metric: m.key, label: m.label, year, townshipId: null, text, perMember: pm }}
                              onOpen={drill.open}
                            >
                              {text}
                            </DrillButton>
                          ) : (
                            text
                          )}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('cppcc.analytics.heat_low')}
          </Typography>
          <Box
            sx={{
              width: 160,
              height: 10,
              borderRadius: 1,
              background: `linear-gradient(90deg, ${heatColor(0).background}, ${heatColor(1).background})`,
            }}
          />
          <Typography variant="caption" color="text.secondary">
            {translate('cppcc.analytics.heat_high')}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
            {translate('cppcc.drill.hint')}
          </Typography>
        </Box>
      </CardContent>
      {drill.dialog}
    </Card>
  );
};
