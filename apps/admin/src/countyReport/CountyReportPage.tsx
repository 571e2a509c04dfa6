// 全县年度综述: the county's report on the townships' year (countyAnnualReport) — its sentences,
// its figures as tables, the Word document from GET /export/county-report.docx, and the seal of a
// closed year. County admins and leaders read it; it prints on A4 without the menu.
import DescriptionIcon from '@mui/icons-material/Description';
import LockIcon from '@mui/icons-material/Lock';
import PrintIcon from '@mui/icons-material/Print';
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
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
} from '@mui/material';
import { Fragment, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';
import { figureCells, metricByKey, movesText, percent, type MetricKey } from '@cppcc/analytics';
import { todayInChina } from '@cppcc/domain';
import { A4PrintStyles } from '../common/A4PrintStyles';
import { exportUrl } from '../common/download';
import { useDownload } from '../common/useDownload';
import { formatMetric, NO_DATA } from '../common/format';
import { useGqlQuery } from '../common/useGql';
import { YearSelect } from '../common/YearSelect';
import { lastCompleteYear } from '../common/years';
import { graphql } from '../gql';
import { firstDirection, sortTownships, type SortDirection, type TownshipColumn } from './sortTownships';

const QUERY = graphql(`
  query CountyAnnualReport($year: Int!) {
    countyAnnualReport(year: $year) {
      year
      townshipCount
      closedAt
      snapshotHash
      sentences
      figures {
        key
        label
        kind
        unit
        total
        mean
        median
        previousTotal
        change
      }
      movers {
        key
        label
        kind
        unit
        rises {
          townshipId
          townshipName
          change
        }
        falls {
          townshipId
          townshipName
          change
        }
      }
      townships {
        townshipId
        townshipName
        rank
        score
        figures {
          key
          value
        }
        planCompletionRate
        members
        membersMeetingAllRules
        dutyComplianceRate
      }
    }
  }
`);

// Width 0 (and at least the card's): a wide table scrolls inside its card instead of widening the page
// (the layout is as wide as its content's intrinsic width), as the member duty table does.
const SCROLL = { width: 0, minWidth: '100%' } as const;
const serif = '"Noto Serif CJK SC", "Songti SC", SimSun, serif';
const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

const Section = ({ title, help, children }: { title: string; help?: string; children: ReactNode }) => (
  <Card variant="outlined">
    <CardHeader
      title={title}
      subheader={help}
      slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 }, subheader: { variant: 'caption' } }}
    />
    <CardContent sx={{ pt: 0 }}>{children}</CardContent>
  </Card>
);

