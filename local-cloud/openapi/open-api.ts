import { openApiSchema } from './protobuf-schema';
import type { SecCheck } from './sec-check';
import type { Subscriptions } from './subscriptions';
import type { Wxacode } from './wxacode';

/** errorCode the real service answers when a function's config.json does not list the API. */
export const NO_PERMISSION = -604101;

export interface OpenApiCaller {
  /** The calling function, or undefined for a script outside any function. */
  functionName?: string;
  /** The APIs that function's config.json lists in permissions.openapi. */
  permissions?: string[];
}

export interface OpenApiServices {
  secCheck: SecCheck;
  subscriptions: Subscriptions;
  wxacode: Wxacode;
}

function reply(resp: { respData?: Uint8Array; contentType?: string; errorCode?: number }): Buffer {
  const { CommOpenApiResp } = openApiSchema();
  return Buffer.from(
    CommOpenApiResp.encode({ httpCode: 200, errorCode: 0, contentType: '', ...resp }).finish(),
  );
}

const json = (body: Record<string, unknown>): Buffer =>
  reply({
    respData: Buffer.from(JSON.stringify(body)),
    contentType: 'application/json; charset=utf-8',
  });

/** Decodes the SDK's protobuf request into the (snake_case) parameters it carries. */
export function decodeParams(requestData: Buffer): Record<string, unknown> {
  const { CommApiData } = openApiSchema();
  const msg = CommApiData.decode(requestData);
  const params: Record<string, unknown> = {};
  for (const pair of msg.openapiData?.pairs ?? []) {
    const text = Buffer.from(pair.value).toString('utf8');
    try {
      params[pair.key] = JSON.parse(text);
    } catch {
      params[pair.key] = text;
    }
  }
  return params;
}

/** Handles `wx.openApi`: answers a protobuf CommOpenApiResp, as the real service does. */
export async function handleOpenApi(
  apiName: string,
  requestData: Buffer,
  caller: OpenApiCaller,
  services: OpenApiServices,
): Promise<{ body: Buffer; params: Record<string, unknown>; outcome: string }> {
  if (caller.functionName !== undefined && !(caller.permissions ?? []).includes(apiName)) {
    return {
      body: reply({ errorCode: NO_PERMISSION }),
      params: {},
      outcome: `refused ${NO_PERMISSION}`,
    };
  }
  const params = decodeParams(requestData);
  let result: Record<string, unknown>;
  switch (apiName) {
    case 'security.msgSecCheck':
      result = services.secCheck.check(params);
      break;
    case 'subscribeMessage.send':
      result = services.subscriptions.send(params);
      break;
    case 'wxacode.getUnlimited': {
      const r = await services.wxacode.getUnlimited(params);
      if (r.png)
        return {
          body: reply({ respData: r.png, contentType: 'image/png' }),
          params,
          outcome: 'image',
        };
      result = r.json ?? {};
      break;
    }
    default:
      result = { errcode: -1, errmsg: `local-cloud does not emulate ${apiName}` };
  }
  return { body: json(result), params, outcome: `errcode ${result.errcode ?? 0}` };
}
