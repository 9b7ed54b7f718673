import { useEffect, useState } from 'react';
import { Navigate } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { useAuth } from './auth/auth-context';
import { sessionFromToken } from './auth/session';
import { oidcManager } from './auth/oidc';
import { messages } from './messages';
import { usePageTitle } from './page-title';

interface DemoIdentity {
  key: string;
  role: string;
  organizationName: string | null;
  areaNames: string[];
}

/**
 * Sign-in. Development: the demo identities the gateway offers, each signed in with a token from
 * its development endpoint. OpenID Connect: the provider's sign-in (code flow with PKCE).
 */
export function SignInPage() {
  const auth = useAuth();
  usePageTitle(messages.signIn.title);
  const [identities, setIdentities] = useState<DemoIdentity[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const development = auth.config.authMode === 'development' && auth.config.developmentSignIn;

  useEffect(() => {
    if (!development) return;
    fetch(`${auth.base}dev/identities`)
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: { identities: DemoIdentity[] }) => setIdentities(body.identities))
      .catch(() => setError(messages.signIn.failed));
  }, [development, auth.base]);

  if (auth.session) return <Navigate to="/" replace />;

  const signInAs = async (identity: DemoIdentity) => {
    setError(null);
    try {
      const res = await fetch(`${auth.base}dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: identity.key }),
      });
      if (!res.ok) throw new Error(String(res.status));
      const { token } = (await res.json()) as { token: string };
      const session = sessionFromToken(token, {
        organizationName: identity.organizationName,
        areaNames: identity.areaNames,
        via: 'development',
      });
      if (!session) throw new Error('unreadable token');
      auth.signIn(session);
    } catch {
      setError(messages.signIn.failed);
    }
  };

  const signInWithOidc = async () => {
    setError(null);
    try {
      await (await oidcManager(auth.config, auth.base)).signinRedirect();
    } catch {
      setError(messages.signIn.failed);
    }
  };

  return (
    <Container maxWidth="md" component="main" id="main" tabIndex={-1} sx={{ py: 4 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {messages.signIn.title}
      </Typography>
      {auth.notice ? (
        <Alert severity="info" role="status" sx={{ mb: 2 }}>
          {auth.notice}
        </Alert>
      ) : null}
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      ) : null}
      {auth.config.authMode === 'oidc' ? (
        <Stack spacing={2}>
          <Typography>{messages.signIn.oidcIntro}</Typography>
          <Button variant="contained" onClick={() => void signInWithOidc()}>
            {messages.signIn.oidcButton}
          </Button>
        </Stack>
      ) : development ? (
        <Stack spacing={2}>
          <Typography>{messages.signIn.developmentIntro}</Typography>
          <Stack
            component="ul"
            spacing={2}
            sx={{ listStyle: 'none', p: 0, m: 0 }}
            aria-label={messages.signIn.signInAs}
          >
            {(identities ?? []).map((identity) => (
              <Card component="li" key={identity.key} variant="outlined">
                <CardContent>
                  <Typography variant="h6" component="h2">
                    {messages.roles[identity.role] ?? identity.role}
                  </Typography>
                  <Typography>
                    {messages.shell.organisation}: {identity.organizationName ?? messages.none}
                  </Typography>
                  <Typography>
                    {messages.shell.areaScope}:{' '}
                    {identity.areaNames.length > 0 ? identity.areaNames.join(', ') : messages.shell.noArea}
                  </Typography>
                </CardContent>
                <CardActions>
                  <Button variant="contained" onClick={() => void signInAs(identity)} data-identity={identity.key}>
                    {messages.signIn.signInAs} {messages.roles[identity.role] ?? identity.role}
                    {identity.organizationName ? ` (${identity.organizationName})` : ''}
                  </Button>
                </CardActions>
              </Card>
            ))}
          </Stack>
        </Stack>
      ) : (
        <Alert severity="warning">{messages.signIn.developmentDisabled}</Alert>
      )}
      <Typography sx={{ mt: 4 }}>
        <Link component={RouterLink} to="/barrierefreiheit">
          {messages.accessibility.title}
        </Link>
      </Typography>
    </Container>
  );
}

/** Where the OpenID Connect provider sends the browser back: exchanges the code (with the PKCE verifier) for tokens. */
export function OidcCallbackPage() {
  const auth = useAuth();
  const [error, setError] = useState<string | null>(null);
  usePageTitle(messages.signIn.title);
  // Runs once per visit of the callback URL: the code can be exchanged only once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the exchange must not repeat when auth changes
  useEffect(() => {
    let cancelled = false;
    oidcManager(auth.config, auth.base)
      .then((manager) => manager.signinRedirectCallback())
      .then((user) => {
        const session = sessionFromToken(user.access_token, { via: 'oidc' });
        if (!session) throw new Error('unreadable token');
        if (!cancelled) auth.signIn(session);
      })
      .catch(() => {
        if (!cancelled) setError(messages.signIn.failed);
      });
    return () => {
      cancelled = true;
    };
  }, []);
  if (auth.session) return <Navigate to="/" replace />;
  return (
    <Container component="main" id="main" sx={{ py: 4 }}>
      {error ? <Alert severity="error">{error}</Alert> : <Typography>{messages.signIn.callback}</Typography>}
    </Container>
  );
}
