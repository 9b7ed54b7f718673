/** What the gateway tells the UI at /admin/config.json: how to sign in, and the hub's small-cell threshold. */
export interface AdminConfig {
  authMode: 'development' | 'oidc';
  /** Whether /admin/dev/token gives tokens (development mode outside production). */
  developmentSignIn: boolean;
  oidc: { issuer: string; clientId: string } | null;
  graphqlPath: string;
  /** The hub's SUPPRESSION_THRESHOLD: a withheld count is shown as "< threshold, geschützt". */
  suppressionThreshold: number;
}

export async function loadAdminConfig(base: string): Promise<AdminConfig> {
  const res = await fetch(`${base}config.json`, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`config.json answered ${res.status}`);
  return (await res.json()) as AdminConfig;
}
