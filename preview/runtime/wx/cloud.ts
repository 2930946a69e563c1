/**
 * The network: wx.cloud.callFunction through local-cloud's gateway (`POST {url}/functions/<fn>`
 * with `x-wx-openid`, as the user of the gateway entry in storage), and wx.request with fetch.
 */
import { recordCloudCall, recordGatewayCall } from '../cloud-calls';
import { config, currentOpenid, gatewayEntry } from '../config';
import { api, fail, type Callbacks, type WxFamily } from './api';

/** local-cloud's URL and the openid the calls are made as; undefined without a local-cloud. */
export function gateway(): { url: string; openid: string } | undefined {
  const g = gatewayEntry();
  const url = (g && g.url) || config.cloudUrl;
  if (!url) return undefined;
  return { url, openid: (g && g.openid) || currentOpenid() || 'o-preview-user' };
}

interface RequestOptions {
  url: string;
  method?: string;
  header?: Record<string, string>;
  data?: unknown;
  dataType?: string;
  responseType?: string;
}

async function httpRequest(options: RequestOptions) {
  const method = String(options.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.header ?? {})) headers[k] = String(v);
  let url = String(options.url);
  let body: string | undefined;
  const data = options.data;
  if (method === 'GET' && data && typeof data === 'object') {
    const qs = new URLSearchParams(Object.entries(data).map(([k, v]) => [k, String(v)])).toString();
    if (qs) url += (url.includes('?') ? '&' : '?') + qs;
  } else if (data !== undefined) {
    body = typeof data === 'string' ? data : JSON.stringify(data);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json';
  }
  const sentAt = performance.now();
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  // The app's development transport calls local-cloud's gateway by wx.request.
  const fn = /\/functions\/([^/?]+)$/.exec(url)?.[1];
  if (fn && res.status === 200) recordGatewayCall(decodeURIComponent(fn), data, sentAt, text);
  let parsed: unknown = text;
  if (options.dataType !== '其他' && options.responseType !== 'text') {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  const header: Record<string, string> = {};
  res.headers.forEach((v, k) => (header[k] = v));
  return { data: parsed, statusCode: res.status, header };
}

const request = api('request', httpRequest);

export const cloudApis: WxFamily = {
  request: (options: RequestOptions & Callbacks) => {
    const controller = {
      abort: () => undefined,
      onHeadersReceived: () => undefined,
      offHeadersReceived: () => undefined,
    };
    void request(
      options.success || options.fail || options.complete
        ? options
        : { ...options, success: () => undefined },
    );
    return controller;
  },
  cloud: {
    init: () => undefined,
    callFunction: api('cloud.callFunction', async (o: { name: string; data?: unknown }) => {
      const g = gateway();
      if (!g)
        throw fail('cloud.callFunction', 'no local-cloud (start the preview with a cloudUrl)');
      const sentAt = performance.now();
      const res = await fetch(`${g.url}/functions/${encodeURIComponent(o.name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': g.openid },
        body: JSON.stringify({ data: o.data ?? {} }),
      });
      const body = (await res.json()) as { result?: unknown; error?: unknown };
      if (res.status !== 200)
        throw fail('cloud.callFunction', `gateway answered ${res.status}: ${JSON.stringify(body)}`);
      recordCloudCall(o.name, o.data, sentAt, body.result);
      return { result: body.result, requestID: `preview-${Date.now()}` };
    }),
    getTempFileURL: api('cloud.getTempFileURL', (o: { fileList: string[] }) => ({
      fileList: o.fileList.map((f) => ({ fileID: f, tempFileURL: f, status: 0 })),
    })),
    uploadFile: api('cloud.uploadFile', (o: { cloudPath: string }) => ({
      fileID: `cloud://preview/${o.cloudPath}`,
    })),
  },
  downloadFile: api('downloadFile', (o: { url: string }) => ({
    tempFilePath: o.url,
    statusCode: 200,
  })),
};
