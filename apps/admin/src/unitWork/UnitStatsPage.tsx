// 承办单位办理情况: every unit's figures of a year (handlingUnitStats) for the county — a table
// ranked on the column the reader picks (better first; again for worse first), the same ranking
// as a bar chart, the workbook from GET /export/unit-stats.xlsx ranked on that column, A4 print.
// Year and column are in the address, so a link opens the same view.
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Title, useTranslate } from 'react-admin';
import { A4PrintStyles } from '../common/A4PrintStyles';
import { exportUrl } from '../common/download';
import { SectionCard } from '../common/SectionCard';
import { useDownload } from '../common/useDownload';
import { useGqlQuery } from '../common/useGql';
import { YearSelect } from '../common/YearSelect';
import { lastCompleteYear } from '../common/years';
import { ChartCard } from '../dashboard/ChartCard';
import {
  DEFAULT_UNIT_COLUMN,
  formatUnitFigure,
  isUnitColumn,
  rankedUnits,
  UNIT_FIGURE_COLUMNS,
  unitColumn,
  type UnitColumnKey,
} from './unitFigures';
import { HANDLING_UNIT_STATS } from './unitWorkApi';

const BAR = '#a3231f';
// Width 0 (and at least the card's): the wide table scrolls inside its card, not the page.
const SCROLL = { width: 0, minWidth: '100%' } as const;
const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
/** The unit's name stays in view while the figures scroll sideways. */
const sticky = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  borderRight: 1,
  borderRightColor: 'divider',
  // A phone wraps long names in a narrow column; wider screens keep each name on one line.
  minWidth: { xs: 96, sm: 'auto' },
  maxWidth: { xs: 120, sm: 'none' },
  whiteSpace: { xs: 'normal', sm: 'nowrap' },
} as const;

