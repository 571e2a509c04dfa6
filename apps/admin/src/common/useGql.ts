// Custom queries and mutations of the pages that are not react-admin resources (analytics,
// assessment scheme, duty rules, proposal workflow): react-query over graphql.ts.
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { gqlRequest } from '../graphql';

export function useGqlQuery<T>(
  key: readonly unknown[],
  query: string,
  variables: Record<string, unknown>,
  options: Omit<UseQueryOptions<T, Error, T, readonly unknown[]>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<T, Error, T, readonly unknown[]>({
    queryKey: key,
    queryFn: ({ signal }) => gqlRequest<T>(query, variables, { signal }),
    staleTime: 60_000,
    ...options,
  });
}

/** A mutation; `invalidate` lists query keys (prefixes) to refetch after success. */
export function useGqlMutation<T, V extends Record<string, unknown>>(query: string, invalidate: readonly (readonly unknown[])[] = [], versioned = false) {
  const client = useQueryClient();
  return useMutation<T, Error, V>({
    mutationFn: (variables: V) => gqlRequest<T>(query, variables, { versioned }),
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}
