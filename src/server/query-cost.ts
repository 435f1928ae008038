import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isLeafType,
  isListType,
  isObjectType,
  isInterfaceType,
} from 'graphql';

/** How much each thing a document asks for weighs. */
export interface CostWeights {
  /** A scalar or enum value. */
  scalar: number;
  /** An object (a record, a page). */
  object: number;
  /**
   * A resident, on top of `object`: each one the hub decides on its own and logs (one access-log
   * record per request and resident), so a list of residents is what makes a request expensive.
   */
  resident: number;
  /** Items assumed for a list with no size argument (a resident's arrears, a household's members). */
  unboundedList: number;
}

export const COST_WEIGHTS: CostWeights = { scalar: 1, object: 2, resident: 30, unboundedList: 3 };

/** Arguments that say how many items a list field returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'limit'];

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  weights: CostWeights;
}

/**
 * The cost of one operation before it runs: every field selected, times the number of times it
 * will be resolved — the product of the sizes of the lists above it. A list's size is its `first`,
 * `last` or `limit` argument (a literal, a variable or the schema's default), else the length of a
 * list argument (the resident numbers of `residents`), else `unboundedList`. Three aliased lists of
 * 5,000 residents thus cost three times one, and a household's members multiply everything below them.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  weights: CostWeights = COST_WEIGHTS,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const sent: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    sent[name] = variables[name] !== undefined ? variables[name] : definition.defaultValue ? valueOf({ variables: {} } as Walk, definition.defaultValue) : undefined;
  }
  return selectionCost({ schema, fragments, variables: sent, weights }, operation.selectionSet, root, 1, new Set());
}

/**
 * `pageSize`: the size argument of the page object whose selection this is (`accessLog(first: 50)
 * { entries { … } }`), which sizes its lists.
 */
function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, times: number, spreading: Set<string>, pageSize?: number): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection and __typename: free
      const field = fieldOf(parent, selection.name.value);
      if (!field) continue; // validation already refused it
      const named = getNamedType(field.type);
      const size = sizeArgument(walk, field, selection.arguments ?? []);
      const isList = isListType(getNullableType(field.type));
      const count = times * (isList ? (size ?? listArgumentLength(walk, field, selection.arguments ?? []) ?? pageSize ?? walk.weights.unboundedList) : 1);
      const weight = isLeafType(named) ? walk.weights.scalar : walk.weights.object + (named.name === 'Resident' ? walk.weights.resident : 0);
      total += count * weight;
      if (selection.selectionSet && isCompositeType(named)) total += selectionCost(walk, selection.selectionSet, named, count, spreading, isList ? undefined : size);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) total += selectionCost(walk, selection.selectionSet, type, times, spreading, pageSize);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || spreading.has(name)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      if (type && isCompositeType(type)) total += selectionCost(walk, fragment.selectionSet, type, times, new Set([...spreading, name]), pageSize);
    }
  }
  return total;
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

type Arguments = readonly { name: { value: string }; value: ValueNode }[];

function argumentValue(walk: Walk, field: GraphQLField<unknown, unknown>, given: Arguments, name: string): unknown {
  const argument = given.find((a) => a.name.value === name);
  const value = argument ? valueOf(walk, argument.value) : undefined;
  return value !== undefined ? value : field.args.find((a) => a.name === name)?.defaultValue;
}

/** `first`, `last` or `limit`, as sent or by default. */
function sizeArgument(walk: Walk, field: GraphQLField<unknown, unknown>, given: Arguments): number | undefined {
  for (const name of SIZE_ARGUMENTS) {
    const size = argumentValue(walk, field, given, name);
    if (typeof size === 'number' && Number.isFinite(size)) return Math.max(0, Math.floor(size));
  }
  return undefined;
}

/** The length of the longest list argument (the resident numbers of `residents`); a single value counts one. */
function listArgumentLength(walk: Walk, field: GraphQLField<unknown, unknown>, given: Arguments): number | undefined {
  const lengths = field.args
    .filter((a) => isListType(getNullableType(a.type)))
    .map((a) => argumentValue(walk, field, given, a.name))
    .filter((v) => v !== undefined && v !== null)
    .map((v) => (Array.isArray(v) ? v.length : 1));
  return lengths.length > 0 ? Math.max(...lengths) : undefined;
}

/** A literal or a variable's value as sent (before coercion; an uncoercible value is refused later). */
function valueOf(walk: Walk, node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return walk.variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => valueOf(walk, v));
    case Kind.NULL:
      return null;
    default:
      return 'value' in node ? node.value : undefined;
  }
}
