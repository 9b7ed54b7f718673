import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  type GraphQLNamedType,
} from 'graphql';
import { SCHEMA_DIR } from '../src/config/paths';
import { composeHub, staleSchemaFiles } from '../src/compose/compose';

/** Types federation adds to every subgraph; they are not ours to describe. */
const FEDERATION_TYPES = /^(_|link__|join__|federation__|Query$|Mutation$)/;

function undescribed(type: GraphQLNamedType): string[] {
  if (type.name.startsWith('__') || (FEDERATION_TYPES.test(type.name) && !/^(Query|Mutation)$/.test(type.name)))
    return [];
  const missing: string[] = [];
  if (!FEDERATION_TYPES.test(type.name) && !type.description && !type.name.startsWith('__')) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('_')) continue;
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const arg of 'args' in field ? field.args : [])
        if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  if (isEnumType(type) && !type.name.startsWith('__') && !FEDERATION_TYPES.test(type.name)) {
    for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('the schema pipeline', () => {
  let composed: Awaited<ReturnType<typeof composeHub>>;

  beforeAll(async () => {
    composed = await composeHub();
  });

  it('composes the four subgraphs without errors', () => {
    expect(composed.errors).toEqual([]);
    expect(Object.keys(composed.files).sort()).toEqual([
      'funding.graphql',
      'network.graphql',
      'offers.graphql',
      'persons.graphql',
      'supergraph.graphql',
    ]);
  });

  it('has committed schema files that match the code (run "npm run compose" when this fails)', () => {
    expect(staleSchemaFiles(composed)).toEqual([]);
  });

  it('describes every type, field, argument and enum value of the public API', () => {
    const supergraph = readFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
    const apiSchema = buildASTSchema(parse(supergraph), { assumeValidSDL: true });
    const missing = Object.values(apiSchema.getTypeMap()).flatMap(undescribed);
    expect(missing).toEqual([]);
  });
});
