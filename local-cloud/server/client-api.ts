import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CloudError } from '../db/cloud-error';
import type { Database } from '../db/database';
import type { AclTag } from '../db/index-declarations';
import { databaseAction } from './database-actions';
import { readJson, RequestRefused, sendJson, sendText, type BodyLimits } from './http-io';

export interface ClientApiDeps {
  db: Database;
  limits: BodyLimits;
}

const READS = new Set([
  'database.getDocument',
  'database.calculateDocument',
  'database.aggregateDocuments',
]);
const OWN_WRITES = new Set([
  'database.insertDocument',
  'database.modifyDocument',
  'database.removeDocument',
]);

/**
 * What the rule lets a client do with an action: `all` documents, only its `own` (`_openid`), or
 * nothing. Collection management and transactions are the admin side's only.
 */
function allowed(rule: AclTag, action: string): 'all' | 'own' | 'none' {
  if (READS.has(action)) {
    if (rule === 'READONLY' || rule === 'ADMINWRITE') return 'all';
    if (rule === 'PRIVATE' && action !== 'database.aggregateDocuments') return 'own';
    return 'none';
  }
  if (OWN_WRITES.has(action) && (rule === 'READONLY' || rule === 'PRIVATE')) return 'own';
  return 'none';
}

/**
 * The database as a mini-program client (`wx.cloud.database()`) reaches it: `POST /client/database`
 * with the caller's openid in `x-wx-openid` and the admin protocol's body (`action`,
 * `collectionName`, `query`, `data` …). Each collection's security rule decides (see
 * `AclTag`); a refusal is `DATABASE_PERMISSION_DENIED` (errCode -502003) and touches nothing.
 * Answers like the admin API: `{requestId, data}` or `{requestId, code, message}`.
 */
export function clientApi({ db, limits }: ClientApiDeps) {
  return async function client(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const openid = req.headers['x-wx-openid'];
    try {
      if (typeof openid !== 'string' || !openid) {
        req.resume();
        throw new CloudError('INVALID_PARAM', 'missing x-wx-openid header (the client user)');
      }
      const body = await readJson(req, limits);
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new CloudError('INVALID_PARAM', 'body must be a JSON object');
      const request = body as Record<string, unknown>;
      const action = typeof request.action === 'string' ? request.action : '';
      const collection = typeof request.collectionName === 'string' ? request.collectionName : '';
      const rule = db.ruleOf(collection);
      const scope = allowed(rule, action);
      if (scope === 'none') {
        throw new CloudError(
          'DATABASE_PERMISSION_DENIED',
          `Permission denied: ${action || '(no action)'} on ${collection || '(no collection)'} (rule ${rule})`,
        );
      }
      const reply = await databaseAction(db, action, request, scope === 'own' ? openid : undefined);
      const data = reply.dataJson ?? JSON.stringify(reply.data ?? {});
      sendText(res, 200, `{"requestId":${JSON.stringify(requestId)},"data":${data}}`);
    } catch (err) {
      if (err instanceof CloudError)
        sendJson(res, 200, { requestId, code: err.code, message: err.message });
      else if (err instanceof RequestRefused)
        sendJson(res, 200, { requestId, code: 'INVALID_PARAM', message: err.message });
      else throw err;
    }
  };
}
