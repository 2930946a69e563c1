import { connect } from 'node:net';
import type { LocalCloud } from '../../local-cloud/index';
import { jsonDepth } from '../../local-cloud/server/http-io';
import { startFixtureCloud } from './helpers';

// Instance cold starts (node + wx-server-sdk) take seconds on a busy 2-core machine.
jest.setTimeout(60_000);

let local: LocalCloud;
let port: number;
const lines: string[] = [];

beforeAll(async () => {
  local = await startFixtureCloud({ log: (l) => lines.push(l) });
  port = Number(new URL(local.url).port);
});

afterAll(() => local.stop());

/** Sends raw bytes on a fresh connection; resolves with the status code (0: no HTTP answer). */
function raw(
  bytes: string | Buffer,
  closeAfterMs = 20_000,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const done = (): void => {
      socket.destroy();
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : 0, text });
    };
    const timer = setTimeout(done, closeAfterMs);
    socket.on('data', (c) => {
      text += c.toString('latin1');
      // One whole answer is enough (keep-alive would hold the socket open).
      const head = text.indexOf('\r\n\r\n');
      const len = /content-length: (\d+)/i.exec(text);
      if (head >= 0 && len && text.length >= head + 4 + Number(len[1])) {
        clearTimeout(timer);
        done();
      }
    });
    socket.on('close', () => {
      clearTimeout(timer);
      done();
    });
    socket.on('error', () => undefined);
    socket.write(bytes);
  });
}

