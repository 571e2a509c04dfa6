// 工作台 (lazy chunk with recharts). County roles (admin, leader, API client) get the township
// comparison: ranking, radar, trend, heat table and the assessment; a township officer gets
// their township against the county mean and median. One townshipComparison query (all
// metrics) per year and per-member setting feeds every chart.
import { Alert, Box, Card, CardContent, FormControlLabel, Switch, Typography } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { Title, useGetIdentity, useStore, useTranslate } from 'react-admin';
import { enumLabel, Role } from '@cppcc/domain';
import { useGqlQuery } from '../common/useGql';
import { useWho } from '../common/useWho';
import { YearSelect } from '../common/YearSelect';
import { YearStateChip } from '../yearClose/YearStateChip';
import { lastCompleteYear } from '../common/years';
import { canEditPage, PAGES } from '../permissions';
import { AssessmentRanking } from './AssessmentRanking';
import { HeatTable } from './HeatTable';
import { MetricSelect } from './MetricSelect';
import { OfficerCompare } from './OfficerCompare';
import { RadarCompare } from './RadarCompare';
import { RankingChart } from './RankingChart';
import { TownshipPicker, type TownshipOption } from './TownshipPicker';
import { TrendChart } from './TrendChart';
import { ASSESSMENT_QUERY, COMPARISON_QUERY, rankingBars } from './analytics';

const TREND_YEARS = 5;

function useComparison(year: number, perMember: boolean) {
  return useGqlQuery(['townshipComparison', year, perMember], COMPARISON_QUERY, { year, perMember, metrics: null });
}

const Header = ({ children }: { children?: React.ReactNode }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { who } = useWho();
  return (
    <Card variant="outlined">
      <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', py: '12px !important' }}>
        <Box sx={{ mr: 'auto', minWidth: 200 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {translate('cppcc.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          {who && (
            <Typography variant="body2" color="text.secondary">
              {translate('cppcc.dashboard.role_line', {
                role: translate(`enum.Role.${who.role}`, { _: enumLabel('Role', who.role) }),
              })}
              {identity?.township ? ` · ${identity.township as string}` : ''}
            </Typography>
          )}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
};

const PerMemberSwitch = ({ value, onChange }: { value: boolean; onChange: (v: boolean) => void }) => {
  const translate = useTranslate();
  return (
    <FormControlLabel
      control={<Switch checked={value} onChange={(e) => onChange(e.target.checked)} />}
      label={translate('cppcc.analytics.per_member_toggle')}
      sx={{ mr: 0 }}
    />
  );
};

const CountyDashboard = () => {
  const translate = useTranslate();
  const { who } = useWho();
  const [year, setYear] = useStore<number>('dashboard.year', lastCompleteYear());
  const [perMember, setPerMember] = useStore<boolean>('dashboard.perMember', false);
  const [metric, setMetric] = useStore<string>('dashboard.metric', 'proposalsSubmitted');
  const [picked, setPicked] = useStore<string[]>('dashboard.townships', []);

  const comparison = useComparison(year, perMember);
  const assessment = useGqlQuery(['assessment', year], ASSESSMENT_QUERY, { year });
  const data = comparison.data?.townshipComparison;

  const options: TownshipOption[] = useMemo(
    () => (data?.rows ?? []).map((r) => ({ id: r.townshipId, name: r.townshipName })),
    [data],
  );
  // First visit: compare the three leading townships of the chosen metric.
  useEffect(() => {
    if (data && picked.length === 0)
      setPicked(
        rankingBars(data, metric)
          .slice(0, 3)
          .map((b) => b.townshipId),
      );
  }, [data, picked.length, metric, setPicked]);
  const chosen = picked.map((id) => options.find((o) => o.id === id)).filter((o): o is TownshipOption => !!o);

  return (
    <>
      <Header>
        <YearSelect value={year} onChange={setYear} />
        <YearStateChip year={year} />
        <PerMemberSwitch value={perMember} onChange={setPerMember} />
        <MetricSelect value={metric} onChange={setMetric} />
      </Header>
      {comparison.error && <Alert severity="error">{comparison.error.message}</Alert>}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
          gap: 2,
          alignItems: 'stretch',
        }}
      >
        <RankingChart
          comparison={data}
          metric={metric}
          perMember={perMember}
          year={year}
          loading={comparison.isPending}
        />
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Card variant="outlined">
            <CardContent sx={{ pb: '8px !important' }}>
              <TownshipPicker options={options} value={picked} onChange={setPicked} />
            </CardContent>
          </Card>
          <Box sx={{ flex: 1, minHeight: 0 }}>
            <RadarCompare
              comparison={data}
              townships={chosen}
              year={year}
              perMember={perMember}
              loading={comparison.isPending}
            />
          </Box>
        </Box>
      </Box>
      <TrendChart
        townships={chosen}
        metric={metric}
        perMember={perMember}
        fromYear={year - TREND_YEARS + 1}
        toYear={year}
      />
      <HeatTable comparison={data} year={year} perMember={perMember} loading={comparison.isPending} />
      {assessment.error && <Alert severity="error">{assessment.error.message}</Alert>}
      <AssessmentRanking
        assessment={assessment.data?.assessment}
        year={year}
        loading={assessment.isPending}
        canEditScheme={canEditPage(who, PAGES.assessmentScheme)}
      />
      <Typography variant="caption" color="text.secondary">
        {translate('cppcc.analytics.footnote')}
      </Typography>
    </>
  );
};

const OfficerDashboard = ({ townshipId }: { townshipId: string }) => {
  const translate = useTranslate();
  const [year, setYear] = useStore<number>('dashboard.year', lastCompleteYear());
  const [perMember, setPerMember] = useStore<boolean>('dashboard.perMember', false);
  const comparison = useComparison(year, perMember);
  return (
    <>
      <Header>
        <YearSelect value={year} onChange={setYear} />
        <YearStateChip year={year} />
        <PerMemberSwitch value={perMember} onChange={setPerMember} />
      </Header>
      {comparison.error && <Alert severity="error">{comparison.error.message}</Alert>}
      <OfficerCompare
        comparison={comparison.data?.townshipComparison}
        townshipId={townshipId}
        year={year}
        perMember={perMember}
        loading={comparison.isPending}
      />
      <Typography variant="caption" color="text.secondary">
        {translate('cppcc.analytics.footnote')}
      </Typography>
    </>
  );
};

const DashboardPage = () => {
  const translate = useTranslate();
  const { who } = useWho();
  return (
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
      <Title title={translate('cppcc.dashboard.title')} />
      {who?.role === Role.TOWNSHIP_OFFICER ? (
        who.townshipId ? (
          <OfficerDashboard townshipId={String(who.townshipId)} />
        ) : (
          <Alert severity="warning">{translate('cppcc.dashboard.no_township')}</Alert>
        )
      ) : who ? (
        <CountyDashboard />
      ) : null}
    </Box>
  );
};

export default DashboardPage;
