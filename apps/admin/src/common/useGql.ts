// Custom queries and mutations of the pages that are not react-admin resources (analytics,
// assessment scheme, duty rules, proposal workflow): react-query over graphql.ts.
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { gqlRequest } from '../graphql';

export function useGqlQuery<T, V>(
  key: readonly unknown[],
  query: TypedDocumentString<T, V>,
  variables: V,
  options: Omit<UseQueryOptions<T, Error, T, readonly unknown[]>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<T, Error, T, readonly unknown[]>({
    queryKey: key,
    queryFn: ({ signal }) => gqlRequest(query, variables, { signal }),
    staleTime: 60_000,
    ...options,
  });
}

/** A mutation; `invalidate` lists query keys (prefixes) to refetch after success. */
export function useGqlMutation<T, V>(
  query: TypedDocumentString<T, V>,
  invalidate: readonly (readonly unknown[])[] = [],
  versioned = false,
) {
  const client = useQueryClient();
  return useMutation<T, Error, V>({
    mutationFn: (variables: V) => gqlRequest(query, variables, { versioned }),
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}
