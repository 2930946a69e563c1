import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const nodeRequire = createRequire(__filename);

interface Message<T> {
  decode(buf: Uint8Array): T;
  encode(msg: T): { finish(): Uint8Array };
}

export interface CommApiData {
  apiType?: number;
  openapiData?: { pairs?: { key: string; value: Uint8Array }[] };
  appid?: string;
}

export interface CommOpenApiResp {
  respData?: Uint8Array;
  contentType?: string;
  errorCode?: number;
  httpCode?: number;
}

let cached:
  { CommApiData: Message<CommApiData>; CommOpenApiResp: Message<CommOpenApiResp> } | undefined;

/**
 * The open API protobuf messages, taken from the wx-server-sdk package itself (its bundled
 * `protobuf/openapi` registers them in the protobufjs copy it ships), so the schema never drifts.
 */
export function openApiSchema(): NonNullable<typeof cached> {
  if (cached) return cached;
  const sdkEntry = nodeRequire.resolve('wx-server-sdk');
  nodeRequire(sdkEntry);
  const protobuf = nodeRequire(
    nodeRequire.resolve('protobufjs/minimal', { paths: [dirname(sdkEntry)] }),
  ) as {
    roots: Record<string, Record<string, unknown>>;
  };
  const root = protobuf.roots.default;
  if (!root?.CommApiData || !root.CommOpenApiResp) {
    throw new Error('wx-server-sdk did not register its open API protobuf messages');
  }
  cached = {
    CommApiData: root.CommApiData as unknown as Message<CommApiData>,
    CommOpenApiResp: root.CommOpenApiResp as unknown as Message<CommOpenApiResp>,
  };
  return cached;
}
