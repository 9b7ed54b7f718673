import type { AdminConfig } from './admin-config';
import type { UserManager } from 'oidc-client-ts';

/**
 * OpenID Connect sign-in: authorization code flow with PKCE (oidc-client-ts does both), the
 * provider's state kept in sessionStorage. Loaded only when the gateway runs with AUTH_MODE=oidc,
 * so development sign-in never downloads it.
 */
let manager: Promise<UserManager> | undefined;

export function oidcManager(config: AdminConfig, base: string): Promise<UserManager> {
  if (!config.oidc) return Promise.reject(new Error('the gateway does not use OpenID Connect'));
  const { issuer, clientId } = config.oidc;
  manager ??= import('oidc-client-ts').then(({ UserManager, WebStorageStateStore }) => {
    const origin = window.location.origin;
    return new UserManager({
      authority: issuer,
      client_id: clientId,
      redirect_uri: `${origin}${base}callback`,
      post_logout_redirect_uri: `${origin}${base}sign-in`,
      response_type: 'code',
      scope: 'openid profile',
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: false,
    });
  });
  return manager;
}
