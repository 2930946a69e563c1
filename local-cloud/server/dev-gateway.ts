import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FunctionCallError, FunctionRuntime } from '../runtime/function-runtime';
import { readJson, RequestRefused, sendJson, type BodyLimits } from './http-io';

export interface DevGatewayDeps {
  runtime: FunctionRuntime;
  limits: BodyLimits;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === 'string' && v ? v : undefined;
};

/**
 * The development gateway a browser or DevTools build calls instead of wx.cloud.callFunction:
 * `POST /functions/<name>` with `{"data": ...}` and the caller's identity in `x-wx-openid`
 * (`x-wx-appid`, `x-wx-unionid`). Answers `200 {result, requestID}`, or a status and
 * `{errCode, errMsg, requestID}` like callFunction's fail: 401 without an openid, 400 for a body
 * that is not JSON or nests deeper than any call needs, 413 for one larger than `limits.maxBytes`,
 * 500 when the function fails.
 */
export function devGateway({ runtime, limits }: DevGatewayDeps) {
  return async function gateway(
    req: IncomingMessage,
    res: ServerResponse,
    name: string,
  ): Promise<void> {
    const requestID = randomUUID();
    const openid = header(req, 'x-wx-openid');
    if (!openid) {
      req.resume();
      sendJson(res, 401, {
        errCode: -501007,
        errMsg: 'cloud.callFunction:fail missing x-wx-openid header (development identity)',
        requestID,
      });
      return;
    }
    let data: unknown;
    try {
      const body = await readJson(req, limits);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new RequestRefused(400, 'body must be a JSON object {"data": ...}');
      }
      data = (body as { data?: unknown }).data;
    } catch (err) {
      const refused = err instanceof RequestRefused ? err : new RequestRefused(400, String(err));
      sendJson(res, refused.status, {
        errCode: -501007,
        errMsg: `cloud.callFunction:fail ${refused.message}; send {"data": ...} as JSON`,
        requestID,
      });
      return;
    }
    try {
      const identity = {
        openid,
        appid: header(req, 'x-wx-appid'),
        unionid: header(req, 'x-wx-unionid'),
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
  };
}
