import { ApolloArmor } from '@escape.tech/graphql-armor';

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
  return /(depth|aliases|directives|token|cost) limit of \d+/i.test(message) || /Document contains more tha[nt] \d+ tokens/.test(message);
}
