import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clinicReply } from './launchGranted';
import { HOLD } from './traces';

// Firefox's WebDriver BiDi interception answers a page's requests but not a
// service worker's script fetch (registration fails), so for Firefox the
// fixtures are served by a local proxy instead: Firefox's proxy prefs send
// every http and https request to it; https goes through CONNECT to a local
// TLS server with a throwaway self-signed certificate for *.uscis.gov and
// example.org (made with openssl; the browser is told to accept it). A
// service worker registers there. Only fixture hosts are answered: nothing
// leaves the machine.
const FIXTURE_HOST = /(^|\.)uscis\.gov$|^example\.org$/;

/** A request to the proxy (http, absolute address) or the TLS server (https), answered from the fixtures. */
const answer = (scheme: 'http' | 'https') => (request: http.IncomingMessage, response: http.ServerResponse) => {
  const url = new URL(request.url ?? '/', `${scheme}://${request.headers.host}`);
  request.resume();
  if (!FIXTURE_HOST.test(url.hostname)) return void response.writeHead(404).end();
  // Never answered: the hand-off page is left waiting for it (see traces.ts); closed with the proxy.
  if (url.pathname === HOLD) return;
  const r = clinicReply(url.href);
  response.writeHead(r.status, { 'content-type': r.contentType, ...r.headers }).end(r.body);
};

export interface FixtureProxy {
  port: number;
  /** Firefox prefs that send its traffic to this proxy. */
  prefs: Record<string, string | number | boolean>;
  close(): void;
}

export async function startFixtureProxy(): Promise<FixtureProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'ach-proxy-'));
  const made = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=uscis.gov',
    '-addext', 'subjectAltName=DNS:uscis.gov,DNS:*.uscis.gov,DNS:example.org',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ]);
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
  const tls = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, answer('https'));
  const proxy = http.createServer(answer('http'));
  proxy.on('connect', (request: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const host = (request.url ?? '').split(':')[0] ?? '';
    if (!FIXTURE_HOST.test(host)) return void socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = net.connect((tls.address() as net.AddressInfo).port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (proxy.address() as net.AddressInfo).port;
  return {
    port,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
    close() {
      proxy.closeAllConnections();
      tls.closeAllConnections();
      proxy.close();
      tls.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
