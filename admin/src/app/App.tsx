import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { AuthProvider } from './auth/auth-context';
import type { AdminConfig } from './auth/admin-config';
import { AccessibilityStatement } from './AccessibilityStatement';
import { OidcCallbackPage, SignInPage } from './SignInPage';
import { Shell } from './Shell';
import { theme } from './theme';
import { DEFAULT_SUPPRESSION_THRESHOLD, SuppressionThresholdContext } from '../ui/ProtectedCount';
import { useAuth } from './auth/auth-context';

/** The statement is public; signed in, the shell shows it inside its frame. */
function Routed() {
  const { session } = useAuth();
  useLocation();
  return (
    <Routes>
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="callback" element={<OidcCallbackPage />} />
      {session ? null : <Route path="barrierefreiheit" element={<AccessibilityStatement standalone />} />}
      <Route path="*" element={<Shell />} />
    </Routes>
  );
}

export function App({ config, base }: { config: AdminConfig; base: string }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <SuppressionThresholdContext.Provider value={config.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD}>
        <BrowserRouter basename={base.replace(/\/$/, '')}>
          <AuthProvider config={config} base={base}>
            <Routed />
          </AuthProvider>
        </BrowserRouter>
      </SuppressionThresholdContext.Provider>
    </ThemeProvider>
  );
}
