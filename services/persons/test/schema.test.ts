import { isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { personsSubgraph } from '../src/persons.subgraph';

/** The schema is the partner agencies' manual: everything public in it says what it means. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('_') ||
      ['Query', 'Mutation', 'String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name) ||
      /^(link|federation)__/.test(type.name)
    )
      continue;
    if (!type.description) missing.push(type.name);
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
  }
  return missing;
}

describe('persons schema', () => {
  it('describes every type, field, argument and enum value', async () => {
    const schema = await personsSubgraph.buildSchema();
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root!.getFields())) {
        if (field.name.startsWith('_')) continue;
        expect(`${root!.name}.${field.name}: ${field.description ?? ''}`).not.toMatch(/: $/);
        for (const arg of field.args) expect(`${field.name}(${arg.name}): ${arg.description ?? ''}`).not.toMatch(/: $/);
      }
    }
    expect(undescribed(schema)).toEqual([]);
  });

  it('keeps the fields other subgraphs depend on', async () => {
    const schema = await personsSubgraph.buildSchema();
    const person = schema.getType('Person');
    const municipality = schema.getType('Municipality');
    if (!isObjectType(person) || !isObjectType(municipality))
      throw new Error('Person and Municipality must be object types');
    const fields = person.getFields();
    expect(
      Object.fromEntries(
        ['id', 'age', 'germanLevel', 'currentResidenceStatus', 'currentBenefitRegime', 'municipality'].map((f) => [
          f,
          String(fields[f].type),
        ]),
      ),
    ).toEqual({
      id: 'ID!',
      age: 'Int',
      germanLevel: 'CefrLevel',
      currentResidenceStatus: 'ResidenceStatus',
      currentBenefitRegime: 'BenefitRegime',
      municipality: 'Municipality',
    });
    const figures = municipality.getFields().targetGroupFigures;
    // Nullable: denied to roles without the municipality in scope (null with FORBIDDEN).
    expect(String(figures.type)).toBe('PersonsMunicipalityFigures');
    expect(figures.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['referenceDate: Date']);
  });
});
