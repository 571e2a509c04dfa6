// 年度工作总结: the figures of a township's year and the same as Chinese sentences
// (annualSummary), with the Word document from GET /export/annual-summary.docx.
// Officers see their own township only (preselected, fixed). Each figure opens its records.
import DescriptionIcon from '@mui/icons-material/Description';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { downloadWithAuth, exportUrl } from '../common/download';
import { useGqlQuery } from '../common/useGql';
import { useWho } from '../common/useWho';
import { YearSelect } from '../common/YearSelect';
import { lastCompleteYear } from '../common/years';
import { DrillButton, useDrillDown } from '../drillDown/DrillTargets';
import { fixedTownshipFilter } from '../permissions';
import { graphql } from '../gql';

const QUERY = graphql(`
  query AnnualSummary($townshipId: ID!, $year: Int!) {
    annualSummary(townshipId: $townshipId, year: $year) {
      townshipId
      townshipName
      year
      figures {
        key
        label
        text
        value
      }
      sentences
      text
    }
  }
`);

const AnnualSummaryPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { who, isPending } = useWho();
  const fixed = fixedTownshipFilter(who)?.townshipId ?? null;
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || lastCompleteYear();
  const chosen = fixed ?? params.get('townshipId');
  const set = (next: { year?: number; townshipId?: string | null }) => {
    const p: Record<string, string> = { year: String(next.year ?? year) };
    const t = next.townshipId === undefined ? chosen : next.townshipId;
    if (t) p.townshipId = t;
    setParams(p, { replace: true });
  };

  const { data: townships = [] } = useGetList<{ id: string; name: string }>('townships', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'sortOrder', order: 'ASC' },
  });
  const townshipId = chosen ?? (townships[0]?.id ? String(townships[0].id) : null);
  const summary = useGqlQuery(
    ['annualSummary', townshipId, year],
    QUERY,
    { townshipId: townshipId ?? '', year },
    { enabled: !!townshipId && !isPending },
  );
  const data = summary.data?.annualSummary;
  const [busy, setBusy] = useState(false);
  const drill = useDrillDown();

  const download = async () => {
    if (!townshipId) return;
    setBusy(true);
    try {
      const name = await downloadWithAuth(
        exportUrl('/export/annual-summary.docx', { townshipId, year }),
        `${data?.townshipName ?? ''}${year}年度政协工作总结.docx`,
      );
      notify('cppcc.analytics.downloaded', { type: 'info', messageArgs: { name } });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const selected = townships.find((t) => String(t.id) === townshipId) ?? null;
  return (
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1200 }}>
      <Title title={translate('cppcc.summary.title')} />
      <Card variant="outlined">
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', py: '12px !important' }}>
          <Autocomplete
            size="small"
            options={townships}
            value={selected}
            disabled={!!fixed}
            getOptionLabel={(t) => t.name}
            isOptionEqualToValue={(a, b) => String(a.id) === String(b.id)}
            onChange={(_e, t) => t && set({ townshipId: String(t.id) })}
            renderInput={(p) => (
              <TextField
                {...p}
                fullWidth
                variant="outlined"
                margin="none"
                label={translate('cppcc.analytics.township')}
              />
            )}
            fullWidth={false}
            sx={{ width: 220 }}
          />
          <YearSelect value={year} onChange={(y) => set({ year: y })} />
          <Box sx={{ flex: 1 }} />
          <Button variant="contained" startIcon={<DescriptionIcon />} onClick={download} disabled={busy || !data}>
            {translate('cppcc.summary.download_docx')}
          </Button>
        </CardContent>
      </Card>
      {summary.error && <Alert severity="error">{summary.error.message}</Alert>}
      {!data ? (
        <Typography color="text.secondary">{translate('cppcc.analytics.loading')}</Typography>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1.3fr) minmax(0, 1fr)' },
            gap: 2,
            alignItems: 'start',
          }}
        >
          <Card variant="outlined">
            <CardHeader
              title={translate('cppcc.summary.heading', { name: data.townshipName, year: data.year })}
              subheader={translate('cppcc.summary.sentences_help')}
              slotProps={{ title: { variant: 'h6' }, subheader: { variant: 'caption' } }}
            />
            <CardContent sx={{ pt: 0 }}>
              {data.sentences.map((s, i) => (
                <Typography
                  key={i}
                  variant="body1"
                  sx={{
                    textIndent: '2em',
                    lineHeight: 2,
                    mb: 0.5,
                    fontFamily: '"Noto Serif CJK SC", "Songti SC", SimSun, serif',
                  }}
                >
                  {s}
                </Typography>
              ))}
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardHeader
              title={translate('cppcc.summary.figures')}
              slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 } }}
            />
            <CardContent sx={{ pt: 0 }}>
              <Table size="small">
                <TableHead>
                  <TableRow sx={{ '& th': { fontWeight: 600 } }}>
                    <TableCell>{translate('cppcc.analytics.metric')}</TableCell>
                    <TableCell align="right">{translate('cppcc.summary.value')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.figures.map((f) => (
                    <TableRow key={f.key} hover>
                      <TableCell>{f.label}</TableCell>
                      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        <DrillButton
                          figure={{
                            metric: f.key,
                            label: f.label,
                            year: data.year,
                            townshipId: data.townshipId,
                            townshipName: data.townshipName,
                            text: f.text,
                          }}
                          onOpen={drill.open}
                        >
                          {f.text}
                        </DrillButton>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        </Box>
      )}
      {drill.dialog}
    </Box>
  );
};

export default AnnualSummaryPage;
