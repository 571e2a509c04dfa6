import { expect, it } from 'vitest';
import { describeOnDatabases, loginToken } from '../support/api';

// JSON POSTs to /graphql skip express (http/graphql-endpoint.ts); /graphql/ still goes through
// express's body parser and Apollo's express integration. Both must answer alike.
const JSON_CT = { 'content-type': 'application/json' };
const CASES: { label: string; headers?: Record<string, string>; body: string | Buffer }[] = [
  {
    label: 'a query',
    body: JSON.stringify({ query: 'query Probe { townships(page: { limit: 2 }) { totalCount nodes { name } } }' }),
  },
  {
    label: 'variables and operationName',
    body: JSON.stringify({
      query: 'query A { __typename } query B($n: Int!) { members(page: { limit: $n }) { totalCount } }',
      operationName: 'B',
      variables: { n: 1 },
    }),
  },
  { label: 'broken JSON', body: '{"query": "{ __typename }"' },
  { label: 'a JSON string', body: '"{ __typename }"' },
  { label: 'a JSON number', body: '42' },
  { label: 'an empty body', body: '' },
  { label: 'a byte-order mark', body: `\uFEFF${JSON.stringify({ query: '{ __typename }' })}` },
  { label: 'a batch array', body: JSON.stringify([{ query: '{ __typename }' }]) },
  { label: 'no query', body: JSON.stringify({ variables: {} }) },
  {
    label: 'charset utf-8',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ query: '{ __typename }' }),
  },
  { label: 'over 1 MB', body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1024 * 1024)}` }) },
  {
    label: 'a bad token',
    headers: { authorization: 'Bearer nonsense' },
    body: JSON.stringify({ query: '{ townships { totalCount } }' }),
  },
  { label: 'a syntax error', body: JSON.stringify({ query: '{ townships { ' }) },
  {
    label: 'a wrong variable type',
    body: JSON.stringify({
      query: 'query($n: Int!) { members(page: { limit: $n }) { totalCount } }',
      variables: { n: 'many' },
    }),
  },
];

const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'strict-transport-security',
  'cross-origin-opener-policy',
];

describeOnDatabases('the /graphql fast path', (api) => {
  it('answers every request as the express route does: status, content type and body', async () => {
    const token = await loginToken(api().url, 'admin');
    for (const c of CASES) {
      const send = async (path: string) => {
        const res = await fetch(`${api().url}${path}`, {
          method: 'POST',
          headers: { ...JSON_CT, authorization: `Bearer ${token}`, ...c.headers },
          body: c.body,
        });
        const security = Object.fromEntries(SECURITY_HEADERS.map((h) => [h, res.headers.get(h)]));
        return {
          status: res.status,
          type: res.headers.get('content-type'),
          security,
          body: await res.text(),
          requestId: res.headers.get('x-request-id'),
        };
      };
      const [fast, express] = [await send('/graphql'), await send('/graphql/')];
      expect(fast.requestId, c.label).toBeTruthy();
      expect({ status: fast.status, type: fast.type, security: fast.security, body: fast.body }, c.label).toEqual({
        status: express.status,
        type: express.type,
        security: express.security,
        body: express.body,
      });
      expect(fast.security['content-security-policy'], c.label).toBeTruthy();
      if (fast.status >= 400)
        expect(JSON.parse(fast.body).errors[0].extensions.code, c.label).toMatch(
          /^(BAD_USER_INPUT|UNAUTHENTICATED|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED)$/,
        );
    }
  });
});
