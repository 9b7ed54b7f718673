import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildKustomization, type KubernetesObject } from '../src/manifests/validate-manifests';

const REPO = path.resolve(__dirname, '../..');
const PRODUCTION = path.join(REPO, 'deploy/overlays/production');
const VALIDATE = path.join(REPO, 'ops/dist/manifests/validate-manifests.command.js');
const SUBGRAPHS = ['persons', 'offers', 'network', 'funding'] as const;

interface Container {
  name: string;
  command?: string[];
  readinessProbe?: { httpGet?: { path?: string } };
  livenessProbe?: { httpGet?: { path?: string } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
}
interface PodSpec {
  containers: Container[];
  securityContext?: { runAsNonRoot?: boolean };
  volumes?: { name: string; configMap?: { name: string } }[];
}
type Labels = Record<string, string>;
interface PeerSelector {
  podSelector?: { matchLabels?: Labels };
  namespaceSelector?: { matchLabels?: Labels };
}
interface PolicySpec {
  podSelector: { matchLabels?: Labels };
  ingress?: { from?: PeerSelector[]; ports?: { port: number }[] }[];
}

const objects = buildKustomization(PRODUCTION);
const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
const named = (kind: string, name: string): KubernetesObject => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name} in the production build`);
  return found;
};
const podSpec = (o: KubernetesObject): PodSpec => (o.spec as { template: { spec: PodSpec } }).template.spec;
const podLabels = (name: string): Labels =>
  (named('Deployment', name).spec as { template: { metadata: { labels: Labels } } }).template.metadata.labels;

const matches = (selector: Labels | undefined, labels: Labels) =>
  Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);

/**
 * Whether a pod may open a connection to another pod's port, read the way Kubernetes reads the
 * NetworkPolicies: a pod selected by any policy takes only what one of them allows.
 */
function mayConnect(from: { labels: Labels; namespace: Labels }, to: Labels, port: number): boolean {
  const ownNamespace = { 'kubernetes.io/metadata.name': 'gemeinsam-klappts' };
  const policies = ofKind('NetworkPolicy')
    .map((p) => p.spec as unknown as PolicySpec)
    .filter((p) => matches(p.podSelector.matchLabels, to));
  if (policies.length === 0) return true;
  return policies.some((p) =>
    (p.ingress ?? []).some((rule) => {
      const portOk = !rule.ports || rule.ports.some((r) => r.port === port);
      const peerOk =
        !rule.from ||
        rule.from.some((peer) => {
          const namespaceOk = peer.namespaceSelector
            ? matches(peer.namespaceSelector.matchLabels, from.namespace)
            : matches(ownNamespace, from.namespace);
          const podOk = peer.podSelector ? matches(peer.podSelector.matchLabels, from.labels) : true;
          return namespaceOk && podOk;
        });
      return portOk && peerOk;
    }),
  );
}

describe('Kubernetes manifests (deploy/)', () => {
  it(
    'the production overlay builds with plain `kubectl kustomize` and every object validates against the ' +
      'Kubernetes schemas offline',
    () => {
      const run = spawnSync(process.execPath, [VALIDATE, PRODUCTION], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/\d+ objects, 0 problems/);
      expect(run.status).toBe(0);
    },
  );

  it('the validator names the field of an object that breaks the schema, so a green run means something', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gk-manifests-'));
    try {
      writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n  - broken.yaml\n');
      writeFileSync(
        path.join(dir, 'broken.yaml'),
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: broken }\nspec:\n  selector: { ' +
          'matchLabels: { a: b } }\n  template:\n    metadata: { labels: { a: b } }\n    spec:\n      ' +
          'containers:\n        - name: c\n          image: i\n          ports: [{ containerPort: http }]\n',
      );
      const run = spawnSync(process.execPath, [VALIDATE, dir], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        'Deployment/broken: /spec/template/spec/containers/0/ports/0/containerPort must be integer',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the supergraph in the ConfigMap is the committed one (deploy/base keeps a copy kustomize may load)', () => {
    const committed = readFileSync(path.join(REPO, 'schema/supergraph.graphql'), 'utf8');
    expect(readFileSync(path.join(REPO, 'deploy/base/supergraph.graphql'), 'utf8')).toBe(committed);
    const configMap = ofKind('ConfigMap').find((c) => c.metadata.name.startsWith('gk-supergraph-'));
    expect((configMap?.data as Record<string, string> | undefined)?.['supergraph.graphql']).toBe(committed);
    const gateway = podSpec(named('Deployment', 'gateway'));
    expect(gateway.volumes?.find((v) => v.name === 'supergraph')?.configMap?.name).toBe(configMap?.metadata.name);
  });

  it(
    'runs the gateway and each subgraph from the image by its start command, with probes on /ready and ' +
      '/health, requests and limits, as a non-root user',
    () => {
      for (const name of ['gateway', ...SUBGRAPHS]) {
        const spec = podSpec(named('Deployment', name));
        const [container] = spec.containers;
        const entry = name === 'gateway' ? 'gateway/dist/main.js' : `services/${name}/dist/main.js`;
        expect(container.command).toEqual(['node', entry]);
        expect(existsSync(path.join(REPO, entry))).toBe(true);
        expect(container.readinessProbe?.httpGet?.path).toBe('/ready');
        expect(container.livenessProbe?.httpGet?.path).toBe('/health');
        expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
        expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
        expect(spec.securityContext?.runAsNonRoot).toBe(true);
        expect(named('Service', name)).toBeDefined();
        expect(
          (named('HorizontalPodAutoscaler', name).spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name,
        ).toBe(name);
        expect(
          (named('PodDisruptionBudget', name).spec as { selector: { matchLabels: Labels } }).selector.matchLabels,
        ).toEqual({ 'app.kubernetes.io/name': name });
      }
    },
  );

  it('migrates each subgraph in a Job that runs only the migrate command, with only its own database URL', () => {
    for (const name of SUBGRAPHS) {
      const [container] = podSpec(named('Job', `migrate-${name}`)).containers;
      expect(container.command).toEqual(['node', `services/${name}/dist/migrate.js`]);
      expect(existsSync(path.join(REPO, `services/${name}/dist/migrate.js`))).toBe(true);
      expect(container.env?.map((e) => e.valueFrom?.secretKeyRef?.key)).toEqual([`${name.toUpperCase()}_DATABASE_URL`]);
    }
  });

  it('lets only the gateway reach the subgraphs, and offers reach persons; clients reach the gateway alone', () => {
    const inNamespace = (name: string) => ({
      labels: podLabels(name),
      namespace: { 'kubernetes.io/metadata.name': 'gemeinsam-klappts' },
    });
    const outsider = { labels: { app: 'somewhere-else' }, namespace: { 'kubernetes.io/metadata.name': 'other' } };
    const ports = { persons: 4001, offers: 4002, network: 4003, funding: 4004 } as const;
    for (const name of SUBGRAPHS) {
      expect(mayConnect(inNamespace('gateway'), podLabels(name), ports[name])).toBe(true);
      expect(mayConnect(outsider, podLabels(name), ports[name])).toBe(false);
      for (const other of SUBGRAPHS.filter((o) => o !== name)) {
        expect([other, name, mayConnect(inNamespace(other), podLabels(name), ports[name])]).toEqual([
          other,
          name,
          other === 'offers' && name === 'persons',
        ]);
      }
    }
    expect(mayConnect(outsider, podLabels('gateway'), 4000)).toBe(true);
    expect(mayConnect(outsider, podLabels('gateway'), 4001)).toBe(false);
  });

  it('gives each process only the secrets it needs', () => {
    const secretKeys = (name: string) =>
      (podSpec(named('Deployment', name)).containers[0].env ?? [])
        .flatMap((e) => (e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef.key] : []))
        .sort();
    expect(secretKeys('gateway')).toEqual(['GATEWAY_PRIVATE_KEY']);
    expect(secretKeys('persons')).toEqual(['GATEWAY_PUBLIC_KEY', 'PERSONS_DATABASE_URL', 'PSEUDONYM_KEY']);
    for (const name of ['offers', 'network', 'funding'])
      expect(secretKeys(name)).toEqual(['GATEWAY_PUBLIC_KEY', `${name.toUpperCase()}_DATABASE_URL`].sort());
  });

  it('builds without a load-restrictor flag (the operator command in the README)', () => {
    expect(() =>
      execFileSync('kubectl', ['kustomize', path.join(REPO, 'deploy/base')], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