const CountyReportPage = () => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`cppcc.county_report.${key}`, args);
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || lastCompleteYear();
  const query = useGqlQuery(['countyAnnualReport', year], QUERY, { year });
  const report = query.data?.countyAnnualReport;
  const { download: save, busy } = useDownload();
  const [sort, setSort] = useState<{ column: TownshipColumn; direction: SortDirection }>({
    column: 'rank',
    direction: 'asc',
  });

  const download = () =>
    save(exportUrl('/export/county-report.docx', { year }), `${year}年度全县乡镇政协工作综述.docx`);

  const workKeys = (report?.townships[0]?.figures ?? []).map((f) => f.key);
  const rows = report ? sortTownships(report.townships, sort.column, sort.direction) : [];
  const sortable = (column: TownshipColumn, label: string, align: 'left' | 'right' = 'right') => (
    <TableCell align={align} sortDirection={sort.column === column ? sort.direction : false}>
      <TableSortLabel
        active={sort.column === column}
        direction={sort.column === column ? sort.direction : firstDirection(column)}
        onClick={() =>
          setSort(
            sort.column === column
              ? { column, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
              : { column, direction: firstDirection(column) },
          )
        }
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );
  const closedOn = report?.closedAt ? todayInChina(new Date(report.closedAt)) : null;

  return (
    <Box
      className="county-report"
      sx={{
        p: { xs: 1, md: 2 },
        display: 'flex',
        flexDirection: 'column',
        gap: 2,
        maxWidth: 1200,
      }}
    >
      <A4PrintStyles scope="county-report" />
      <Title title={t('title')} />
      <Card variant="outlined" className="no-print">
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', py: '12px !important' }}>
          <YearSelect value={year} onChange={(y) => setParams({ year: String(y) }, { replace: true })} />
          {report?.snapshotHash && (
            <Chip
              size="small"
              color="success"
              icon={<LockIcon />}
              label={t('sealed', { hash: `${report.snapshotHash.slice(0, 12)}…` })}
              title={report.snapshotHash}
            />
          )}
          <Box sx={{ flex: 1 }} />
          <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!report}>
            {t('print')}
          </Button>
          <Button
            variant="contained"
            startIcon={<DescriptionIcon />}
            onClick={download}
            disabled={busy || !report}
            sx={{ textTransform: 'none' }}
          >
            {t('download_docx')}
          </Button>
        </CardContent>
      </Card>
      {query.error && <Alert severity="error">{query.error.message}</Alert>}
      {!report ? (
        !query.error && <Typography color="text.secondary">{translate('cppcc.analytics.loading')}</Typography>
      ) : (
        <>
          <Alert
            severity={report.snapshotHash ? 'success' : 'info'}
            icon={report.snapshotHash ? <LockIcon fontSize="inherit" /> : undefined}
            sx={{ '& .MuiAlert-message': { wordBreak: 'break-all' } }}
          >
            {report.snapshotHash && closedOn
              ? t('sealed_help', {
                  year: report.year,
                  date: `${Number(closedOn.slice(0, 4))}年${Number(closedOn.slice(5, 7))}月${Number(closedOn.slice(8))}日`,
                  hash: report.snapshotHash,
                })
              : t('open_help', { year: report.year })}
          </Alert>
          <Card variant="outlined">
            <CardHeader
              title={t('heading', { year: report.year })}
              subheader={<span className="no-print">{t('sentences_help')}</span>}
              slotProps={{
                title: { variant: 'h6', textAlign: 'center', fontFamily: serif },
                subheader: { variant: 'caption', textAlign: 'center' },
              }}
            />
            <CardContent sx={{ pt: 0 }}>
              {(report.sentences.length ? report.sentences : [t('no_sentences')]).map((s, i) => (
                <Typography
                  key={i}
                  variant="body1"
                  sx={{ textIndent: '2em', lineHeight: 2, mb: 0.5, fontFamily: serif }}
                >
                  {s}
                </Typography>
              ))}
            </CardContent>
          </Card>

          <Section title={t('figures')} help={t('figures_help')}>
            <TableContainer sx={SCROLL}>
              <Table size="small">
                <TableHead>
                  <TableRow sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
                    <TableCell>{t('metric')}</TableCell>
                    <TableCell align="right">{t('total')}</TableCell>
                    <TableCell align="right">{t('mean')}</TableCell>
                    <TableCell align="right">{t('median')}</TableCell>
                    <TableCell align="right">{t('previous')}</TableCell>
                    <TableCell align="right">{t('change')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.figures.map((f) => {
                    const c = figureCells(f);
                    return (
                      <TableRow key={f.key} hover>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          {f.label}
                          {f.unit && (
                            <Typography component="span" variant="caption" color="text.secondary">
                              （{f.unit}）
                            </Typography>
                          )}
                        </TableCell>
                        {[c.total, c.mean, c.median, c.previous, c.change].map((text, i) => (
                          <TableCell key={i} align="right" sx={num}>
                            {text}
                          </TableCell>
                        ))}
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          </Section>

          <Section title={t('townships')} help={t('townships_help')}>
            <TableContainer sx={SCROLL}>
              <Table size="small">
                <TableHead>
                  <TableRow sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
                    {sortable('order', t('township'), 'left')}
                    {sortable('rank', t('rank'))}
                    {sortable('score', t('score'))}
                    {workKeys.map((key) => (
                      <Fragment key={key}>{sortable(key, metricByKey(key as MetricKey).label)}</Fragment>
                    ))}
                    {sortable('planCompletionRate', t('plan'))}
                    {sortable('members', t('members'))}
                    {sortable('membersMeetingAllRules', t('met'))}
                    {sortable('dutyComplianceRate', t('compliance'))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((r) => (
                    <TableRow key={r.townshipId} hover>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.townshipName}</TableCell>
                      <TableCell align="right" sx={num}>
                        {r.rank ?? NO_DATA}
                      </TableCell>
                      <TableCell align="right" sx={num}>
                        {formatMetric(r.score, 'amount')}
                      </TableCell>
                      {r.figures.map((f) => (
                        <TableCell key={f.key} align="right" sx={num}>
                          {formatMetric(f.value, 'count')}
                        </TableCell>
                      ))}
                      <TableCell align="right" sx={num}>
                        {percent(r.planCompletionRate)}
                      </TableCell>
                      <TableCell align="right" sx={num}>
                        {r.members}
                      </TableCell>
                      <TableCell align="right" sx={num}>
                        {r.membersMeetingAllRules}
                      </TableCell>
                      <TableCell align="right" sx={num}>
                        {percent(r.dutyComplianceRate)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </Section>

          {report.movers.length > 0 && (
            <Section title={t('movers')}>
              <TableContainer sx={SCROLL}>
                <Table size="small">
                  <TableHead>
                    <TableRow sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
                      <TableCell>{t('metric')}</TableCell>
                      <TableCell>{t('rises')}</TableCell>
                      <TableCell>{t('falls')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {report.movers.map((m) => (
                      <TableRow key={m.key} hover>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{m.label}</TableCell>
                        <TableCell>{movesText(m, m.rises)}</TableCell>
                        <TableCell>{movesText(m, m.falls)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            </Section>
          )}
        </>
      )}
    </Box>
  );
};

export default CountyReportPage;
