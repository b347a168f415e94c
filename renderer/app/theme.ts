import { createTheme } from '@mui/material';

export const brandColour = '#1d5c8f';

export const createAppTheme = (mode: 'light' | 'dark') =>
  createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? brandColour : '#7db4e6' },
      secondary: { main: mode === 'light' ? '#8a4b9b' : '#d3a6e0' },
      background:
        mode === 'light'
          ? { default: '#f5f7fa', paper: '#ffffff' }
          : { default: '#11161c', paper: '#1a2129' },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily: '"Inter", "Segoe UI", "Roboto", "Helvetica Neue", Arial, sans-serif',
      h1: { fontSize: '1.6rem', fontWeight: 600 },
      h2: { fontSize: '1.25rem', fontWeight: 600 },
      h3: { fontSize: '1.05rem', fontWeight: 600 },
    },
    components: {
      MuiButton: {
        defaultProps: { disableElevation: true },
        styleOverrides: { root: { textTransform: 'none' } },
      },
      // autocomplete="off" keeps Chromium from copying personal values into its autofill
      // database and session-restore files, outside the encrypted register.
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true, autoComplete: 'off' } },
      MuiSelect: { defaultProps: { size: 'small' } },
    },
  });
