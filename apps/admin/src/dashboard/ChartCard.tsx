import ImageIcon from '@mui/icons-material/Image';
import { Box, Button, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { useRef, useState, type ReactNode } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { downloadChartPng, type LegendItem } from '../common/chartPng';
import { DRILL_TARGET_CLASS } from '../drillDown/DrillTargets';

// SVG has no focus ring of its own: a focused bar or dot is outlined by its stroke.
const drillFocus = {
  [`& .${DRILL_TARGET_CLASS}:focus`]: { outline: 'none' },
  [`& .${DRILL_TARGET_CLASS}:focus-visible > *`]: { stroke: '#111', strokeWidth: 3 },
} as const;

export interface ChartCardProps {
  title: string;
  subtitle?: string;
  /** Chart area height in px (the chart fills it). */
  height?: number;
  /** File name (without .png) of the download; no download button when absent. */
  pngName?: string;
  /** Legend drawn under the PNG (recharts' legend is HTML, not part of the SVG). */
  legend?: readonly LegendItem[];
  actions?: ReactNode;
  children: ReactNode;
  /** Shown instead of the chart (loading, no data). */
  placeholder?: string | null;
  /** Stretch to the height of a grid cell. */
  fill?: boolean;
}

/** A titled card around one chart, with 下载图片 (PNG) in its header. */
export const ChartCard = ({
  title,
  subtitle,
  height = 360,
  pngName,
  legend,
  actions,
  children,
  placeholder,
  fill = false,
}: ChartCardProps) => {
  const ref = useRef<HTMLDivElement>(null);
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadChartPng(ref.current, pngName ?? title, { title, subtitle, legend });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      variant="outlined"
      sx={{ height: fill ? '100%' : undefined, display: 'flex', flexDirection: 'column', minWidth: 0 }}
    >
      <CardHeader
        title={title}
        subheader={subtitle}
        slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 }, subheader: { variant: 'caption' } }}
        sx={{ pb: 0, '& .MuiCardHeader-action': { alignSelf: 'center', m: 0 } }}
        action={
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end' }}>
            {actions}
            {pngName && !placeholder && (
              <Button size="small" startIcon={<ImageIcon />} onClick={download} disabled={busy}>
                {translate('cppcc.analytics.download_png')}
              </Button>
            )}
          </Box>
        }
      />
      <CardContent sx={{ flex: 1, pt: 1 }}>
        {placeholder ? (
          <Box sx={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
            <Typography color="text.secondary">{placeholder}</Typography>
          </Box>
        ) : (
          <Box ref={ref} sx={{ height, width: '100%', ...drillFocus }}>
            {children}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
