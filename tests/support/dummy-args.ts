import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type GraphQLOutputType,
  isObjectType,
  isInterfaceType,
  isUnionType,
} from 'graphql';

// Builds a syntactically valid call of any root field from the schema alone, so the
// authorization matrix can call every operation without knowing it: ids point nowhere
// (999999), so an allowed call answers NOT_FOUND or BAD_USER_INPUT instead of changing data.

export function value(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return value(type.ofType, depth);
  if (isListType(type)) return [value(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined && depth < 4)
        out[field.name] = value(field.type, depth + 1);
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return '999999';
      case 'Int':
        return 2024;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
        return '2024-01-01';
      case 'DateTime':
        return '2024-01-01T00:00:00Z';
      default:
        return 'x';
    }
  }
  return null;
}

function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isObjectType(named) || isInterfaceType(named)) {
    const fields = named.getFields();
    if (fields.id) return '{ id }';
    if (fields.totalCount) return '{ totalCount }';
    if (fields.token) return '{ __typename }';
    return '{ __typename }';
  }
  if (isUnionType(named)) return '{ __typename }';
  return '';
}

export function dummyCall(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const variables: Record<string, unknown> = {};
  for (const arg of required) variables[arg.name] = value(arg.type);
  const defs = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field.type)} }`,
    variables,
  };
}

export function rootOperations(
  schema: GraphQLSchema,
): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const query = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({
    kind: 'query' as const,
    field,
  }));
  const mutation = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
    kind: 'mutation' as const,
    field,
  }));
  return [...query, ...mutation];
}

/**
 * Two different values of an input field's type, so that at least one of them differs from
 * whatever the record holds: a write with it is a change. One value for input objects.
 */
export function twoValues(type: GraphQLInputType): unknown[] {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return [[], [value(t.ofType)]];
  if (isEnumType(t))
    return t
      .getValues()
      .slice(0, 2)
      .map((v) => v.value);
  if (isInputObjectType(t)) return [value(t)];
  switch (isScalarType(t) ? t.name : '') {
    case 'ID':
      return ['999999', '999998'];
    case 'Int':
      return [2024, 2025];
    case 'Float':
      return [1, 2];
    case 'Boolean':
      return [true, false];
    case 'Date':
      return ['2024-01-01', '2024-01-02'];
    case 'DateTime':
      return ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'];
    default:
      return ['矩阵甲', '矩阵乙'];
  }
}
