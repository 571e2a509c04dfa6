// 考核方案: the year's weighted metrics. Everyone who sees the dashboard may read it; county
// admins edit it (setAssessmentScheme). Errors are checked in the browser with the same rules
// as the server's and shown on their row; the server's field errors land there too.
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import RestoreIcon from '@mui/icons-material/Restore';
import SaveIcon from '@mui/icons-material/Save';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Checkbox,
  FormHelperText,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useNotify, useTranslate, type HttpError } from 'react-admin';
import { isMetricKey, isPerMemberApplicable, type MetricKey } from '@cppcc/analytics';
import type { ApiErrorBody } from '../graphql';
import { useGqlMutation, useGqlQuery } from '../common/useGql';
import { useWho } from '../common/useWho';
import { YearSelect } from '../common/YearSelect';
import { lastCompleteYear } from '../common/years';
import {
  ALL_ZERO_QUERY,
  allZeroMetrics,
  ASSESSMENT_SCHEME_QUERY,
  metricDef,
  metricLabel,
  SET_ASSESSMENT_SCHEME,
} from '../dashboard/analytics';
import { MetricSelect } from '../dashboard/MetricSelect';
import { canEditPage, PAGES } from '../permissions';
import { DEFAULT_ROWS, schemeErrors, toItems, toRows, totalWeight, type SchemeRow } from './schemeForm';

