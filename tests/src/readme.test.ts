import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gatewaySettings, hubSettings } from '@gk/gateway';
import { fundingSettings } from '@gk/funding';
import { networkSettings } from '@gk/network';
import { offersSettings } from '@gk/offers';
import { personsSettings } from '@gk/persons';
import { commonSubgraphSettings, type Setting } from '@gk/shared';

const README = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const ROOT_PACKAGE = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('the README stays true', () => {
  it('shows the two set-up commands first', () => {
    const firstBlock = README.split('```bash')[1].split('```')[0];
    expect(firstBlock).toContain('npm ci && npm start');
    expect(firstBlock).toContain('npm ci && npm test');
    // turbo's task runner passes only the environment variables it was told about: the hub is
    // started by npm itself after the build, so every documented setting reaches it.
    expect(ROOT_PACKAGE.scripts.start).toMatch(/^turbo run build [^&]*&& exec node gateway\/dist\/hub\/hub\.command\.js$/);
    expect(ROOT_PACKAGE.scripts.test).toContain('turbo run typecheck test');
  });

  it('lists every setting of the hub, the gateway and the subgraphs', () => {
    const all: Setting<unknown>[] = [...Object.values(hubSettings), ...Object.values(gatewaySettings), ...Object.values(commonSubgraphSettings)];
    const names = all.map((s) => s.env);
    for (const settings of [personsSettings, offersSettings, networkSettings, fundingSettings]) {
      for (const s of Object.values(settings) as Setting<unknown>[]) names.push(s.env.replace(/^(PERSONS|OFFERS|NETWORK|FUNDING)_(PORT|HOST|DATABASE_URL)$/, 'NAME_$2'));
    }
    expect(names.filter((n) => !README.includes(`\`${n}\``))).toEqual([]);
  });
});
