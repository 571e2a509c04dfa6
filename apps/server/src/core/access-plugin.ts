import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { accessRules, decide } from './access';
import { apiError } from './errors';
import { isPrincipal } from './viewer';
import type { GraphQLContext } from './context';

/** Root field names of an operation, through fragments and inline fragments. */
export function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      names.push(...rootFields(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      names.push(...rootFields(fragments[selection.name.value].selectionSet, fragments, seen));
    }
  }
  return names;
}

/**
 * The one gate every operation passes before it executes: each root field's declared rule
 * against the caller (core/access.ts). Undeclared fields are refused.
 */
export function accessPlugin(production: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw apiError('BAD_USER_INPUT', '本接口不提供订阅（subscription）', { http: { status: 400 } });
          }
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions)
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const viewer = contextValue.viewer;
          for (const field of rootFields(operation.selectionSet, fragments)) {
            if (field === '__typename') continue;
            if (field === '__schema' || field === '__type') {
              // Introspection is for developers; in production only signed-in callers get it.
              if (production && !isPrincipal(viewer))
                throw apiError('UNAUTHENTICATED', '请先登录', { http: { status: 401 } });
              continue;
            }
            const decision = decide(accessRules().get(field), viewer);
            if (decision === 'unauthenticated')
              throw apiError('UNAUTHENTICATED', '请先登录', { http: { status: 401 }, operation: field });
            if (decision === 'forbidden')
              throw apiError('FORBIDDEN', `无权执行 ${field}`, { http: { status: 403 }, operation: field });
          }
        },
      };
    },
  };
}
