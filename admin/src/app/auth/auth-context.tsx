import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '../apollo';
import type { AdminConfig } from './admin-config';
import { clearSession, readSession, storeSession, type Session } from './session';
import { oidcManager } from './oidc';
import { messages } from '../messages';

export interface Auth {
  config: AdminConfig;
  base: string;
  session: Session | null;
  /** Why the user was sent to sign-in (expired, rejected, signed out), shown there once. */
  notice: string | null;
  signIn(session: Session): void;
  signOut(): Promise<void>;
  /** Ends the session because the gateway refused it or it expired; sign-in says why. */
  expire(reason: string): void;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** Holds the session, ends it at the token's expiry, and gives the app its GraphQL client. */
export function AuthProvider({ config, base, children }: { config: AdminConfig; base: string; children: ReactNode }) {
  const [initial] = useState(() => readSession());
  const [session, setSession] = useState<Session | null>(initial.session);
  const [notice, setNotice] = useState<string | null>(initial.expired ? messages.signIn.expired : null);
  const tokenRef = useRef<string | null>(session?.token ?? null);
  tokenRef.current = session?.token ?? null;

  const expire = useCallback((reason: string) => {
    clearSession();
    tokenRef.current = null;
    setSession(null);
    setNotice(reason);
  }, []);

  const signIn = useCallback((next: Session) => {
    storeSession(next);
    tokenRef.current = next.token;
    setNotice(null);
    setSession(next);
  }, []);

  const signOut = useCallback(async () => {
    const via = session?.via;
    clearSession();
    tokenRef.current = null;
    setSession(null);
    setNotice(messages.signIn.signedOut);
    if (via === 'oidc') {
      const manager = await oidcManager(config, base);
      await manager.removeUser();
      // Ends the provider's session too where it offers an end_session_endpoint.
      await manager.signoutRedirect().catch(() => undefined);
    }
  }, [session?.via, config, base]);

  // The token's own expiry ends the session even when no request happens to be refused.
  useEffect(() => {
    if (!session) return;
    const timer = window.setTimeout(() => expire(messages.signIn.expired), Math.max(0, session.expiresAt - Date.now()));
    return () => window.clearTimeout(timer);
  }, [session, expire]);

  const client = useMemo(
    () =>
      createApolloClient({
        uri: config.graphqlPath,
        token: () => tokenRef.current,
        onUnauthenticated: () => expire(messages.signIn.rejected),
      }),
    [config.graphqlPath, expire],
  );
  // Nothing one user's answers left in the cache may show for the next one.
  useEffect(() => {
    if (!session) void client.clearStore();
  }, [session, client]);

  const value = useMemo<Auth>(
    () => ({ config, base, session, notice, signIn, signOut, expire }),
    [config, base, session, notice, signIn, signOut, expire],
  );
  return (
    <AuthContext.Provider value={value}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </AuthContext.Provider>
  );
}
