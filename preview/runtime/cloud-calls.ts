/**
 * Records every cloud function call the app makes (wx.cloud.callFunction, or wx.request to
 * local-cloud's gateway, the transport the preview's app uses) — when it was sent and answered, and the UTF-8
 * bytes of the JSON answer — in `window.__xpCloudCalls` (read by bench/pages.ts).
 */

export interface CloudCall {
  /** The function and the action (`jobs`, `job.search`). */
  name: string;
  action: string;
  /** performance.now() when sent and when answered, ms. */
  sentAt: number;
  answeredAt: number;
  /** Bytes of JSON.stringify of the function's result. */
  bytes: number;
}

const calls: CloudCall[] = [];
// globalThis, not window: bench/pages.ts type-checks this file under Node's types.
(globalThis as { __xpCloudCalls?: CloudCall[] }).__xpCloudCalls = calls;

const encoder = new TextEncoder();

/** Notes one answered call; `data` is what the app sent (its `action`, when it has one). */
export function recordCloudCall(
  name: string,
  data: unknown,
  sentAt: number,
  result: unknown,
): void {
  const action =
    data && typeof data === 'object' && typeof (data as { action?: unknown }).action === 'string'
      ? (data as { action: string }).action
      : '';
  calls.push({
    name,
    action,
    sentAt: Math.round(sentAt),
    answeredAt: Math.round(performance.now()),
    bytes: encoder.encode(JSON.stringify(result) ?? '').length,
  });
}

/** Notes a call through the gateway: `sent` is the request body (`{ data }`), `text` the answer. */
export function recordGatewayCall(name: string, sent: unknown, sentAt: number, text: string): void {
  let result: unknown;
  try {
    result = (JSON.parse(text) as { result?: unknown }).result;
  } catch {
    return;
  }
  const data = sent && typeof sent === 'object' ? (sent as { data?: unknown }).data : undefined;
  recordCloudCall(name, data, sentAt, result);
}
