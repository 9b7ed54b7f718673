import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';

/** One object of a kustomize build, as Kubernetes reads it. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface ManifestProblem {
  object: string;
  message: string;
}

/** `kubectl kustomize <dir>` as objects: the plain build an operator runs, without load-restrictor flags. */
export function buildKustomization(dir: string): KubernetesObject[] {
  const output = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return parseAllDocuments(output)
    .map((doc) => doc.toJS() as KubernetesObject | null)
    .filter((o): o is KubernetesObject => o !== null);
}

interface ValidatingModel {
  validate(): void;
}
type ModelClass = new (data: unknown) => ValidatingModel;

/** The module of a kind in the kubernetes-models package: core "v1" lives at v1/, groups at <group>/<version>/. */
function modelSpecifier(apiVersion: string, kind: string): string {
  return `kubernetes-models/${apiVersion}/${kind}`;
}

interface SchemaError {
  instancePath?: string;
  message?: string;
}

/**
 * kustomize wraps a long secret value's base64 over several lines; the API server's decoder skips the
 * line breaks, the schema's "byte" format does not, so they are taken out before validation.
 */
function withUnwrappedSecretData(object: KubernetesObject): KubernetesObject {
  if (object.kind !== 'Secret' || typeof object.data !== 'object' || object.data === null) return object;
  const data = Object.fromEntries(
    Object.entries(object.data as Record<string, string>).map(([k, v]) => [k, v.replace(/\s+/g, '')]),
  );
  return { ...object, data };
}

/**
 * Validates every object against the Kubernetes API's OpenAPI schema as the kubernetes-models
 * package ships it (compiled JSON-schema validators, no download at run time). A kind the package
 * does not know is a problem too: it would be a typo or a custom resource nobody installed.
 */
export async function validateObjects(objects: readonly KubernetesObject[]): Promise<ManifestProblem[]> {
  const problems: ManifestProblem[] = [];
  for (const object of objects) {
    const name = `${object.kind ?? '?'}/${object.metadata?.name ?? '?'}`;
    let Model: ModelClass;
    try {
      // kubernetes-models is ESM only: a dynamic import loads it from this CommonJS module.
      const loaded = (await import(modelSpecifier(object.apiVersion, object.kind))) as Record<string, ModelClass>;
      Model = loaded[object.kind];
    } catch {
      problems.push({ object: name, message: `unknown apiVersion/kind ${object.apiVersion} ${object.kind}` });
      continue;
    }
    try {
      new Model(withUnwrappedSecretData(object)).validate();
    } catch (error) {
      const errors = (error as { errors?: SchemaError[] }).errors;
      const messages = errors?.length
        ? errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
        : [(error as Error).message];
      for (const message of messages) problems.push({ object: name, message });
    }
  }
  return problems;
}
