import Busboy from 'busboy';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, x-wx-openid, x-wx-appid, x-wx-unionid',
  'access-control-max-age': '600',
};

/** A request the server refuses before doing anything with it (status and a plain reason). */
export class RequestRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefused';
  }
}

export interface BodyLimits {
  /** Bytes; a longer body is refused with 413 while it is still arriving. */
  maxBytes: number;
  /** Nesting of JSON arrays and objects; deeper is refused before parsing. */
  maxDepth: number;
}

/** Reads a whole body, refusing it (and cutting the upload) beyond `maxBytes`. */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > maxBytes) {
      req.resume();
      reject(new RequestRefused(413, `request body larger than ${maxBytes} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        reject(new RequestRefused(413, `request body larger than ${maxBytes} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The deepest nesting of arrays and objects in JSON text, found without parsing it (one pass
 * over the characters, strings skipped); stops counting once `limit` is passed. Bytes and
 * strings have a loop each: a per-character accessor cost more than the parse it guards.
 */
export function jsonDepth(text: Buffer | string, limit = Infinity): number {
  return typeof text === 'string' ? stringDepth(text, limit) : bytesDepth(text, limit);
}

function bytesDepth(text: Buffer, limit: number): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const b = text[i];
    if (b === QUOTE) {
      // Skip the string: to the next quote not escaped by a backslash.
      for (i++; i < n; i++) {
        const s = text[i];
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
    } else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) depth--;
  }
  return max;
}

function stringDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const b = text.charCodeAt(i);
    if (b === QUOTE) {
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
    } else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) depth--;
  }
  return max;
}

/** Parses a JSON body after the size and depth checks; an empty body is `{}`. */
export async function readJson(req: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  const bytes = await readBody(req, limits.maxBytes);
  return parseJsonWithin(bytes, limits.maxDepth);
}

/** JSON.parse after a depth check, so a hostile nesting never reaches a recursive parser. */
export function parseJsonWithin(text: Buffer | string, maxDepth: number): unknown {
  if (jsonDepth(text, maxDepth) > maxDepth) {
    throw new RequestRefused(400, `JSON nested deeper than ${maxDepth} levels`);
  }
  const s = typeof text === 'string' ? text : text.toString('utf8');
  if (!s) return {};
  try {
    return JSON.parse(s) as unknown;
  } catch (err) {
    throw new RequestRefused(400, `body is not JSON: ${(err as Error).message}`);
  }
}

/** Reads a multipart/form-data body: fields as strings, files as Buffers. */
export function readMultipart(
  req: IncomingMessage,
  maxBytes: number,
): Promise<Record<string, string | Buffer>> {
  return new Promise((resolve, reject) => {
    const out: Record<string, string | Buffer> = {};
    let bb: Busboy.Busboy;
    try {
      bb = Busboy({ headers: req.headers, limits: { fileSize: maxBytes, fieldSize: maxBytes } });
    } catch (err) {
      reject(new RequestRefused(400, `bad multipart request: ${(err as Error).message}`));
      return;
    }
    bb.on('field', (name, value) => (out[name] = value));
    bb.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => reject(new RequestRefused(413, `file ${name} too large`)));
      stream.on('end', () => (out[name] = Buffer.concat(chunks)));
    });
    bb.on('close', () => resolve(out));
    bb.on('error', (err) =>
      reject(new RequestRefused(400, `bad multipart request: ${(err as Error).message}`)),
    );
    req.pipe(bb);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendText(res, status, JSON.stringify(body));
}

/**
 * Sends JSON text already serialised, with the CORS headers a browser needs unless `cors` is
 * false (the admin API: only the server SDK calls it, and CloudBase's sends none).
 */
export function sendText(res: ServerResponse, status: number, text: string, cors = true): void {
  if (res.headersSent) return;
  const length = Buffer.byteLength(text);
  res.writeHead(
    status,
    cors
      ? { 'content-type': JSON_TYPE, 'content-length': length, ...CORS }
      : { 'content-type': JSON_TYPE, 'content-length': length },
  );
  res.end(text);
}

const JSON_TYPE = 'application/json; charset=utf-8';
