// 委员履职情况: each active member's record against the year's duty rules (memberDuty), the
// members who miss rules first when asked (annual review / 退出机制). Officers: own township.
// A member's figure of a rule opens the records it counts (metricRecords with the rule key).
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DownloadIcon from '@mui/icons-material/Download';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { downloadCSV, Title, useGetList, useTranslate } from 'react-admin';
import { toCsv } from '../common/csv';
import { useGqlQuery } from '../common/useGql';
import { useWho } from '../common/useWho';
import { YearSelect } from '../common/YearSelect';
import { lastCompleteYear } from '../common/years';
import { DrillButton, useDrillDown } from '../drillDown/DrillTargets';
import { fixedTownshipFilter } from '../permissions';
import { MEMBER_DUTY_QUERY, memberDutyCsvRows } from './dutyRules';

const MemberDutyPage = () => {
  const translate = useTranslate();
  const { who, isPending } = useWho();
  const fixed = fixedTownshipFilter(who)?.townshipId ?? null;
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || lastCompleteYear();
  const townshipId = fixed ?? params.get('townshipId');
  const [onlyMissed, setOnlyMissed] = useState(false);
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const set = (next: { year?: number; townshipId?: string | null }) => {
    const p: Record<string, string> = { year: String(next.year ?? year) };
    const t = next.townshipId === undefined ? townshipId : next.townshipId;
    if (t) p.townshipId = t;
    setParams(p, { replace: true });
    setPage(0);
  };

  const { data: townships = [] } = useGetList<{ id: string; name: string }>('townships', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'sortOrder', order: 'ASC' },
  });
  const names = useMemo(() => new Map(townships.map((t) => [String(t.id), t.name])), [townships]);
  const query = useGqlQuery(
    ['memberDuty', year, townshipId],
    MEMBER_DUTY_QUERY,
    { year, townshipId: townshipId ?? null },
    { enabled: !isPending },
  );
  const all = query.data?.memberDuty ?? [];
  const list = onlyMissed ? all.filter((m) => !m.allMet) : all;
  const met = all.filter((m) => m.allMet).length;
  const ruleHeads = all[0]?.rules ?? [];
  const drill = useDrillDown();

  const exportCsv = () => {
    const headers = ['姓名', '所在乡镇', ...ruleHeads.map((r) => `${r.label}（实际/要求）`), '履职积分', '是否达标'];
    downloadCSV(
      `\ufeff${toCsv(
        headers,
        memberDutyCsvRows(list, (id) => names.get(String(id)) ?? ''),
      )}`,
      `${year}年委员履职情况${townshipId ? `-${names.get(townshipId) ?? ''}` : ''}`,
    );
  };

  return (
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={translate('cppcc.duty.members_title')} />
      <Card variant="outlined">
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', py: '12px !important' }}>
          <Autocomplete
            size="small"
            options={townships}
            value={townships.find((t) => String(t.id) === townshipId) ?? null}
            disabled={!!fixed}
            getOptionLabel={(t) => t.name}
            isOptionEqualToValue={(a, b) => String(a.id) === String(b.id)}
            onChange={(_e, t) => set({ townshipId: t ? String(t.id) : null })}
            renderInput={(p) => (
              <TextField
                {...p}
                fullWidth
                variant="outlined"
                margin="none"
                label={translate('cppcc.analytics.township')}
                placeholder={translate('cppcc.duty.all_townships')}
              />
            )}
            fullWidth={false}
            sx={{ width: 220 }}
          />
          <YearSelect value={year} onChange={(y) => set({ year: y })} />
          <FormControlLabel
            control={
              <Switch
                checked={onlyMissed}
                onChange={(e) => {
                  setOnlyMissed(e.target.checked);
                  setPage(0);
                }}
              />
            }
            label={translate('cppcc.duty.only_missed')}
          />
          <Box sx={{ flex: 1 }} />
          {all.length > 0 && (
            <Typography variant="body2" color="text.secondary">
              {translate('cppcc.duty.met_summary', {
                met,
                total: all.length,
                rate: all.length ? ((met / all.length) * 100).toFixed(1) : '0',
              })}
            </Typography>
          )}
          <Button startIcon={<DownloadIcon />} onClick={exportCsv} disabled={!list.length}>
            {translate('ra.action.export')}
          </Button>
          <Button component={RouterLink} to={`/duty-rules?year=${year}`}>
            {translate('cppcc.duty.view_rules')}
          </Button>
        </CardContent>
      </Card>
      {query.error && <Alert severity="error">{query.error.message}</Alert>}
      <Card variant="outlined">
        <TableContainer sx={{ width: 0, minWidth: '100%' }}>
          <Table size="small">
            <TableHead>
              <TableRow sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
                <TableCell>{translate('resources.members.fields.name')}</TableCell>
                {!townshipId && <TableCell>{translate('resources.members.fields.townshipId')}</TableCell>}
                {ruleHeads.map((r) => (
                  <TableCell key={r.key} align="center">
                    {translate(`enum.DutyRuleKey.${r.key}`, { _: r.label })}
                    <Typography variant="caption" color="text.secondary" component="div">
                      {translate('cppcc.duty.at_least', { count: r.minCount })}
                    </Typography>
                  </TableCell>
                ))}
                <TableCell align="right">{translate('cppcc.duty.points')}</TableCell>
                <TableCell>{translate('cppcc.duty.result')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {query.isPending ? (
                <TableRow>
                  <TableCell colSpan={ruleHeads.length + 4}>{translate('cppcc.analytics.loading')}</TableCell>
                </TableRow>
              ) : (
                list.slice(page * perPage, page * perPage + perPage).map((m) => (
                  <TableRow key={m.memberId} hover>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <RouterLink to={`/members/${m.memberId}/show`} style={{ color: 'inherit' }}>
                        {m.memberName}
                      </RouterLink>
                    </TableCell>
                    {!townshipId && (
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{names.get(String(m.townshipId)) ?? ''}</TableCell>
                    )}
                    {m.rules.map((r) => (
                      <TableCell key={r.key} align="center" sx={{ whiteSpace: 'nowrap' }}>
                        <Box
                          sx={{
                            display: 'inline-flex',
                            alignItems: 'center',
                            gap: 0.5,
                            color: r.met ? 'success.dark' : 'error.main',
                          }}
                        >
                          {r.met ? <CheckCircleIcon fontSize="small" /> : <RemoveCircleOutlineIcon fontSize="small" />}
                          <DrillButton
                            figure={{
                              metric: r.key,
                              label: translate(`enum.DutyRuleKey.${r.key}`, { _: r.label }),
                              year,
                              townshipId: m.townshipId,
                              townshipName: names.get(String(m.townshipId)),
                              memberId: m.memberId,
                              memberName: m.memberName,
                              text: String(r.actual),
                            }}
                            onOpen={drill.open}
                          >
                            {r.actual}
                          </DrillButton>
                        </Box>
                      </TableCell>
                    ))}
                    <TableCell align="right">{m.points}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={m.allMet ? 'success' : 'warning'}
                        variant={m.allMet ? 'filled' : 'outlined'}
                        label={translate(m.allMet ? 'cppcc.duty.met' : 'cppcc.duty.missed')}
                      />
                    </TableCell>
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={list.length}
          page={page}
          onPageChange={(_e, p) => setPage(p)}
          rowsPerPage={perPage}
          onRowsPerPageChange={(e) => {
            setPerPage(Number(e.target.value));
            setPage(0);
          }}
          rowsPerPageOptions={[25, 50, 100]}
          labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
          labelDisplayedRows={({ from, to, count }) =>
            translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
          }
        />
      </Card>
      {drill.dialog}
    </Box>
  );
};

export default MemberDutyPage;
