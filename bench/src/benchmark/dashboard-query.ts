import {
  Kind,
  parse,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';

/** The dashboard's parts in the order the area indicators publish them, so the query asks for the whole dashboard. */
export const DASHBOARD_FIELDS = [
  'targetGroup',
  'offerLandscape',
  'gaps',
  'measureCareers',
  'duplicateCandidates',
  'participation',
  'money',
  'alliances',
] as const;

export interface IndicatorSelection {
  /** The selection set inside AreaIndicators, e.g. `ags targetGroup { ... } gaps { ... }`. */
  selection: string;
  present: string[];
  missing: string[];
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

interface SchemaIndex {
  objects: Map<string, ObjectTypeDefinitionNode>;
  entities: Map<string, string[]>;
}

function indexSupergraph(document: DocumentNode): SchemaIndex {
  const objects = new Map<string, ObjectTypeDefinitionNode>();
  const entities = new Map<string, string[]>();
  for (const def of document.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const fields = [...(def.fields ?? [])];
    const existing = objects.get(def.name.value);
    objects.set(def.name.value, existing ? { ...existing, fields: [...(existing.fields ?? []), ...fields] } : def);
    for (const directive of def.directives ?? []) {
      if (directive.name.value !== 'join__type') continue;
      const key = directive.arguments?.find((a) => a.name.value === 'key');
      if (key?.value.kind === Kind.STRING && !entities.has(def.name.value))
        entities.set(
          def.name.value,
          key.value.value.split(/\s+/).filter((f) => /^\w+$/.test(f)),
        );
    }
  }
  return { objects, entities };
}

/**
 * Every leaf of a type down to a depth, skipping fields with required arguments; another entity
 * (an Offer, a Municipality) is asked only for its key and a label, as a dashboard would link to it.
 */
function selectAll(index: SchemaIndex, typeName: string, depth: number): string | null {
  const type = index.objects.get(typeName);
  if (!type) return null;
  const parts: string[] = [];
  for (const field of type.fields ?? []) {
    if (field.name.value.startsWith('_') || hasRequiredArgs(field)) continue;
    const target = namedType(field.type);
    if (!index.objects.has(target)) {
      parts.push(field.name.value);
      continue;
    }
    if (depth <= 0) continue;
    const keys = index.entities.get(target);
    const sub = keys ? entityLabel(index, target, keys) : selectAll(index, target, depth - 1);
    if (sub) parts.push(`${field.name.value} { ${sub} }`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

function entityLabel(index: SchemaIndex, typeName: string, keys: string[]): string {
  const names = new Set((index.objects.get(typeName)?.fields ?? []).map((f) => f.name.value));
  return [...keys, ...['name', 'title'].filter((n) => names.has(n))].join(' ');
}

const hasRequiredArgs = (field: FieldDefinitionNode): boolean =>
  (field.arguments ?? []).some((a) => a.type.kind === Kind.NON_NULL_TYPE && !a.defaultValue);

/** The AreaIndicators selection for the given parts, from whatever the supergraph has of them today. */
export function indicatorSelection(
  supergraphSdl: string,
  wanted: readonly string[] = DASHBOARD_FIELDS,
): IndicatorSelection {
  const index = indexSupergraph(parse(supergraphSdl));
  const area = index.objects.get('AreaIndicators');
  const fields = new Map((area?.fields ?? []).map((f) => [f.name.value, f]));
  const present: string[] = [];
  const parts = ['ags'];
  for (const name of wanted) {
    const field = fields.get(name);
    if (!field) continue;
    const target = namedType(field.type);
    const sub = index.objects.has(target) ? selectAll(index, target, 2) : null;
    if (index.objects.has(target) && !sub) continue;
    parts.push(sub ? `${name} { ${sub} }` : name);
    present.push(name);
  }
  return { selection: parts.join(' '), present, missing: wanted.filter((n) => !present.includes(n)) };
}
