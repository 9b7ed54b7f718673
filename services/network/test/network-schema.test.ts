import { isEnumType, isInputObjectType, isObjectType, isScalarType, type GraphQLNamedType } from 'graphql';
import { buildNetworkSchema } from '../src/network.schema';

/** Types, fields, arguments and enum values without a description; federation's own types are not ours to describe. */
function undescribed(type: GraphQLNamedType): string[] {
  if (
    type.name.startsWith('_') ||
    /^(link__|federation__)/.test(type.name) ||
    (isScalarType(type) && ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name))
  )
    return [];
  const missing = type.description || ['Query', 'Mutation'].includes(type.name) ? [] : [type.name];
  if (isObjectType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('_')) continue;
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const arg of 'args' in field ? field.args : [])
        if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  if (isEnumType(type))
    for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  return missing;
}

describe('the network schema', () => {
  it("describes every type, field, argument and enum value (it is the partner agencies' manual)", async () => {
    const schema = await buildNetworkSchema();
    expect(Object.values(schema.getTypeMap()).flatMap(undescribed)).toEqual([]);
    expect(Object.keys(schema.getTypeMap())).toEqual(
      expect.arrayContaining([
        'Alliance',
        'CoreGroupMembership',
        'AllianceCoverage',
        'OrganizationPage',
        'AlliancePage',
      ]),
    );
  });
});
