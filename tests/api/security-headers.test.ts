import { expect, it } from 'vitest';
import { describeOnDatabases, loginToken } from '../support/api';

// Every answer — the console, express routes and the /graphql fast path — carries the same
// security headers; HSTS only when the request reached the (trusted) proxy over HTTPS.
const QUERY = JSON.stringify({ query: '{ __typename }' });

describeOnDatabases(
  'security headers',
  (api) => {
    const requests = (): [string, string, RequestInit][] => [
      ['console', '/', {}],
      ['console HEAD', '/', { method: 'HEAD' }],
      ['fast path', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY }],
      [
        'express /graphql',
        '/graphql/',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY },
      ],
      [
        'GET /graphql',
        `/graphql?query=${encodeURIComponent('{ __typename }')}`,
        { headers: { 'apollo-require-preflight': 'true' } },
      ],
      ['HEAD /graphql', '/graphql', { method: 'HEAD' }],
      ['health', '/healthz', {}],
      ['an error', '/export/comparison.xlsx?year=2024', {}],
      [
        'bad JSON on the fast path',
        '/graphql',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' },
      ],
    ];

    it('sends CSP (no unsafe-eval, no framing), nosniff, X-Frame-Options and Referrer-Policy on every answer, HSTS not over plain HTTP', async () => {
      for (const [label, path, init] of requests()) {
        const res = await fetch(`${api().url}${path}`, init);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp, label).toContain("default-src 'self'");
        expect(csp, label).toContain("script-src 'self'");
        expect(csp, label).toContain("frame-ancestors 'none'");
        expect(csp, label).toContain("object-src 'none'");
        expect(csp, label).not.toContain('unsafe-eval');
        expect(csp, label).not.toContain('upgrade-insecure-requests');
        expect(res.headers.get('x-content-type-options'), label).toBe('nosniff');
        expect(res.headers.get('x-frame-options'), label).toBe('DENY');
        expect(res.headers.get('referrer-policy'), label).toBe('no-referrer');
        expect(res.headers.get('strict-transport-security'), label).toBeNull();
      }
    });

    it('adds Strict-Transport-Security when the trusted proxy says the request came over HTTPS', async () => {
      for (const [label, path, init] of requests()) {
        const res = await fetch(`${api().url}${path}`, {
          ...init,
          headers: { ...(init.headers as Record<string, string>), 'x-forwarded-proto': 'https' },
        });
        expect(res.headers.get('strict-transport-security'), label).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
      }
    });

    it('serves files and answers with the same headers when signed in', async () => {
      const token = await loginToken(api().url, 'leader');
      const res = await fetch(`${api().url}/export/comparison.xlsx?year=2024`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    });
  },
  { trustProxy: 'loopback' },
);