const post = (path: string, body: string, headers: Record<string, string> = {}): string => {
  const h = { 'content-type': 'application/json', 'x-wx-openid': 'o-hostile', ...headers };
  const head = Object.entries(h)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return `POST ${path} HTTP/1.1\r\nhost: x\r\n${head}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

const deepJson = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

async function stillServing(): Promise<void> {
  const res = await fetch(`${local.url}/`);
  expect(res.status).toBe(200);
  expect(((await res.json()) as { service: string }).service).toBe('local-cloud');
}

describe('jsonDepth counts nesting without parsing', () => {
  test.each([
    ['a scalar', '1', 0],
    ['an empty object', '{}', 1],
    ['arrays and objects', '[[],{"a":[1]}]', 3],
    ['brackets inside a string', '{"a":"{[{[ in a string ]}]}"}', 1],
    ['an escaped quote inside a string', '{"a":"escaped \\" quote {["}', 1],
    ['6 000 levels', deepJson(6000), 6000],
  ])('%s', (_name, text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
    expect(jsonDepth(Buffer.from(text))).toBe(depth);
  });
});

describe('no request takes the server down', () => {
  const corpus: [string, string | Buffer, number | number[]][] = [
    ['a malformed %-escape in a function name', post('/functions/%E0%A4%A', '{"data":{}}'), 400],
    ['a lone % in a function name', post('/functions/%', '{"data":{}}'), 400],
    ['a malformed escape in the admin path', post('/admin/fn/%ZZ/x', '{"action":"x"}'), 400],
    [
      'a malformed escape under /dev',
      'GET /dev/wxacodes/%C0%AF%E0.png HTTP/1.1\r\nhost: x\r\n\r\n',
      400,
    ],
    ['an overlong UTF-8 escape', 'GET /%C0%AF HTTP/1.1\r\nhost: x\r\n\r\n', [400, 404]],
    ['an escaped NUL', post('/functions/%00', '{"data":{}}'), 500],
    [
      'an absolute-form URL with a bad host',
      'GET http://[::1 HTTP/1.1\r\nhost: x\r\n\r\n',
      [400, 404],
    ],
    ['a 100 KB URL', `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nhost: x\r\n\r\n`, [400, 414, 431]],
    ['garbage instead of a request line', 'HELLO THERE\r\n\r\n', 400],
    ['binary noise', Buffer.from([0, 255, 1, 254, 13, 10, 13, 10]), 400],
    ['a header name with a space', 'GET / HTTP/1.1\r\nbad header: x\r\n\r\n', 400],
    ['a header value with a control character', 'GET / HTTP/1.1\r\nx-a: \u0001\r\n\r\n', 400],
    [
      'a non-numeric content-length',
      'POST /functions/probe HTTP/1.1\r\ncontent-length: abc\r\n\r\n',
      400,
    ],
    [
      'two different content-lengths',
      'POST /functions/probe HTTP/1.1\r\ncontent-length: 1\r\ncontent-length: 2\r\n\r\n{}',
      400,
    ],
    [
      'a broken chunked body',
      'POST /functions/probe HTTP/1.1\r\nx-wx-openid: o\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n',
      400,
    ],
    ['a 64 KB header', `GET / HTTP/1.1\r\nx-big: ${'b'.repeat(65_536)}\r\n\r\n`, 431],
    ['a body that is not JSON', post('/functions/probe', '{"data":'), 400],
    ['a JSON array as the body', post('/functions/probe', '[1,2]'), 400],
    ['a JSON string as the body', post('/functions/probe', '"data"'), 400],
    ['invalid UTF-8 in the body', post('/functions/bare', '{"data":"\xff\xfe"}'), [200, 400]],
    [
      'a 6 000-level body to the gateway',
      post('/functions/probe', `{"data":${deepJson(6000)}}`),
      400,
    ],
    [
      'a 6 000-level body to the admin API',
      post('/admin', `{"action":"x","q":${deepJson(6000)}}`),
      200,
    ],
    [
      'a 6 000-level function event through the admin API',
      post(
        '/admin',
        JSON.stringify({
          action: 'functions.invokeFunction',
          function_name: 'bare',
          request_data: deepJson(6000),
        }),
      ),
      200,
    ],
    [
      'a deep query string to the database',
      post(
        '/admin',
        JSON.stringify({
          action: 'database.getDocument',
          collectionName: 'notes',
          query: deepJson(6000),
        }),
      ),
      200,
    ],
    [
      'a multipart body with no boundary',
      post('/admin', 'x', { 'content-type': 'multipart/form-data' }),
      200,
    ],
    ['a dev body that is not an object', post('/dev/subscriptions', 'null'), 400],
    [
      'a dev body with a bad openid',
      post('/dev/subscriptions', '{"openid":{},"templateIds":[]}'),
      400,
    ],
  ];

  test.each(corpus)(
    '%s: answered, and the server keeps serving',
    async (_name, bytes, expected) => {
      const { status } = await raw(bytes);
      expect(Array.isArray(expected) ? expected : [expected]).toContain(status);
      await stillServing();
    },
  );

  test('a body cut short (the client goes away mid-upload) leaves the server serving', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          'POST /functions/probe HTTP/1.1\r\nx-wx-openid: o\r\ncontent-length: 1000\r\n\r\n{"data":',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    await stillServing();
  });
});

describe('payload limits at the gateway', () => {
  test('a body nested deeper than any call needs is refused with 400 before the function runs', async () => {
    lines.length = 0;
    const res = await fetch(`${local.url}/functions/probe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'o-deep' },
      body: `{"data":${deepJson(6000)}}`,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      errCode: -501007,
      errMsg: expect.stringContaining('nested deeper than 32 levels'),
    });
    expect(lines.filter((l) => l.startsWith('local-cloud fn '))).toEqual([]);
  });

  test('a body larger than 1 MiB is refused with 413', async () => {
    const res = await fetch(`${local.url}/functions/probe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'o-big' },
      body: JSON.stringify({ data: { text: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errCode: -501007 });
  });

  test('an ordinary call still goes through', async () => {
    const res = await fetch(`${local.url}/functions/bare`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'o-fine' },
      body: JSON.stringify({ data: { action: 'who', nested: deepJson(20) } }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ result: { openid: 'o-fine' } });
  });
});

describe('a failed hand-off to a function instance', () => {
  const deep = (levels: number): Record<string, unknown> => {
    const root: Record<string, unknown> = {};
    let o = root;
    for (let i = 0; i < levels; i++) o = o.a = {};
    return root;
  };

  test('a 6 000-level event is refused with -501007 without reaching an instance', async () => {
    await expect(local.callFunction('bare', deep(6000), { openid: 'o-1' })).rejects.toMatchObject({
      errCode: -501007,
      errMsg: expect.stringContaining('nested deeper than 32 levels'),
    });
  });

  test('an event the instance cannot be sent leaves it clean: no stray timer kills it later', async () => {
    // Warm one instance of `bare` (1 s timeout), then fail a hand-off to it: a BigInt cannot be
    // serialised for the child, at any depth.
    await local.callFunction('bare', { action: 'sleep', delayMs: 1 }, { openid: 'o-1' });
    await expect(
      local.callFunction('bare', { action: 'who', n: BigInt(1) }, { openid: 'o-1' }),
    ).rejects.toMatchObject({ errCode: -501007 });
    // Calls on the same instance for longer than its timeout: a timer left from the failed
    // hand-off would kill the instance under one of them.
    const started = Date.now();
    while (Date.now() - started < 1600) {
      await expect(
        local.callFunction('bare', { action: 'sleep', delayMs: 300 }, { openid: 'o-1' }),
      ).resolves.toEqual({ slept: 300 });
    }
  });
});

describe('headers of an answer', () => {
  const body = JSON.stringify({ action: 'database.calculateDocument', collectionName: 'nope' });

  test('the admin API (server SDK only) answers without CORS headers, as CloudBase does', async () => {
    const { status, text } = await raw(post('/admin', body));
    expect(status).toBe(200);
    expect(text).toContain('"code":"DATABASE_COLLECTION_NOT_EXIST"');
    expect(text.toLowerCase()).not.toContain('access-control-allow-origin');
  });

  test('the client database API (a browser may call it) keeps them', async () => {
    const { status, text } = await raw(post('/client/database', body));
    expect(status).toBe(200);
    expect(text.toLowerCase()).toContain('access-control-allow-origin: *');
  });
});
