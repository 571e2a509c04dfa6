import { GlobalStyles } from '@mui/material';

/**
 * A4 print of a report page (its root has the class `scope`): the report alone, without the menu,
 * the app bar or anything marked `.no-print`; tables fit the paper's width — smaller type,
 * wrapping, no scrolling, no sticky columns, no sort arrows.
 */
export const A4PrintStyles = ({ scope, landscape = false }: { scope: string; landscape?: boolean }) => (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: landscape ? 'A4 landscape' : 'A4', margin: '18mm 15mm' },
        'header, .MuiDrawer-root, .MuiSnackbar-root, .no-print': { display: 'none !important' },
        '.RaLayout-content, .RaLayout-appFrame': { padding: '0 !important', margin: '0 !important' },
        [`.${scope} .MuiCard-root`]: { border: 'none', overflow: 'visible' },
        [`.${scope} tr`]: { breakInside: 'avoid' },
        [`.${scope} .MuiTableContainer-root`]: { width: 'auto !important', overflow: 'visible' },
        [`.${scope} th, .${scope} td`]: {
          whiteSpace: 'normal !important',
          fontSize: '9pt',
          padding: '3px 4px',
          position: 'static !important',
        },
        [`.${scope} .MuiTableSortLabel-icon`]: { display: 'none' },
        [`.${scope} td:first-of-type`]: { whiteSpace: 'nowrap !important' },
      },
    }}
  />
);
