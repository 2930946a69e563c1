import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Database } from '../db/database';
import type { OpenApiServices } from '../openapi/open-api';
import type { FunctionDeployments } from '../runtime/function-deployments';
import type { FunctionRuntime } from '../runtime/function-runtime';
import { acceptManagementTunnels } from './proxy-tunnel';
import { adminApi } from './admin-api';
import { clientApi } from './client-api';
import { managementApi } from './management-api';
import { devEndpoints } from './dev-endpoints';
import { devGateway } from './dev-gateway';
import { CORS, RequestRefused, sendJson, type BodyLimits } from './http-io';

export interface ServerDeps {
  db: Database;
  /** Functions deployed through the management API. */
  deployments: FunctionDeployments;
  runtime: FunctionRuntime;
  services: OpenApiServices;
  env: string;
  log: (line: string) => void;
  /** The SDK's admin protocol: whole batches of documents (default 20 MiB, 64 levels). */
  adminLimits?: Partial<BodyLimits>;
  /** Function calls through the gateway and between functions (default 1 MiB, 32 levels). */
  callLimits?: Partial<BodyLimits>;
}

export const DEFAULT_ADMIN_LIMITS: BodyLimits = { maxBytes: 20 * 1024 * 1024, maxDepth: 64 };
export const DEFAULT_CALL_LIMITS: BodyLimits = { maxBytes: 1024 * 1024, maxDepth: 32 };

type Route = (req: IncomingMessage, res: ServerResponse, path: string[]) => Promise<void> | void;

/** The path's segments, %-decoded; a malformed escape is the client's error, not the server's. */
function pathOf(req: IncomingMessage): string[] {
  const raw = (req.url ?? '/').split('?', 1)[0];
  const segments = raw.split('/').filter(Boolean);
  if (!raw.includes('%')) return segments; // nothing to decode (the SDK's /admin)
  try {
    return segments.map(decodeURIComponent);
  } catch {
    throw new RequestRefused(400, `malformed %-escape in ${JSON.stringify(raw.slice(0, 200))}`);
  }
}

/**
 * The HTTP face of local-cloud, one module per protocol: the admin API the SDK calls
 * (`admin-api.ts`), the database as a mini-program client reaches it (`client-api.ts`), the development gateway (`dev-gateway.ts`) and the dev endpoints
 * (`dev-endpoints.ts`). Whatever a request holds, it gets an answer and the server stays up.
 */
export function createHttpServer(deps: ServerDeps): Server {
  const { runtime, log } = deps;
  const adminLimits = { ...DEFAULT_ADMIN_LIMITS, ...deps.adminLimits };
  const callLimits = { ...DEFAULT_CALL_LIMITS, ...deps.callLimits };
  const admin = adminApi({ ...deps, limits: adminLimits, callLimits });
  const gateway = devGateway({ runtime, limits: callLimits });
  const client = clientApi({ db: deps.db, limits: callLimits });
  const management = managementApi({
    db: deps.db,
    functions: deps.deployments,
    env: deps.env,
    limits: adminLimits,
    log,
  });
  const dev = devEndpoints(deps.services, callLimits);

  function route(req: IncomingMessage, path: string[]): Route | undefined {
    const [first, second] = path;
    if (req.method === 'POST' && first === 'admin') return (q, s) => admin(q, s, path.slice(1));
    // The management API a deploy calls: TCB_BASE_URL=<url>/tcb, or anything through the proxy
    // tunnel to <service>.tencentcloudapi.com (see proxy-tunnel.ts).
    const service = /^(tcb|scf)\.tencentcloudapi\.com(:443)?$/.exec(String(req.headers.host))?.[1];
    if (req.method === 'POST' && (service === 'tcb' || service === 'scf'))
      return (q, s) => management(q, s, service);
    if (req.method === 'POST' && first === 'tcb' && path.length === 1)
      return (q, s) => management(q, s, 'tcb');
    if (req.method === 'POST' && first === 'client' && second === 'database' && path.length === 2)
      return (q, s) => client(q, s);
    if (req.method === 'POST' && first === 'functions' && second && path.length === 2)
      return (q, s) => gateway(q, s, second);
    if (first === 'dev') return (q, s) => dev(q, s, path.slice(1));
    if (req.method === 'GET' && path.length === 0) {
      return (_q, s) =>
        sendJson(s, 200, { service: 'local-cloud', env: deps.env, functions: runtime.names() });
    }
    return undefined;
  }

  function fail(res: ServerResponse, err: unknown): void {
    if (err instanceof RequestRefused) {
      sendJson(res, err.status, { error: err.message });
      return;
    }
    log(`local-cloud request failed: ${(err as Error)?.stack ?? String(err)}`);
    if (!res.headersSent) sendJson(res, 500, { error: String((err as Error)?.message ?? err) });
    else res.destroy();
  }

  const server = createServer((req, res) => {
    try {
      if (req.method === 'OPTIONS') {
        req.resume();
        res.writeHead(204, CORS);
        res.end();
        return;
      }
      const path = pathOf(req);
      const handler = route(req, path);
      if (!handler) {
        req.resume();
        sendJson(res, 404, { error: `no route ${req.method} /${path.join('/')}` });
        return;
      }
      const handling = handler(req, res, path);
      if (handling) handling.catch((err: unknown) => fail(res, err));
    } catch (err) {
      req.resume();
      fail(res, err);
    }
  });
  acceptManagementTunnels(server, log);
  // Bytes that are not HTTP (a bad request line or header): answer on that socket only.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || socket.destroyed || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });
  return server;
}
