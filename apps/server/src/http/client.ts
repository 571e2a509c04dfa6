import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import proxyaddr from 'proxy-addr';

/** Whether the hop at `address` (0 = the socket's peer) is a proxy whose X-Forwarded-* we believe. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY as express reads `trust proxy`: unset or `false` trusts nobody, `true` every hop,
 * a number that many hops, otherwise addresses/subnets or `loopback`, `linklocal`, `uniquelocal`.
 */
export function compileTrustProxy(setting: string | undefined): TrustProxy {
  const value = setting?.trim() ?? '';
  if (value === '' || value === 'false') return () => false;
  if (value === 'true') return () => true;
  if (/^\d+$/.test(value)) return (_address, hop) => hop < Number(value);
  return proxyaddr.compile(
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** The caller's address: the socket's peer, or what trusted proxies forwarded (express's req.ip). */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string | null {
  return req.socket.remoteAddress ? proxyaddr(req, trust) : null;
}

/** Whether the caller reached us over HTTPS: directly, or per X-Forwarded-Proto of a trusted proxy (express's req.secure). */
export function cameOverHttps(req: IncomingMessage, trust: TrustProxy): boolean {
  if ((req.socket as TLSSocket).encrypted) return true;
  if (!trust(req.socket.remoteAddress ?? '', 0)) return false;
  const header = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}