const AssessmentSchemePage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { who } = useWho();
  const editable = canEditPage(who, PAGES.assessmentScheme);
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || lastCompleteYear();
  const setYear = (y: number) => setParams({ year: String(y) }, { replace: true });

  const query = useGqlQuery(['assessmentScheme', year], ASSESSMENT_SCHEME_QUERY, { year });
  // Metrics 0 for every township this year score nobody: flagged on their row and in the picker.
  const zeroQuery = useGqlQuery(['allZeroMetrics', year], ALL_ZERO_QUERY, { year });
  const allZero = allZeroMetrics(zeroQuery.data?.townshipComparison);
  const save = useGqlMutation(SET_ASSESSMENT_SCHEME, [
    ['assessmentScheme', year],
    ['assessment', year],
  ]);

  const [rows, setRows] = useState<SchemeRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (query.data) {
      setRows(toRows(query.data.assessmentScheme));
      setErrors({});
      setDirty(false);
    }
  }, [query.data]);

  const update = (i: number, patch: Partial<SchemeRow>) => {
    setRows((prev) => {
      const next = prev.map((r, j) => (j === i ? { ...r, ...patch } : r));
      // A rate cannot be per member: untick when the metric becomes a rate.
      if (patch.key && isMetricKey(patch.key) && !isPerMemberApplicable(patch.key as MetricKey))
        next[i].perMember = false;
      return next;
    });
    setDirty(true);
    setErrors({});
  };
  const remove = (i: number) => {
    setRows((prev) => prev.filter((_r, j) => j !== i));
    setDirty(true);
    setErrors({});
  };
  const add = () => {
    const used = new Set(rows.map((r) => r.key));
    const next =
      ['studySessions', 'opinionAdoptionRate', 'suggestionsMade', 'memberParticipationRate'].find(
        (k) => !used.has(k),
      ) ?? '';
    setRows((prev) => [...prev, { key: next, weight: '5', perMember: false }]);
    setDirty(true);
  };

  const showErrors = (found: Record<string, string>) => {
    setErrors(found);
    // Bring the first row in error into view (the list is longer than the screen).
    setTimeout(
      () => document.querySelector('[data-row-error="true"]')?.scrollIntoView({ behavior: 'smooth', block: 'center' }),
      50,
    );
  };

  const submit = async () => {
    const found = schemeErrors(rows);
    setErrors(found);
    if (Object.keys(found).length) {
      showErrors(found);
      notify('cppcc.scheme.invalid', { type: 'error' });
      return;
    }
    try {
      await save.mutateAsync({ year, items: toItems(rows) });
      notify('cppcc.scheme.saved', { type: 'success', messageArgs: { year } });
      setDirty(false);
    } catch (e) {
      const body = (e as HttpError).body as ApiErrorBody | undefined;
      if (body?.errors) showErrors(body.errors);
      notify((e as Error).message, { type: 'error' });
    }
  };

  const total = totalWeight(rows);
  const zeroRows = rows.filter((r) => allZero.has(r.key));
  return (
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1000 }}>
      <Title title={translate('cppcc.scheme.title')} />
      <Card variant="outlined">
        <CardHeader
          title={translate('cppcc.scheme.heading', { year })}
          subheader={translate('cppcc.scheme.help')}
          slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 }, subheader: { variant: 'body2' } }}
          action={<YearSelect value={year} onChange={setYear} />}
        />
        <CardContent>
          {query.error && <Alert severity="error">{query.error.message}</Alert>}
          {!editable && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('cppcc.scheme.read_only')}
            </Alert>
          )}
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('cppcc.scheme.county_only_note')}
          </Alert>
          {zeroRows.length > 0 && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="all-zero-warning">
              {translate('cppcc.scheme.all_zero_summary', {
                year,
                labels: zeroRows.map((r) => metricLabel(r.key)).join('、'),
              })}
            </Alert>
          )}
          {Object.keys(errors).length > 0 && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {Object.entries(errors).map(([field, message]) => {
                const row = /^items\.(\d+)\./.exec(field);
                return (
                  <div key={field}>
                    {row ? translate('cppcc.scheme.row_error', { row: Number(row[1]) + 1, message }) : message}
                  </div>
                );
              })}
            </Alert>
          )}
          <Table size="small">
            <TableHead>
              <TableRow sx={{ '& th': { fontWeight: 600 } }}>
                <TableCell sx={{ width: 48 }}>#</TableCell>
                <TableCell>{translate('cppcc.analytics.metric')}</TableCell>
                <TableCell sx={{ width: 140 }}>{translate('cppcc.analytics.weight')}</TableCell>
                <TableCell sx={{ width: 110 }} align="center">
                  {translate('cppcc.analytics.per_member')}
                </TableCell>
                <TableCell sx={{ width: 100 }} align="right">
                  {translate('cppcc.scheme.share')}
                </TableCell>
                {editable && <TableCell sx={{ width: 56 }} />}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row, i) => {
                const def = metricDef(row.key);
                const rate = def?.kind === 'rate';
                const keyError = errors[`items.${i}.key`];
                const weightError = errors[`items.${i}.weight`];
                const pmError = errors[`items.${i}.perMember`];
                const weight = Number(row.weight);
                return (
                  <TableRow
                    key={i}
                    data-row-error={keyError || weightError || pmError ? 'true' : undefined}
                    sx={keyError || weightError || pmError ? { bgcolor: 'rgba(211,47,47,0.06)' } : undefined}
                  >
                    <TableCell>{i + 1}</TableCell>
                    <TableCell>
                      {editable ? (
                        <>
                          <MetricSelect
                            value={row.key}
                            onChange={(key) => update(i, { key })}
                            minWidth={240}
                            label=""
                            flagged={allZero}
                          />
                          {keyError && <FormHelperText error>{keyError}</FormHelperText>}
                        </>
                      ) : (
                        <Typography variant="body2">{def?.label ?? row.key}</Typography>
                      )}
                      {def && (
                        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
                          {def.description}
                        </Typography>
                      )}
                      {allZero.has(row.key) && (
                        <Typography variant="caption" color="warning.main" component="div" sx={{ mt: 0.5 }}>
                          {translate('cppcc.scheme.all_zero', { year })}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      {editable ? (
                        <TextField
                          size="small"
                          variant="outlined"
                          margin="none"
                          fullWidth={false}
                          type="number"
                          value={row.weight}
                          onChange={(e) => update(i, { weight: e.target.value })}
                          error={!!weightError}
                          helperText={weightError}
                          slotProps={{
                            htmlInput: { min: 0, step: 1, 'aria-label': translate('cppcc.analytics.weight') },
                          }}
                          sx={{ width: 120 }}
                        />
                      ) : (
                        row.weight
                      )}
                    </TableCell>
                    <TableCell align="center">
                      <Tooltip title={rate ? translate('cppcc.scheme.rate_not_per_member') : ''}>
                        <span>
                          <Checkbox
                            checked={row.perMember}
                            disabled={!editable || (rate && !row.perMember)}
                            onChange={(e) => update(i, { perMember: e.target.checked })}
                            inputProps={{ 'aria-label': translate('cppcc.analytics.per_member') }}
                          />
                        </span>
                      </Tooltip>
                      {pmError && <FormHelperText error>{pmError}</FormHelperText>}
                    </TableCell>
                    <TableCell align="right">
                      {total > 0 && weight > 0 ? `${((weight / total) * 100).toFixed(1)}%` : '—'}
                    </TableCell>
                    {editable && (
                      <TableCell>
                        <IconButton aria-label={translate('ra.action.remove')} onClick={() => remove(i)} size="small">
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
              <TableRow>
                <TableCell />
                <TableCell sx={{ fontWeight: 600 }}>{translate('cppcc.scheme.total')}</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>{Number(total.toFixed(2))}</TableCell>
                <TableCell colSpan={editable ? 3 : 2} />
              </TableRow>
            </TableBody>
          </Table>
          {editable && (
            <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
              <Button startIcon={<AddIcon />} onClick={add}>
                {translate('cppcc.scheme.add')}
              </Button>
              <Button
                startIcon={<RestoreIcon />}
                onClick={() => {
                  setRows(DEFAULT_ROWS);
                  setDirty(true);
                  setErrors({});
                }}
              >
                {translate('cppcc.scheme.reset_default')}
              </Button>
              <Box sx={{ flex: 1 }} />
              <Button variant="contained" startIcon={<SaveIcon />} onClick={submit} disabled={save.isPending || !dirty}>
                {translate('ra.action.save')}
              </Button>
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

export default AssessmentSchemePage;
