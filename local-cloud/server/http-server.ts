import Busboy from 'busboy';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CloudError } from '../db/cloud-error';
import type { Database } from '../db/database';
import { handleOpenApi, type OpenApiServices } from '../openapi/open-api';
import { FunctionCallError, type FunctionRuntime } from '../runtime/function-runtime';
import { databaseAction } from './database-actions';

export interface ServerDeps {
  db: Database;
  runtime: FunctionRuntime;
  services: OpenApiServices;
  env: string;
  log: (line: string) => void;
}

const MAX_BODY = 20 * 1024 * 1024;

const CORS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, x-wx-openid, x-wx-appid, x-wx-unionid',
  'access-control-max-age': '600',
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new CloudError('INVALID_PARAM', 'request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function readMultipart(req: IncomingMessage): Promise<Record<string, string | Buffer>> {
  return new Promise((resolve, reject) => {
    const out: Record<string, string | Buffer> = {};
    const bb = Busboy({ headers: req.headers, limits: { fileSize: MAX_BODY } });
    bb.on('field', (name, value) => (out[name] = value));
    bb.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => (out[name] = Buffer.concat(chunks)));
    });
    bb.on('close', () => resolve(out));
    bb.on('error', reject);
    req.pipe(bb);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...CORS,
  });
  res.end(text);
}

