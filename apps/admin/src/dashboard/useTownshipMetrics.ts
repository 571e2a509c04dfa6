import { useQueries } from '@tanstack/react-query';
import { gqlRequest } from '../graphql';
import { TOWNSHIP_METRICS_QUERY } from './analytics';

/** townshipMetrics for each township, in parallel (cached per township and year range). */
export function useTownshipMetrics(townshipIds: string[], fromYear: number, toYear: number) {
  const results = useQueries({
    queries: townshipIds.map((townshipId) => ({
      queryKey: ['townshipMetrics', townshipId, fromYear, toYear],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        gqlRequest(TOWNSHIP_METRICS_QUERY, { townshipId, fromYear, toYear }, { signal }).then((r) => r.townshipMetrics),
      staleTime: 60_000,
    })),
  });
  return {
    series: townshipIds.map((townshipId, i) => ({ townshipId, years: results[i]?.data })),
    loading: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}
