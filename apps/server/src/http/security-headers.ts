import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { cameOverHttps, type TrustProxy } from './client';

/**
 * The console's Content-Security-Policy: scripts only from our own files (no eval, no inline
 * script); inline styles because MUI (emotion) inserts <style> elements at run time; images also
 * as data:/blob: URLs (the chart PNG export draws an SVG blob onto a canvas); no framing anywhere.
 */
const DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const HSTS = `max-age=${180 * 24 * 3600}; includeSubDomains`;

/**
 * Sets the security headers on one response; express and the /graphql fast path both call it,
 * so every answer carries the same set. HSTS only for requests that came over HTTPS: over plain
 * HTTP on the county's intranet it would be meaningless, and a proxy's word counts only when
 * TRUST_PROXY trusts it.
 */
export function securityHeaders(trust: TrustProxy): (req: IncomingMessage, res: ServerResponse) => void {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  return (req, res) => {
    // helmet only sets headers and calls next synchronously
    headers(req, res, () => {});
    if (cameOverHttps(req, trust)) res.setHeader('strict-transport-security', HSTS);
  };
}
