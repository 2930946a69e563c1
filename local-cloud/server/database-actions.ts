import { CloudError } from '../db/cloud-error';
import type { Database } from '../db/database';
import { parseWire, toWire, toWireString, type Doc } from '../db/ejson';

type Body = Record<string, unknown>;

/** What an action answers: `data` for the reply's data field, plus top-level fields. */
export interface ActionReply {
  data?: unknown;
  /** `data` already serialised (instead of `data`: skips a JSON.stringify of EJSON strings). */
  dataJson?: string;
  top?: Record<string, unknown>;
}

/** A reply's list: each document's EJSON text as a JSON string, written in one pass. */
const wireList = (docs: Doc[]): string => `[${docs.map(toWireString).join(',')}]`;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function collectionName(body: Body): string {
  const name = str(body.collectionName);
  if (!name) throw new CloudError('INVALID_PARAM', 'collectionName is required');
  return name;
}

function stages(body: Body, now: () => number): Doc[] {
  const list = Array.isArray(body.stages)
    ? (body.stages as { stageKey: string; stageValue: unknown }[])
    : [];
  return list.map((s) => ({ [s.stageKey]: parseWire(s.stageValue, now) }));
}

/** The request's query; a creator-rule client's narrowed to its own documents. */
function filterOf(body: Body, now: () => number, owner: string | undefined): Doc {
  const asked = (parseWire(body.query, now) as Doc | undefined) ?? {};
  return owner === undefined ? asked : { $and: [asked, { _openid: owner }] };
}

/**
 * Handles the `database.*` actions of the CloudBase admin protocol. With `owner` (a mini-program
 * client under a creator rule) every filter is narrowed to the documents that user created and
 * every inserted document is stamped with `_openid`, as CloudBase does.
 */
export async function databaseAction(
  db: Database,
  action: string,
  body: Body,
  owner?: string,
): Promise<ActionReply> {
  const now = db.now;
  const transactionId = str(body.transactionId) || undefined;
  switch (action) {
    case 'database.getDocument': {
      const limit = Math.min(Number(body.limit ?? 100) || 100, 1000);
      const offset = Number(body.offset ?? 0) || 0;
      const list = db.find({
        collection: collectionName(body),
        filter: filterOf(body, now, owner),
        order: parseWire(body.order, now) as Record<string, 1 | -1> | undefined,
        offset,
        limit: body.multi === false ? 1 : limit,
        projection: parseWire(body.projection, now) as Doc | undefined,
        transactionId,
      });
      return {
        dataJson: `{"list":${wireList(list)},"offset":${JSON.stringify(offset)},"limit":${JSON.stringify(limit)}}`,
      };
    }
    case 'database.insertDocument': {
      const docs = (Array.isArray(body.data) ? body.data : [body.data]).map(
        (d) => parseWire(d, now) as Doc,
      );
      if (owner !== undefined) for (const d of docs) d._openid = owner;
      const ids = await db.insert(collectionName(body), docs, transactionId);
      return { data: { insertedIds: ids } };
    }
    case 'database.modifyDocument': {
      const data = parseWire(body.data, now) as Doc | undefined;
      if (!data || typeof data !== 'object')
        throw new CloudError('INVALID_PARAM', 'data is required');
      const r = await db.update({
        collection: collectionName(body),
        filter: filterOf(body, now, owner),
        data,
        multi: body.multi === true,
        merge: body.merge !== false,
        upsert: body.upsert === true,
        transactionId,
      });
      return { data: { updated: r.updated, upsert_id: r.upsertedId } };
    }
    case 'database.modifyAndReturnDoc': {
      const data = parseWire(body.data, now) as Doc;
      const r = await db.updateAndReturn(
        collectionName(body),
        filterOf(body, now, owner),
        data,
        transactionId,
      );
      return { data: { updated: r.updated, doc: r.doc ? toWire(r.doc) : null } };
    }
    case 'database.removeDocument': {
      const deleted = await db.remove(
        collectionName(body),
        filterOf(body, now, owner),
        body.multi !== false,
        transactionId,
      );
      return { data: { deleted } };
    }
    case 'database.calculateDocument':
      return { data: { total: db.count(collectionName(body), filterOf(body, now, owner)) } };
    case 'database.aggregateDocuments': {
      return {
        dataJson: `{"list":${wireList(db.aggregate(collectionName(body), stages(body, now)))}}`,
      };
    }
    case 'database.addCollection':
      await db.createCollection(collectionName(body));
      return { data: {} };
    case 'database.startTransaction':
      return { top: { transactionId: db.startTransaction() } };
    case 'database.commitTransaction':
      await db.commitTransaction(str(body.transactionId));
      return {};
    case 'database.abortTransaction':
      db.abortTransaction(str(body.transactionId));
      return {};
    default:
      throw new CloudError('INVALID_ACTION', `local-cloud does not implement ${action}`);
  }
}