const ColumnSelect = ({ value, onChange }: { value: UnitColumnKey; onChange: (key: UnitColumnKey) => void }) => {
  const translate = useTranslate();
  const id = useId();
  const text = translate('cppcc.unit_stats.rank_by');
  return (
    <FormControl size="small" variant="outlined" margin="none" fullWidth={false} sx={{ minWidth: 160 }}>
      <InputLabel id={id}>{text}</InputLabel>
      <Select
        labelId={id}
        label={text}
        value={value}
        onChange={(e) => isUnitColumn(e.target.value) && onChange(e.target.value)}
      >
        {UNIT_FIGURE_COLUMNS.map((c) => (
          <MenuItem key={c.key} value={c.key}>
            {c.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
};

const UnitStatsPage = () => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`cppcc.unit_stats.${key}`, args);
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || lastCompleteYear();
  const sortParam = params.get('sort');
  const key: UnitColumnKey = isUnitColumn(sortParam) ? sortParam : DEFAULT_UNIT_COLUMN;
  const worseFirst = params.get('order') === 'worse';
  const view = (next: { year?: number; key?: UnitColumnKey; worseFirst?: boolean }) =>
    setParams(
      {
        year: String(next.year ?? year),
        sort: next.key ?? key,
        ...((next.worseFirst ?? worseFirst) ? { order: 'worse' } : {}),
      },
      { replace: true },
    );
  const query = useGqlQuery(['handlingUnitStats', year], HANDLING_UNIT_STATS, { year });
  const rows = query.data?.handlingUnitStats;
  const ranked = rows ? rankedUnits(rows, key, worseFirst) : [];
  const column = unitColumn(key);
  const noData = t('no_data');
  const { download, busy } = useDownload();

  const bars = ranked.map(({ row, rank }) => ({
    name: row.unitName,
    value: row[key] ?? 0,
    rank,
    label: formatUnitFigure(row[key], column.kind, noData),
  }));
  const title = t('chart_title', { column: column.label });

  return (
    <Box
      className="unit-stats"
      sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1400, minWidth: 0 }}
    >
      <A4PrintStyles scope="unit-stats" landscape />
      <Title title={t('title')} />
      <Card variant="outlined" className="no-print">
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', py: '12px !important' }}>
          <YearSelect value={year} onChange={(y) => view({ year: y })} />
          <ColumnSelect value={key} onChange={(k) => view({ key: k, worseFirst: false })} />
          <Box sx={{ flex: 1 }} />
          <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!rows}>
            {t('print')}
          </Button>
          <Button
            variant="contained"
            startIcon={<DownloadIcon />}
            disabled={busy || !rows}
            onClick={() =>
              download(exportUrl('/export/unit-stats.xlsx', { year, sort: key }), `${year}年承办单位提案办理情况.xlsx`)
            }
          >
            {translate('cppcc.analytics.download_xlsx')}
          </Button>
        </CardContent>
      </Card>
      {query.error && <Alert severity="error">{query.error.message}</Alert>}
      {!rows ? (
        !query.error && <Typography color="text.secondary">{translate('cppcc.analytics.loading')}</Typography>
      ) : (
        <>
          <SectionCard
            title={t('heading', { year, column: column.label })}
            help={
              <>
                <span className="no-print">{t('sort_help')}</span>
                {t('table_help')}
              </>
            }
          >
            {rows.length === 0 ? (
              <Typography color="text.secondary">{t('no_units')}</Typography>
            ) : (
              <TableContainer sx={SCROLL}>
                <Table size="small" aria-label={t('heading', { year, column: column.label })}>
                  <TableHead>
                    <TableRow sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap', verticalAlign: 'bottom' } }}>
                      <TableCell sx={sticky}>{t('unit')}</TableCell>
                      <TableCell align="right">{t('rank')}</TableCell>
                      {UNIT_FIGURE_COLUMNS.map((c) => {
                        const active = c.key === key;
                        return (
                          <TableCell
                            key={c.key}
                            align="right"
                            sortDirection={active ? (worseFirst ? 'asc' : 'desc') : false}
                          >
                            <TableSortLabel
                              active={active}
                              // The arrow points at the better end: down when better comes first.
                              direction={active && worseFirst ? 'asc' : 'desc'}
                              onClick={() =>
                                view(active ? { worseFirst: !worseFirst } : { key: c.key, worseFirst: false })
                              }
                            >
                              {c.label}
                            </TableSortLabel>
                          </TableCell>
                        );
                      })}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {ranked.map(({ row, rank }) => (
                      <TableRow key={row.unitId} hover>
                        <TableCell component="th" scope="row" sx={sticky}>
                          {row.unitName}
                        </TableCell>
                        <TableCell align="right" sx={{ ...num, fontWeight: 600 }}>
                          {rank ?? '—'}
                        </TableCell>
                        {UNIT_FIGURE_COLUMNS.map((c) => (
                          <TableCell
                            key={c.key}
                            align="right"
                            sx={{
                              ...num,
                              color: row[c.key] == null ? 'text.disabled' : undefined,
                              bgcolor: c.key === key ? 'action.hover' : undefined,
                            }}
                          >
                            {formatUnitFigure(row[c.key], c.kind, noData)}
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
          </SectionCard>
          <ChartCard
            title={title}
            subtitle={t('chart_subtitle', { year })}
            height={Math.max(240, bars.length * 26 + 50)}
            pngName={`${year}年${title}`}
            legend={[{ label: column.label, color: BAR }]}
            placeholder={bars.length ? null : t('no_units')}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={bars}
                layout="vertical"
                margin={{ top: 4, right: 64, bottom: 4, left: 4 }}
                barCategoryGap={4}
              >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis
                  type="number"
                  tick={{ fontSize: 12 }}
                  domain={column.kind === 'rate' ? [0, 1] : [0, 'auto']}
                  tickFormatter={(v: number) => (column.kind === 'rate' ? `${Math.round(v * 100)}%` : String(v))}
                />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={phone ? 96 : 170}
                  interval={0}
                  tick={{ fontSize: phone ? 11 : 12 }}
                />
                <Tooltip
                  formatter={(_v, _n, item) => {
                    const bar = item?.payload as (typeof bars)[number] | undefined;
                    return [bar?.rank ? t('tooltip', { value: bar.label, rank: bar.rank }) : noData, column.label];
                  }}
                />
                <Bar dataKey="value" fill={BAR} isAnimationActive={false} radius={[0, 3, 3, 0]}>
                  <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: '#333' }} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
        </>
      )}
    </Box>
  );
};

export default UnitStatsPage;
