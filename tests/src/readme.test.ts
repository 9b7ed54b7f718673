import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gatewaySettings, hubSettings, REPO_ROOT } from '@gk/gateway';
import { fundingSettings } from '@gk/funding';
import { networkSettings } from '@gk/network';
import { offersSettings } from '@gk/offers';
import { personsSettings } from '@gk/persons';
import { commonSubgraphSettings, type Setting } from '@gk/shared';

const README = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const ROOT_PACKAGE = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the README stays true', () => {
  it('shows the two set-up commands first', () => {
    const firstBlock = README.split('```bash')[1].split('```')[0];
    expect(firstBlock).toContain('npm ci && npm start');
    expect(firstBlock).toContain('npm ci && npm test');
    // turbo's task runner passes only the environment variables it was told about: the hub is
    // started by npm itself after the build, so every documented setting reaches it.
    expect(ROOT_PACKAGE.scripts.start).toMatch(
      /^turbo run build [^&]*&& exec node gateway\/dist\/hub\/hub\.command\.js$/,
    );
    expect(ROOT_PACKAGE.scripts.test).toContain('turbo run typecheck test');
  });

  it('lists every setting of the hub, the gateway and the subgraphs', () => {
    const all: Setting<unknown>[] = [
      ...Object.values(hubSettings),
      ...Object.values(gatewaySettings),
      ...Object.values(commonSubgraphSettings),
    ];
    const names = all.map((s) => s.env);
    for (const settings of [personsSettings, offersSettings, networkSettings, fundingSettings]) {
      for (const s of Object.values(settings) as Setting<unknown>[])
        names.push(s.env.replace(/^(PERSONS|OFFERS|NETWORK|FUNDING)_(PORT|HOST|DATABASE_URL)$/, 'NAME_$2'));
    }
    expect(names.filter((n) => !README.includes(`\`${n}\``))).toEqual([]);
  });

  it('shows token commands that work as typed into a shell', () => {
    const commands = README.split('```bash')
      .slice(1)
      .flatMap((block) => block.split('```')[0].split('\n'))
      .map((line) => /npm run --silent token -- ([^)]*)\)?\s*$/.exec(line)?.[1])
      .filter((args): args is string => args !== undefined);
    expect(commands.length).toBeGreaterThanOrEqual(7);
    // Private keys only in a folder of the test's own (mkdtemp: 0700), removed at once.
    const keysDir = mkdtempSync(path.join(os.tmpdir(), 'gk-readme-keys-'));
    try {
      for (const args of commands) {
        // Through a shell, as a newcomer runs it: placeholders like <organisation id> are redirections there.
        const run = spawnSync('sh', ['-c', `node gateway/dist/token/token.command.js ${args}`], {
          cwd: REPO_ROOT,
          env: { ...process.env, KEYS_DIR: keysDir },
          encoding: 'utf8',
        });
        expect({ args, status: run.status, stderr: run.stderr }).toEqual({ args, status: 0, stderr: '' });
        expect(run.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      }
    } finally {
      rmSync(keysDir, { recursive: true, force: true });
    }
  });

  it('passes the documented compose flags to the compose command, which then changes nothing', () => {
    const compose = (flag: string) =>
      spawnSync('npm', ['run', '--silent', 'compose', '--', flag], { cwd: REPO_ROOT, encoding: 'utf8' });
    const dry = compose('--dry');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Composition succeeds');
    const check = compose('--check');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('schema/ matches the code; composition succeeds.');
  }, 120_000);
});
