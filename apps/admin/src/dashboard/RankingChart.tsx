import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { formatMetric, formatTick, NO_DATA } from '../common/format';
import { DrillBar, useDrillDown } from '../drillDown/DrillTargets';
import { ChartCard } from './ChartCard';
import {
  isPerMemberMetric,
  metricKind,
  metricLabel,
  metricTitle,
  rankingBars,
  type Comparison,
  type RankingBar,
} from './analytics';

const BAR = '#a3231f';
const HIGHLIGHT = '#1f5fa3';

/** (a) One horizontal bar per township for the chosen metric, best first; 无数据 written where null. A bar opens its records. */
export const RankingChart = ({
  comparison,
  metric,
  perMember,
  year,
  loading,
  highlight,
}: {
  comparison?: Comparison;
  metric: string;
  perMember: boolean;
  year: number;
  loading?: boolean;
  highlight?: string | null;
}) => {
  const translate = useTranslate();
  const kind = metricKind(metric);
  const pm = isPerMemberMetric(metric, perMember);
  // LabelList skips null values: give every bar its written value, 无数据 included.
  const bars = rankingBars(comparison, metric).map((b) => ({
    ...b,
    label: b.noData ? NO_DATA : formatMetric(b.raw, kind, pm),
  }));
  const mean = comparison?.metrics.find((m) => m.key === metric)?.mean ?? null;
  const title = translate('cppcc.analytics.ranking_title', { metric: metricTitle(metric, perMember) });
  const height = Math.max(320, bars.length * 26 + 60);
  const drill = useDrillDown();
  const figureOf = (bar: RankingBar & { label: string }) => ({
    metric,
    label: metricLabel(metric),
    year,
    townshipId: bar.townshipId,
    townshipName: bar.name,
    text: bar.label,
    perMember: pm,
  });
  return (
    <ChartCard
      fill
      title={title}
      subtitle={translate('cppcc.analytics.ranking_subtitle', { year, mean: formatMetric(mean, kind, pm) })}
      height={height}
      pngName={`${year}年${title}`}
      legend={[
        { label: metricTitle(metric, perMember), color: BAR },
        { label: translate('cppcc.analytics.county_mean'), color: '#888' },
      ]}
      placeholder={
        loading ? translate('cppcc.analytics.loading') : bars.length ? null : translate('cppcc.analytics.no_rows')
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 8 }} barCategoryGap={4}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tick={{ fontSize: 12 }}
            tickFormatter={(v: number) => formatTick(v, kind)}
            domain={kind === 'rate' ? [0, 1] : [0, 'auto']}
          />
          <YAxis type="category" dataKey="name" width={84} interval={0} tick={{ fontSize: 13 }} />
          <Tooltip
            formatter={(_v, _n, item) => {
              const bar = item?.payload as { raw: number | null; rank: number | null } | undefined;
              return [
                bar?.raw == null ? NO_DATA : `${formatMetric(bar.raw, kind, pm)}（第${bar.rank}名）`,
                metricTitle(metric, perMember),
              ];
            }}
          />
          {mean != null && <ReferenceLine x={mean} stroke="#888" strokeDasharray="4 4" />}
          <Bar
            dataKey="value"
            isAnimationActive={false}
            radius={[0, 3, 3, 0]}
            shape={(props: BarShapeProps) => (
              <DrillBar {...props} figure={figureOf(props.payload)} onOpen={drill.open} />
            )}
          >
            {bars.map((b) => (
              <Cell key={b.townshipId} fill={highlight && b.townshipId === highlight ? HIGHLIGHT : BAR} />
            ))}
            <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: '#333' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      {drill.dialog}
    </ChartCard>
  );
};
