import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { cameOverHttps, clientAddress, compileTrustProxy } from './client';

const request = (peer: string, headers: Record<string, string> = {}, encrypted = false) =>
  ({
    socket: { remoteAddress: peer, encrypted },
    headers,
    connection: { remoteAddress: peer },
  }) as unknown as IncomingMessage;

describe('client address and HTTPS behind a proxy', () => {
  const forwarded = { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' };

  it('believes nobody by default: the peer is the client, and X-Forwarded-Proto is ignored', () => {
    const trust = compileTrustProxy(undefined);
    expect(clientAddress(request('127.0.0.1', forwarded), trust)).toBe('127.0.0.1');
    expect(cameOverHttps(request('127.0.0.1', forwarded), trust)).toBe(false);
    expect(cameOverHttps(request('127.0.0.1', {}, true), trust)).toBe(true);
  });

  it('believes the listed proxies only', () => {
    const trust = compileTrustProxy('loopback, 10.0.0.0/8');
    expect(clientAddress(request('127.0.0.1', forwarded), trust)).toBe('203.0.113.7');
    expect(cameOverHttps(request('10.1.2.3', forwarded), trust)).toBe(true);
    expect(clientAddress(request('198.51.100.1', forwarded), trust)).toBe('198.51.100.1');
    expect(cameOverHttps(request('198.51.100.1', forwarded), trust)).toBe(false);
    expect(cameOverHttps(request('127.0.0.1', { 'x-forwarded-proto': 'http, https' }), trust)).toBe(false);
  });

  it('reads a hop count and true like express', () => {
    expect(
      clientAddress(request('198.51.100.1', { 'x-forwarded-for': '203.0.113.9, 192.0.2.1' }), compileTrustProxy('1')),
    ).toBe('192.0.2.1');
    expect(
      clientAddress(
        request('198.51.100.1', { 'x-forwarded-for': '203.0.113.9, 192.0.2.1' }),
        compileTrustProxy('true'),
      ),
    ).toBe('203.0.113.9');
    expect(compileTrustProxy('false')('127.0.0.1', 0)).toBe(false);
  });
});
