import EditIcon from '@mui/icons-material/Edit';
import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  LinearProgress,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { formatMetric } from '../common/format';
import { DrillButton, useDrillDown } from '../drillDown/DrillTargets';
import type { DrillFigure } from '../drillDown/drillApi';
import { ChartCard } from './ChartCard';
import { isPerMemberMetric, metricKind, metricLabel, type Assessment } from './analytics';

const MEDALS = ['#c9a227', '#9e9e9e', '#b0703c'];

/**
 * (e) 年度考核: weighted scores and ranks (assessment(year)), chart and table. The scheme table
 * also gives one township's metric values (a bar or the select picks it), each opening its records.
 */
export const AssessmentRanking = ({
  assessment,
  year,
  loading,
  canEditScheme,
}: {
  assessment?: Assessment;
  year: number;
  loading?: boolean;
  canEditScheme: boolean;
}) => {
  const translate = useTranslate();
  const rows = [...(assessment?.rows ?? [])].sort(
    (a, b) => a.rank - b.rank || a.townshipName.localeCompare(b.townshipName, 'zh-CN'),
  );
  const data = rows.map((r) => ({
    townshipId: r.townshipId,
    name: r.townshipName,
    score: r.score,
    rank: r.rank,
    label: r.score.toFixed(2),
  }));
  const [picked, setPicked] = useState<string | null>(null);
  const township = rows.find((r) => r.townshipId === picked) ?? rows[0];
  const drill = useDrillDown();
  const title = translate('cppcc.analytics.assessment_title', { year });
  const totalWeight = assessment?.scheme.reduce((s, i) => s + i.weight, 0) ?? 0;
  const maxWeight = Math.max(0, ...(assessment?.scheme.map((i) => i.weight) ?? []));
  const placeholder = loading
    ? translate('cppcc.analytics.loading')
    : rows.length
      ? null
      : translate('cppcc.analytics.no_rows');
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1.1fr) minmax(0, 1fr)' }, gap: 2 }}>
      <ChartCard
        fill
        title={title}
        subtitle={translate('cppcc.analytics.assessment_subtitle')}
        height={Math.max(320, data.length * 26 + 40)}
        pngName={title}
        legend={[{ label: translate('cppcc.analytics.score'), color: '#a3231f' }]}
        placeholder={placeholder}
        actions={
          canEditScheme ? (
            <Button size="small" component={RouterLink} to={`/assessment-scheme?year=${year}`} startIcon={<EditIcon />}>
              {translate('cppcc.analytics.edit_scheme')}
            </Button>
          ) : undefined
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 8 }} barCategoryGap={4}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="name" width={84} interval={0} tick={{ fontSize: 13 }} />
            <Tooltip
              formatter={(v, _n, item) => [
                `${Number(v).toFixed(2)}（第${(item?.payload as { rank: number }).rank}名）`,
                translate('cppcc.analytics.score'),
              ]}
            />
            <Bar
              dataKey="score"
              isAnimationActive={false}
              radius={[0, 3, 3, 0]}
              style={{ cursor: 'pointer' }}
              onClick={(bar) => setPicked((bar.payload as { townshipId: string }).townshipId)}
            >
              {data.map((d) => (
                <Cell key={d.name} fill={d.rank <= 3 ? MEDALS[d.rank - 1] : '#a3231f'} />
              ))}
              <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: '#333' }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <Card variant="outlined">
        <CardHeader
          title={translate('cppcc.analytics.scheme_title')}
          subheader={translate('cppcc.analytics.scheme_subtitle')}
          slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 }, subheader: { variant: 'caption' } }}
          sx={{ pb: 0 }}
        />
        <CardContent>
          {township && (
            <TextField
              select
              size="small"
              label={translate('cppcc.analytics.values_of')}
              value={township.townshipId}
              onChange={(e) => setPicked(e.target.value)}
              helperText={translate('cppcc.analytics.values_of_help')}
              sx={{ minWidth: 200, mb: 1 }}
            >
              {rows.map((r) => (
                <MenuItem key={r.townshipId} value={r.townshipId}>
                  {r.townshipName}
                </MenuItem>
              ))}
            </TextField>
          )}
          {!assessment ? (
            <Typography color="text.secondary">{translate('cppcc.analytics.loading')}</Typography>
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ fontWeight: 600 }}>{translate('cppcc.analytics.metric')}</TableCell>
                  {township && (
                    <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }} align="right">
                      {township.townshipName}
                    </TableCell>
                  )}
                  <TableCell sx={{ fontWeight: 600 }} align="right">
                    {translate('cppcc.analytics.weight')}
                  </TableCell>
                  <TableCell sx={{ fontWeight: 600, width: '40%' }}>
                    {translate('cppcc.analytics.weight_share')}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {assessment.scheme.map((item) => (
                  <TableRow key={item.key}>
                    <TableCell>
                      {metricLabel(item.key)}
                      {item.perMember && (
                        <Chip
                          size="small"
                          label={translate('cppcc.analytics.per_member')}
                          sx={{ ml: 1 }}
                          variant="outlined"
                        />
                      )}
                    </TableCell>
                    {township && <ValueCell township={township} item={item} year={year} onOpen={drill.open} />}
                    <TableCell align="right">{item.weight}</TableCell>
                    <TableCell>
                      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                        <LinearProgress
                          variant="determinate"
                          value={maxWeight ? (item.weight / maxWeight) * 100 : 0}
                          sx={{ flex: 1, height: 8, borderRadius: 1 }}
                        />
                        <Typography variant="body2" sx={{ minWidth: 44, textAlign: 'right' }}>
                          {totalWeight ? `${((item.weight / totalWeight) * 100).toFixed(1)}%` : '—'}
                        </Typography>
                      </Box>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      {drill.dialog}
    </Box>
  );
};

type AssessmentRow = Assessment['rows'][number];

/** The township's value of a scheme item (per member where the item says so), opening its records. */
const ValueCell = ({
  township,
  item,
  year,
  onOpen,
}: {
  township: AssessmentRow;
  item: Assessment['scheme'][number];
  year: number;
  onOpen: (figure: DrillFigure) => void;
}) => {
  const pm = isPerMemberMetric(item.key, item.perMember);
  const text = formatMetric(township.metrics.find((m) => m.key === item.key)?.value, metricKind(item.key), pm);
  return (
    <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      <DrillButton
        figure={{
          metric: item.key,
          label: metricLabel(item.key),
          year,
          townshipId: township.townshipId,
          townshipName: township.townshipName,
          text,
          perMember: pm,
        }}
        onOpen={onOpen}
      >
        {text}
      </DrillButton>
    </TableCell>
  );
};
