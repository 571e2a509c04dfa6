import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  Kind,
  type DocumentNode,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';

import { isMultilineField, normaliseText, textProblem } from '@cppcc/domain';
import type { GraphQLContext } from './context';
import { apiError } from './errors';

// Iterative walks: variables may nest thousands deep before graphql-js refuses them.
function firstProblem(value: unknown, path: string): { field: string; message: string } | null {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0) {
    const [item, at] = stack.pop()!;
    if (typeof item === 'string') {
      const problem = textProblem(item, isMultilineField(at));
      if (problem) return { field: at, message: `${at}: ${problem}` };
    } else if (item && typeof item === 'object') {
      const entries = Array.isArray(item) ? item.map((v, i) => [String(i), v] as const) : Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i][1], `${at}.${entries[i][0]}`]);
    }
  }
  return null;
}

/** NFC in place over a JSON value (the request's variables). */
function normaliseDeep(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop() as Record<string, unknown> | unknown[];
    if (!item || typeof item !== 'object') continue;
    for (const key of Object.keys(item)) {
      const inner = (item as Record<string, unknown>)[key];
      if (typeof inner === 'string') (item as Record<string, unknown>)[key] = normaliseText(inner);
      else if (inner && typeof inner === 'object') stack.push(inner);
    }
  }
}

/** The root fields of the operation, through fragments. */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, out: import('graphql').FieldNode[] = []) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(selection.selectionSet, document, out);
    else {
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) rootFields(fragment.selectionSet, document, out);
    }
  }
  return out;
}

/**
 * Text hygiene, once for every operation (packages/domain rules/text.ts): every string argument
 * of every root field — inputs, filters, ids, at any depth — is checked, and refused with
 * BAD_USER_INPUT naming the field when it holds control, bidirectional-override or lone
 * surrogate characters; variables and literals are NFC-normalised before execution.
 */
export function textHygienePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, schema, document }) {
          if (!operation) return;
          const root: GraphQLObjectType | null | undefined =
            operation.operation === 'mutation'
              ? schema.getMutationType()
              : operation.operation === 'query'
                ? schema.getQueryType()
                : undefined;
          if (!root) return;
          const variables = (request.variables ?? {}) as Record<string, unknown>;
          for (const node of rootFields((operation as OperationDefinitionNode).selectionSet, document)) {
            const def = root.getFields()[node.name.value];
            if (!def || !node.arguments?.length) continue;
            let args: Record<string, unknown>;
            try {
              args = getArgumentValues(def, node, variables);
            } catch {
              continue; // invalid arguments: execution reports them
            }
            for (const [name, value] of Object.entries(args)) {
              const found = firstProblem(value, name);
              if (found) throw apiError('BAD_USER_INPUT', found.message, { field: found.field, http: { status: 400 } });
            }
          }
          if (request.variables) normaliseDeep(request.variables);
          // literals: the parsed document is Apollo's cached copy; NFC is idempotent, so normalising it in place is safe
          visit(document, {
            StringValue(node) {
              const nfc = normaliseText(node.value);
              if (nfc !== node.value) (node as { value: string }).value = nfc;
            },
          });
        },
      };
    },
  };
}
