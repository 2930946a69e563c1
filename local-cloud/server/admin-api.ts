import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CloudError } from '../db/cloud-error';
import type { Database } from '../db/database';
import { handleOpenApi, type OpenApiServices } from '../openapi/open-api';
import type { FunctionCallError, FunctionRuntime } from '../runtime/function-runtime';
import { databaseAction } from './database-actions';
import {
  parseJsonWithin,
  readBody,
  readMultipart,
  RequestRefused,
  sendText,
  type BodyLimits,
} from './http-io';

export interface AdminApiDeps {
  db: Database;
  runtime: FunctionRuntime;
  services: OpenApiServices;
  log: (line: string) => void;
  limits: BodyLimits;
  /** Limits of a function call's event (`request_data`). */
  callLimits: BodyLimits;
}

/** `{"requestId":"…",` — the start of every reply, without a JSON.stringify of the envelope. */
const head = (requestId: string): string => `{"requestId":"${requestId}"`;

function sendError(res: ServerResponse, requestId: string, code: string, message: string): void {
  sendText(
    res,
    200,
    `${head(requestId)},"code":${JSON.stringify(code)},"message":${JSON.stringify(message)}}`,
    false,
  );
}

/**
 * The CloudBase admin protocol the SDK speaks: `POST /admin[/fn/<function>/<invocation>]` with a
 * JSON (or, for open APIs, multipart) body naming an `action`; every answer is HTTP 200 with
 * `{requestId, data}` or `{requestId, code, message}`.
 */
export function adminApi(deps: AdminApiDeps) {
  const { db, runtime, services, log, limits, callLimits } = deps;

  async function readRequest(req: IncomingMessage): Promise<Record<string, unknown>> {
    if (String(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
      return readMultipart(req, limits.maxBytes);
    }
    const body = parseJsonWithin(await readBody(req, limits.maxBytes), limits.maxDepth);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new RequestRefused(400, 'body must be a JSON object');
    }
    return body as Record<string, unknown>;
  }

  async function invokeFunction(
    res: ServerResponse,
    requestId: string,
    body: Record<string, unknown>,
    caller: string | undefined,
  ): Promise<void> {
    const target = String(body.function_name ?? '');
    const event = String(body.request_data ?? '');
    if (Buffer.byteLength(event) > callLimits.maxBytes) {
      throw new RequestRefused(413, `request_data larger than ${callLimits.maxBytes} bytes`);
    }
    const data = event ? parseJsonWithin(event, callLimits.maxDepth) : {};
    const identity = (caller ? runtime.invocations.get(caller)?.identity : undefined) ?? {
      openid: '',
    };
    try {
      const result = await runtime.invoke(target, data, identity, 'scf');
      sendText(
        res,
        200,
        `${head(requestId)},"data":{"response_data":${JSON.stringify(JSON.stringify(result))}}}`,
        false,
      );
    } catch (err) {
      const e = err as FunctionCallError;
      sendError(
        res,
        requestId,
        e.errCode === -501000 ? 'FUNCTIONS_REQUEST_FAIL' : 'FUNCTIONS_EXECUTE_FAIL',
        e.errMsg ?? e.message,
      );
    }
  }

  async function openApi(
    res: ServerResponse,
    body: Record<string, unknown>,
    functionName: string | undefined,
  ): Promise<void> {
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
    log(`local-cloud openapi ${apiName} from ${functionName ?? '(no function)'} ${out.outcome}`);
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': out.body.length,
    });
    res.end(out.body);
  }

  /** Serves one admin request; `path` is the decoded path after `/admin`. */
  return async function admin(
    req: IncomingMessage,
    res: ServerResponse,
    path: string[],
  ): Promise<void> {
    const requestId = randomUUID();
    // /admin/fn/<function>/<invocation>: which function (and which user's invocation) is calling.
    const functionName = path[0] === 'fn' ? path[1] : undefined;
    const invocation = path[0] === 'fn' ? path[2] : undefined;
    let body: Record<string, unknown>;
    try {
      body = await readRequest(req);
    } catch (err) {
      sendError(res, requestId, 'INVALID_PARAM', `bad request body: ${(err as Error).message}`);
      return;
    }
    const action = typeof body.action === 'string' ? body.action : '';
    try {
      if (action.startsWith('database.')) {
        const reply = await databaseAction(db, action, body);
        let text = head(requestId);
        if (reply.top)
          for (const [k, v] of Object.entries(reply.top)) text += `,"${k}":${JSON.stringify(v)}`;
        if (reply.dataJson !== undefined) text += `,"data":${reply.dataJson}`;
        else if (reply.data !== undefined) text += `,"data":${JSON.stringify(reply.data)}`;
        sendText(res, 200, `${text}}`, false);
      } else if (action === 'functions.invokeFunction') {
        await invokeFunction(res, requestId, body, invocation);
      } else if (action === 'wx.openApi') {
        await openApi(res, body, functionName);
      } else {
        throw new CloudError(
          'INVALID_ACTION',
          `local-cloud does not implement action ${action || '(none)'}`,
        );
      }
    } catch (err) {
      if (err instanceof CloudError) {
        sendError(res, requestId, err.code, err.message);
      } else if (err instanceof RequestRefused) {
        sendError(res, requestId, 'INVALID_PARAM', err.message);
      } else {
        log(`local-cloud ${action} failed: ${(err as Error).stack ?? String(err)}`);
        sendError(res, requestId, 'SYS_ERR', (err as Error).message ?? String(err));
      }
    }
  };
}
