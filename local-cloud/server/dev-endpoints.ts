import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpenApiServices } from '../openapi/open-api';
import { CORS, readJson, sendJson, type BodyLimits } from './http-io';

/**
 * Development endpoints beside the SDK's protocol: `POST /dev/subscriptions` records consents
 * (what accepting wx.requestSubscribeMessage gives), `GET /dev/outbox` lists sent messages,
 * `GET /dev/wxacodes[/<id>.png]` lists or serves generated codes.
 */
export function devEndpoints(services: OpenApiServices, limits: BodyLimits) {
  return async function dev(
    req: IncomingMessage,
    res: ServerResponse,
    path: string[],
  ): Promise<void> {
    const what = path[0];
    if (req.method === 'POST' && what === 'subscriptions') {
      const body = (await readJson(req, limits)) as { openid?: unknown; templateIds?: unknown };
      if (
        typeof body !== 'object' ||
        body === null ||
        typeof body.openid !== 'string' ||
        !body.openid ||
        !Array.isArray(body.templateIds)
      ) {
        sendJson(res, 400, { error: 'body must be { openid, templateIds: string[] }' });
        return;
      }
      const openid = body.openid;
      body.templateIds.forEach((t) => services.subscriptions.grant(openid, String(t)));
      sendJson(res, 200, { ok: true });
      return;
    }
    req.resume();
    if (req.method === 'GET' && what === 'outbox') {
      sendJson(res, 200, services.subscriptions.outbox);
      return;
    }
    if (req.method === 'GET' && what === 'wxacodes') {
      const id = path[1]?.replace(/\.png$/, '');
      if (!id) {
        sendJson(
          res,
          200,
          services.wxacode.images.map(({ id: n, page, scene, envVersion, at }) => ({
            id: n,
            page,
            scene,
            envVersion,
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
    sendJson(res, 404, { error: `unknown dev endpoint /dev/${path.join('/')}` });
  };
}
