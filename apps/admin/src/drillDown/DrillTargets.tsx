// What opens a drill-down: a figure in a table cell (a button: focus ring, Enter, a Chinese
// aria-label), a chart bar and a chart dot (SVG groups with the same role and keys).
import { ButtonBase } from '@mui/material';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { Rectangle, type BarShapeProps, type DotItemDotProps } from 'recharts';
import { useTranslate } from 'react-admin';
import { DrillDownDialog, figureTitle } from './DrillDownDialog';
import type { DrillFigure } from './drillApi';

type Open = (figure: DrillFigure) => void;

/** A page's drill-down: `open(figure)` shows it; render `dialog` once on the page. */
export function useDrillDown() {
  // The figure stays while the dialog closes, so its content does not vanish mid-transition.
  const [state, setState] = useState<{ figure: DrillFigure; open: boolean } | null>(null);
  return {
    open: (figure: DrillFigure) => setState({ figure, open: true }),
    dialog: (
      <DrillDownDialog
        figure={state?.figure ?? null}
        open={!!state?.open}
        onClose={() => setState((s) => (s ? { ...s, open: false } : s))}
      />
    ),
  };
}

function useOpenLabel() {
  const translate = useTranslate();
  return (figure: DrillFigure) => translate('cppcc.drill.open', { figure: figureTitle(translate, figure) });
}

/** A figure in a table cell; the cell's alignment and colours are kept. */
export const DrillButton = ({
  figure,
  onOpen,
  children,
}: {
  figure: DrillFigure;
  onOpen: Open;
  children: ReactNode;
}) => {
  const label = useOpenLabel();
  return (
    <ButtonBase
      onClick={() => onOpen(figure)}
      aria-label={label(figure)}
      aria-haspopup="dialog"
      sx={{
        font: 'inherit',
        color: 'inherit',
        display: 'block',
        width: '100%',
        textAlign: 'inherit',
        borderRadius: 0.5,
        textDecoration: 'underline dotted',
        textUnderlineOffset: '3px',
        '&:hover': { textDecorationStyle: 'solid' },
        '&.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      {children}
    </ButtonBase>
  );
};

const onEnter = (open: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    open();
  }
};

/** Charts mark their drill targets with this class; ChartCard draws their focus ring. */
export const DRILL_TARGET_CLASS = 'drill-target';

/** A bar that opens its figure (Bar's `shape`); a bar without one (no data) is drawn plain. */
export const DrillBar = ({ figure, onOpen, ...bar }: BarShapeProps & { figure: DrillFigure | null; onOpen: Open }) => {
  const label = useOpenLabel();
  if (!figure) return <Rectangle {...bar} />;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label(figure)}
      className={DRILL_TARGET_CLASS}
      style={{ cursor: 'pointer' }}
      onClick={() => onOpen(figure)}
      onKeyDown={onEnter(() => onOpen(figure))}
    >
      <Rectangle {...bar} />
    </g>
  );
};

/**
 * A line's dot that opens its figure (Line's `dot`), with a wider transparent ring to hit (a
 * finger on a phone). The hover dot drawn over it must let clicks through (pointer-events none).
 */
export const DrillDot = ({
  figure,
  onOpen,
  dot,
}: {
  figure: DrillFigure | null;
  onOpen: Open;
  dot: Pick<DotItemDotProps, 'cx' | 'cy' | 'r' | 'fill' | 'stroke' | 'strokeWidth'>;
}) => {
  const label = useOpenLabel();
  if (!figure || dot.cx == null || dot.cy == null) return <g />;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label(figure)}
      className={DRILL_TARGET_CLASS}
      style={{ cursor: 'pointer' }}
      onClick={() => onOpen(figure)}
      onKeyDown={onEnter(() => onOpen(figure))}
    >
      <circle cx={dot.cx} cy={dot.cy} r={10} fill="transparent" stroke="none" />
      <circle cx={dot.cx} cy={dot.cy} r={dot.r} fill={dot.fill} stroke={dot.stroke} strokeWidth={dot.strokeWidth} />
    </g>
  );
};
