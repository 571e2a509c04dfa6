import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { radarData, SERIES_COLORS, type Comparison } from './analytics';
import { MIN_COMPARED, type TownshipOption } from './TownshipPicker';

/** (b) 2–5 townships across the metric groups, each metric as a share of the county's best (0–100). */
export const RadarCompare = ({
  comparison,
  townships,
  year,
  perMember,
  loading,
}: {
  comparison?: Comparison;
  townships: TownshipOption[];
  year: number;
  perMember: boolean;
  loading?: boolean;
}) => {
  const translate = useTranslate();
  const data = radarData(
    comparison,
    townships.map((t) => t.id),
  );
  const title = translate('cppcc.analytics.radar_title');
  const subtitle = translate(perMember ? 'cppcc.analytics.radar_subtitle_pm' : 'cppcc.analytics.radar_subtitle', {
    year,
  });
  const placeholder = loading
    ? translate('cppcc.analytics.loading')
    : townships.length < MIN_COMPARED
      ? translate('cppcc.analytics.pick_townships', { min: MIN_COMPARED, max: 5 })
      : null;
  return (
    <ChartCard
      fill
      title={title}
      subtitle={subtitle}
      height={380}
      pngName={`${year}年${title}`}
      legend={townships.map((t, i) => ({ label: t.name, color: SERIES_COLORS[i % SERIES_COLORS.length] }))}
      placeholder={placeholder}
    >
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="72%" margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
          <PolarGrid />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: 13, fill: '#333' }} />
          <PolarRadiusAxis
            angle={54}
            domain={[0, 100]}
            tickCount={5}
            tick={{ fontSize: 10, fill: '#999' }}
            axisLine={false}
          />
          {townships.map((t, i) => (
            <Radar
              key={t.id}
              name={t.name}
              dataKey={t.id}
              stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
              fill={SERIES_COLORS[i % SERIES_COLORS.length]}
              fillOpacity={0.12}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
          <Tooltip formatter={(v) => `${v}`} />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
        </RadarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
