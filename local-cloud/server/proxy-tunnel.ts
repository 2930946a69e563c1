import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { createSecureContext, TLSSocket } from 'node:tls';

/** The test certificate local-cloud presents for `*.tencentcloudapi.com` (see tls/README.md). */
export const TEST_CA_FILE = join(__dirname, '..', 'tls', 'tencentcloudapi-test.crt');

/**
 * Lets local-cloud stand in as the HTTP proxy of a management client (`@cloudbase/manager-node`'s
 * `proxy` option): `CONNECT <service>.tencentcloudapi.com:443` is answered, the tunnel's TLS is
 * terminated with the test certificate, and the requests inside are served by this same server
 * (routed by their Host). Any other CONNECT is refused: local-cloud reaches nothing outside.
 */
export function acceptManagementTunnels(server: Server, log: (line: string) => void): void {
  let context: ReturnType<typeof createSecureContext> | undefined;
  server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = String(req.url ?? '');
    if (!/^[a-z]+\.tencentcloudapi\.com:443$/.test(target)) {
      log(`local-cloud proxy: refused CONNECT ${target}`);
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    context ??= createSecureContext({
      key: readFileSync(TEST_CA_FILE.replace(/\.crt$/, '.key')),
      cert: readFileSync(TEST_CA_FILE),
    });
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    const tls = new TLSSocket(socket, { isServer: true, secureContext: context });
    tls.on('error', () => socket.destroy());
    server.emit('connection', tls);
  });
}
