import { expect, it } from 'vitest';
import { describeOnDatabases } from '../support/api';

describeOnDatabases('operations endpoints', (api) => {
  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${api().url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${api().url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('echoes a request id and counts requests, latency and errors per operation in /metrics', async () => {
    const res = await fetch(`${api().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'ops-test-1' },
      body: JSON.stringify({ query: 'query OpsProbe { townships { totalCount } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('ops-test-1');
    await api().gql(`query OpsProbe { townships { totalCount } }`);
    const text = await (await fetch(`${api().url}/metrics`)).text();
    expect(text).toMatch(/graphql_requests_total\{operation="OpsProbe"\} [1-9]/);
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="OpsProbe"\} [1-9]/);
    expect(text).toMatch(/graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/);
    expect(text).toMatch(/db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toContain('process_resident_memory_bytes');
  });
});
