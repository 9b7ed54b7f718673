import { Suspense } from 'react';
import { NavLink, Route, Routes, useLocation, Navigate } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useAuth } from './auth/auth-context';
import { ErrorBoundary } from './ErrorBoundary';
import { AccessibilityStatement } from './AccessibilityStatement';
import { areasFor } from './routes';
import { messages } from './messages';
import { usePageTitle } from './page-title';

function Home() {
  usePageTitle(messages.home.title);
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {messages.home.title}
      </Typography>
      <Typography>{messages.home.intro}</Typography>
    </>
  );
}

/** The signed-in frame: header with identity and sign-out, the areas of the user's roles, the screen. */
export function Shell() {
  const { session, signOut } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace />;
  const areas = areasFor(session.roles);
  const roleNames = session.roles.map((r) => messages.roles[r] ?? r).join(', ');
  const scope = session.areaNames.length > 0 ? session.areaNames.join(', ') : messages.shell.noArea;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: '100vh' }}>
      <Link
        href="#main"
        className="gk-skip-link"
        sx={{
          position: 'absolute',
          left: -10000,
          '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 },
        }}
      >
        {messages.skipToContent}
      </Link>
      <AppBar position="static" component="header">
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
          <Typography component="p" variant="h6" sx={{ flexGrow: 1 }}>
            {messages.appTitle}
          </Typography>
          <Typography component="p" data-testid="identity">
            {messages.shell.signedInAs}: {roleNames}
            {session.organizationName ? ` · ${session.organizationName}` : ''} · {scope}
          </Typography>
          <Button color="inherit" variant="outlined" onClick={() => void signOut()}>
            {messages.shell.signOut}
          </Button>
        </Toolbar>
      </AppBar>
      <Box sx={{ display: 'flex', flexGrow: 1 }}>
        <Box
          component="nav"
          aria-label={messages.shell.navigation}
          sx={{ width: 220, flexShrink: 0, borderRight: 1, borderColor: 'divider' }}
        >
          <List>
            <ListItem disablePadding>
              <ListItemButton component={NavLink} to="/" end>
                <ListItemText primary={messages.shell.home} />
              </ListItemButton>
            </ListItem>
            {areas.map((a) => (
              <ListItem key={a.key} disablePadding>
                <ListItemButton component={NavLink} to={`/${a.path}`}>
                  <ListItemText primary={messages.areas[a.key]} />
                </ListItemButton>
              </ListItem>
            ))}
            <ListItem disablePadding>
              <ListItemButton component={NavLink} to="/barrierefreiheit">
                <ListItemText primary={messages.shell.accessibility} />
              </ListItemButton>
            </ListItem>
          </List>
        </Box>
        <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<CircularProgress aria-label={messages.loading} />}>
              <Routes>
                <Route index element={<Home />} />
                {areas.map((a) => (
                  <Route key={a.key} path={`${a.path}/*`} element={<a.component />} />
                ))}
                <Route path="barrierefreiheit" element={<AccessibilityStatement />} />
                <Route path="*" element={<Typography>{messages.errors.notFound}</Typography>} />
              </Routes>
            </Suspense>
          </ErrorBoundary>
        </Box>
      </Box>
    </Box>
  );
}
