import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';

/**
 * Depth, cost, alias, token and directive limits (graphql-armor), tuned so the console's own
 * queries pass. Rejections are mapped to QUERY_TOO_COMPLEX in format-error.ts.
 */
/** Most tokens a document may have (graphql-js parse option). */
export const MAX_TOKENS = 3000;

export function queryLimits(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 30 },
    // Tokens are limited by graphql-js's own parser (parseOptions in app.ts): armor's token
    // plugin parses inside Apollo's parsingDidStart hook, where any throw becomes an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 20000 },
    // Suggestions help developers; in production they would map the schema for an attacker.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** The messages graphql-armor rejects with ("Query depth limit of 10 exceeded, found 31." …). */
export function isLimitRejection(message: string): boolean {
  return (
    /(depth|aliases|directives|token|cost|field) limit of \d+/i.test(message) ||
    /Document contains more tha[nt] \d+ tokens/.test(message)
  );
}

/** Most field selections a document may ask for, fragments expanded, `__typename` included. */
export const MAX_SELECTIONS = 500;
/** Most aliased selections, counted the same way (armor's alias rule skips `__typename`). */
export const MAX_ALIASES = 30;

interface Size {
  fields: number;
  aliases: number;
}

/**
 * Field selections and aliases of a document with every fragment spread expanded where it is
 * used, whatever the field: one pass over the AST, each fragment measured once.
 */
export function documentSize(document: DocumentNode): Size {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, Size>();
  const measuring = new Set<string>();
  const measure = (set: SelectionSetNode | undefined): Size => {
    const size = { fields: 0, aliases: 0 };
    for (const s of set?.selections ?? []) {
      let inner: Size;
      if (s.kind === Kind.FIELD) {
        inner = measure(s.selectionSet);
        size.fields += 1;
        if (s.alias) size.aliases += 1;
      } else if (s.kind === Kind.INLINE_FRAGMENT) inner = measure(s.selectionSet);
      else {
        const name = s.name.value;
        if (!measured.has(name)) {
          if (measuring.has(name)) continue; // a cycle: validation refuses it
          measuring.add(name);
          measured.set(name, measure(fragments.get(name)?.selectionSet));
          measuring.delete(name);
        }
        inner = measured.get(name)!;
      }
      size.fields += inner.fields;
      size.aliases += inner.aliases;
      // stop early: sizes only grow, and huge fragment fan-outs must not overflow
      if (size.fields > MAX_SELECTIONS * 1000) return size;
    }
    return size;
  };
  const total = { fields: 0, aliases: 0 };
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const s = measure(d.selectionSet);
    total.fields += s.fields;
    total.aliases += s.aliases;
  }
  return total;
}

/**
 * Refuses an oversized document with QUERY_TOO_COMPLEX as the first validation error, counted
 * on entering the document, whatever its fields (armor's alias rule skips `__typename`, and
 * repeated fields were not counted at all). Then it removes the document from the walk
 * (returning null replaces the node, for every rule visited in parallel): graphql-js would
 * otherwise run every other rule over it, and OverlappingFieldsCanBeMerged is quadratic in
 * repeated fields (740× `me { id }` cost 135 ms of CPU; tests/bench/hostile-bench.mjs).
 */
export const selectionLimitRule: ValidationRule = (context) => ({
  Document: {
    enter(document) {
      const { fields, aliases } = documentSize(document);
      const over =
        fields > MAX_SELECTIONS
          ? `Field limit of ${MAX_SELECTIONS} exceeded, found ${fields}.`
          : aliases > MAX_ALIASES
            ? `Aliases limit of ${MAX_ALIASES} exceeded, found ${aliases}.`
            : null;
      if (!over) return undefined;
      context.reportError(new GraphQLError(over, { extensions: { code: 'QUERY_TOO_COMPLEX' } }));
      return null;
    },
  },
});
