import { defaultTheme, type RaThemeOptions } from 'react-admin';

const CJK_FONTS = [
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

/** react-admin's default theme in the county CPPCC's red, with CJK fonts and compact tables. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#a3231f' },
    secondary: { main: '#8e1b1b' },
    background: { default: '#f6f5f3' },
  },
  typography: { fontFamily: CJK_FONTS, fontSize: 14 },
  sidebar: { width: 200, closedWidth: 50 },
  components: {
    ...defaultTheme.components,
    MuiTableCell: { styleOverrides: { sizeSmall: { padding: '6px 10px' } } },
  },
};
