import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gatewaySettings, hubSettings } from '@gk/gateway';
import { commonSubgraphSettings, subgraphSettings, type Setting } from '@gk/shared';

const README = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const ROOT_PACKAGE = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('the README stays true', () => {
  it('shows the two set-up commands first', () => {
    const firstBlock = README.split('```bash')[1].split('```')[0];
    expect(firstBlock).toContain('npm ci && npm start');
    expect(firstBlock).toContain('npm ci && npm test');
    expect(ROOT_PACKAGE.scripts.start).toContain('turbo run start');
    expect(ROOT_PACKAGE.scripts.test).toContain('turbo run typecheck test');
  });

  it('lists every setting of the hub, the gateway and the subgraphs', () => {
    const all: Setting<unknown>[] = [...Object.values(hubSettings), ...Object.values(gatewaySettings), ...Object.values(commonSubgraphSettings)];
    const names = all.map((s) => s.env);
    for (const s of Object.values(subgraphSettings('persons'))) names.push(s.env.replace(/^PERSONS_/, 'NAME_'));
    expect(names.filter((n) => !README.includes(`\`${n}\``))).toEqual([]);
  });
});