/** The HTTP face of local-cloud: the admin API the SDK calls, the dev gateway, and dev endpoints. */
export function createHttpServer(deps: ServerDeps): Server {
  const { db, runtime, services, log } = deps;

  async function admin(req: IncomingMessage, res: ServerResponse, path: string[]): Promise<void> {
    const requestId = randomUUID();
    // /admin/fn/<function>/<invocation>: which function (and which user's invocation) is calling.
    const functionName = path[1] === 'fn' ? path[2] : undefined;
    const invocation = path[3] ? runtime.invocations.get(path[3]) : undefined;
    const multipart = String(req.headers['content-type'] ?? '').startsWith('multipart/form-data');
    let body: Record<string, unknown>;
    try {
      body = multipart
        ? await readMultipart(req)
        : (JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>);
    } catch (err) {
      sendJson(res, 200, {
        requestId,
        code: 'INVALID_PARAM',
        message: `bad request body: ${(err as Error).message}`,
      });
      return;
    }
    const action = String(body.action ?? '');
    try {
      if (action.startsWith('database.')) {
        const reply = await databaseAction(db, action, body);
        sendJson(res, 200, {
          requestId,
          ...(reply.top ?? {}),
          ...(reply.data !== undefined ? { data: reply.data } : {}),
        });
        return;
      }
      if (action === 'functions.invokeFunction') {
        const target = String(body.function_name ?? '');
        const data = body.request_data ? (JSON.parse(String(body.request_data)) as unknown) : {};
        const identity = invocation?.identity ?? { openid: '' };
        try {
          const result = await runtime.invoke(target, data, identity, 'scf');
          sendJson(res, 200, { requestId, data: { response_data: JSON.stringify(result) } });
        } catch (err) {
          const e = err as FunctionCallError;
          sendJson(res, 200, {
            requestId,
            code: e.errCode === -501000 ? 'FUNCTIONS_REQUEST_FAIL' : 'FUNCTIONS_EXECUTE_FAIL',
            message: e.errMsg ?? e.message,
          });
        }
        return;
      }
      if (action === 'wx.openApi') {
        const apiName = String(body.apiName ?? '');
        const raw = body.requestData;
        const requestData = Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw ?? ''), 'binary');
        const spec = functionName ? runtime.spec(functionName) : undefined;
        const out = await handleOpenApi(
          apiName,
          requestData,
          { functionName, permissions: spec?.openapi },
          services,
        );
        log(
          `local-cloud openapi ${apiName} from ${functionName ?? '(no function)'} ${out.outcome}`,
        );
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': out.body.length,
        });
        res.end(out.body);
        return;
      }
      throw new CloudError(
        'INVALID_ACTION',
        `local-cloud does not implement action ${action || '(none)'}`,
      );
    } catch (err) {
      if (err instanceof CloudError) {
        sendJson(res, 200, { requestId, code: err.code, message: err.message });
      } else {
        log(`local-cloud ${action} failed: ${(err as Error).stack ?? String(err)}`);
        sendJson(res, 200, {
          requestId,
          code: 'SYS_ERR',
          message: (err as Error).message ?? String(err),
        });
      }
    }
  }

  async function gateway(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const requestID = randomUUID();
    const openid = String(req.headers['x-wx-openid'] ?? '');
    if (!openid) {
      sendJson(res, 401, {
        errCode: -501007,
        errMsg: 'cloud.callFunction:fail missing x-wx-openid header (development identity)',
        requestID,
      });
      return;
    }
    let data: unknown;
    try {
      const text = (await readBody(req)).toString('utf8');
      data = text ? (JSON.parse(text) as { data?: unknown }).data : undefined;
    } catch {
      sendJson(res, 400, {
        errCode: -501007,
        errMsg: 'cloud.callFunction:fail body must be JSON {"data": ...}',
        requestID,
      });
      return;
    }
    try {
      const identity = {
        openid,
        appid: req.headers['x-wx-appid'] ? String(req.headers['x-wx-appid']) : undefined,
        unionid: req.headers['x-wx-unionid'] ? String(req.headers['x-wx-unionid']) : undefined,
      };
      const result = await runtime.invoke(name, data ?? {}, identity);
      sendJson(res, 200, { result, requestID });
    } catch (err) {
      const e = err as FunctionCallError;
      sendJson(res, 500, {
        errCode: e.errCode ?? -504002,
        errMsg: `cloud.callFunction:fail ${e.errCode ?? ''} ${e.errMsg ?? e.message}`,
        requestID,
      });
    }
  }

  async function dev(req: IncomingMessage, res: ServerResponse, path: string[]): Promise<void> {
    const what = path[1];
    if (req.method === 'POST' && what === 'subscriptions') {
      const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as {
        openid?: string;
        templateIds?: string[];
      };
      if (!body.openid || !Array.isArray(body.templateIds)) {
        sendJson(res, 400, { error: 'body must be { openid, templateIds: string[] }' });
        return;
      }
      body.templateIds.forEach((t) => services.subscriptions.grant(String(body.openid), t));
      sendJson(res, 200, { ok: true });
      return;
    }
    if (req.method === 'GET' && what === 'outbox') {
      sendJson(res, 200, services.subscriptions.outbox);
      return;
    }
    if (req.method === 'GET' && what === 'wxacodes') {
      const id = path[2]?.replace(/\.png$/, '');
      if (!id) {
        sendJson(
          res,
          200,
          services.wxacode.images.map(({ id: n, page, scene, at }) => ({
            id: n,
            page,
            scene,
            at,
            url: `/dev/wxacodes/${n}.png`,
          })),
        );
        return;
      }
      const image = services.wxacode.images.find((i) => String(i.id) === id);
      if (!image) {
        sendJson(res, 404, { error: 'no such image' });
        return;
      }
      res.writeHead(200, {
        'content-type': 'image/png',
        'content-length': image.png.length,
        ...CORS,
      });
      res.end(image.png);
      return;
    }
    sendJson(res, 404, { error: `unknown dev endpoint ${path.join('/')}` });
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const path = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    let handling: Promise<void>;
    if (req.method === 'POST' && path[0] === 'admin') handling = admin(req, res, path);
    else if (req.method === 'POST' && path[0] === 'functions' && path[1])
      handling = gateway(req, res, path[1]);
    else if (path[0] === 'dev') handling = dev(req, res, path);
    else if (req.method === 'GET' && path.length === 0) {
      sendJson(res, 200, { service: 'local-cloud', env: deps.env, functions: runtime.names() });
      return;
    } else {
      sendJson(res, 404, { error: `no route ${req.method} ${url.pathname}` });
      return;
    }
    handling.catch((err: unknown) => {
      log(`local-cloud request failed: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { error: String((err as Error).message ?? err) });
    });
  });
}
