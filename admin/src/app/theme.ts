import { createTheme } from '@mui/material/styles';
import { deDE } from '@mui/material/locale';

/** MUI in German (its own texts: pagination, dialogs), with contrast that passes WCAG AA. */
export const theme = createTheme(
  {
    palette: {
      primary: { main: '#0b5394' },
      secondary: { main: '#6a1b9a' },
    },
    typography: { fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  },
  deDE,
);
