import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { formatMetric, formatTick } from '../common/format';
import { DrillDot, useDrillDown } from '../drillDown/DrillTargets';
import { useTownshipMetrics } from './useTownshipMetrics';
import { ChartCard } from './ChartCard';
import {
  isPerMemberMetric,
  metricKind,
  metricLabel,
  metricTitle,
  SERIES_COLORS,
  trendData,
  sealedYears,
  type TrendPoint,
} from './analytics';
import { MIN_COMPARED, type TownshipOption } from './TownshipPicker';

/** (c) The chosen metric year by year for the chosen townships (townshipMetrics); a point opens its records. */
export const TrendChart = ({
  townships,
  metric,
  perMember,
  fromYear,
  toYear,
}: {
  townships: TownshipOption[];
  metric: string;
  perMember: boolean;
  fromYear: number;
  toYear: number;
}) => {
  const translate = useTranslate();
  const { series, loading } = useTownshipMetrics(
    townships.map((t) => t.id),
    fromYear,
    toYear,
  );
  const kind = metricKind(metric);
  const pm = isPerMemberMetric(metric, perMember);
  const data = trendData(series, metric, perMember);
  const sealed = sealedYears(series);
  const title = translate('cppcc.analytics.trend_title', { metric: metricTitle(metric, perMember) });
  const drill = useDrillDown();
  const dot = (p: DotItemDotProps) => {
    const point: TrendPoint = p.payload;
    const township = townships.find((t) => t.id === String(p.dataKey));
    const value = township ? point[township.id] : null;
    const figure =
      township && value != null
        ? {
            metric,
            label: metricLabel(metric),
            year: point.year,
            townshipId: township.id,
            townshipName: township.name,
            text: formatMetric(value, kind, pm),
            perMember: pm,
          }
        : null;
    return <DrillDot key={`${township?.id}-${p.index}`} figure={figure} onOpen={drill.open} dot={p} />;
  };
  const placeholder =
    townships.length < MIN_COMPARED
      ? translate('cppcc.analytics.pick_townships', { min: MIN_COMPARED, max: 5 })
      : loading
        ? translate('cppcc.analytics.loading')
        : null;
  return (
    <ChartCard
      title={title}
      subtitle={translate('cppcc.analytics.trend_subtitle', { from: fromYear, to: toYear })}
      height={380}
      pngName={`${fromYear}-${toYear}年${title}`}
      legend={townships.map((t, i) => ({ label: t.name, color: SERIES_COLORS[i % SERIES_COLORS.length] }))}
      placeholder={placeholder}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" tick={{ fontSize: 12 }} tickFormatter={(y: number) => `${y}年`} />
          <YAxis
            tick={{ fontSize: 12 }}
            tickFormatter={(v: number) => formatTick(v, kind)}
            width={56}
            domain={kind === 'rate' ? [0, 1] : [0, 'auto']}
          />
          <Tooltip
            formatter={(v) => formatMetric(v == null ? null : Number(v), kind, pm)}
            labelFormatter={(y) =>
              sealed.has(Number(y)) ? translate('cppcc.analytics.trend_year_sealed', { year: y }) : `${y}年`
            }
          />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
          {townships.map((t, i) => (
            <Line
              key={t.id}
              type="monotone"
              dataKey={t.id}
              name={t.name}
              stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
              strokeWidth={2}
              dot={dot}
              // The hover dot lets clicks through to the dot beneath, which opens the figure.
              activeDot={{ pointerEvents: 'none' }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      {drill.dialog}
    </ChartCard>
  );
};
