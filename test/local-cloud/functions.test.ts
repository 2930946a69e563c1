import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalCloud } from '../../local-cloud/index';
import { FIXTURES, sdkFor, startFixtureCloud } from './helpers';

// Instance cold starts (node + wx-server-sdk) take seconds on a busy 2-core machine.
jest.setTimeout(60_000);

let local: LocalCloud;
const lines: string[] = [];
const NOW = Date.UTC(2026, 2, 8, 2, 0, 0);

interface WhoAmI {
  before: { OPENID: string };
  after: { OPENID: string; APPID: string; UNIONID: string; ENV: string; SOURCE: string };
  userInfo: { openId: string; appId: string };
  env: Record<string, string | undefined>;
  pid: number;
}

beforeAll(async () => {
  // The TypeScript fixture is bundled on first use, as after a fresh checkout.
  for (const f of ['index.js', 'index.js.map'])
    rmSync(join(FIXTURES, 'functions', 'probe', f), { force: true });
  local = await startFixtureCloud({
    extraFunctionEnv: { EXTRA: 'yes' },
    log: (l) => lines.push(l),
    now: () => NOW,
  });
}, 30_000);

afterAll(() => local.stop());

test('a TypeScript function is built from src/ when index.js is missing, then runs', async () => {
  const res = (await local.callFunction(
    'probe',
    { action: 'whoami' },
    { openid: 'o-worker-zhang' },
  )) as WhoAmI;
  expect(existsSync(join(FIXTURES, 'functions', 'probe', 'index.js'))).toBe(true);
  expect(res.after.OPENID).toBe('o-worker-zhang');
  expect(res.userInfo.openId).toBe('o-worker-zhang');
  expect(res.after.ENV).toBe(local.env);
});

test('the runtime sets TZ=UTC, cloudbaserc envVariables, extra env and the test clock', async () => {
  const res = (await local.callFunction(
    'probe',
    { action: 'whoami' },
    { openid: 'o-x', appid: 'wx-app', unionid: 'u-x' },
  )) as WhoAmI;
  expect(res.env).toEqual({
    TZ: 'UTC',
    GREETING: '你好',
    EXTRA: 'yes',
    LOCAL_CLOUD_NOW: String(NOW),
  });
  expect(res.after.APPID).toBe('wx-app');
  expect(res.after.UNIONID).toBe('u-x');
});

test("two users' concurrent invocations never see each other's identity", async () => {
  const users = ['o-worker-a', 'o-worker-b'];
  const calls = Array.from({ length: 12 }, (__, i) => {
    const openid = users[i % 2];
    return local
      .callFunction('probe', { action: 'whoami', delayMs: 50 + (i % 3) * 40 }, { openid })
      .then((r) => ({ openid, r: r as WhoAmI }));
  });
  const results = await Promise.all(calls);
  for (const { openid, r } of results) {
    expect(r.before.OPENID).toBe(openid);
    expect(r.after.OPENID).toBe(openid);
  }
  // Concurrent calls ran in separate instances.
  expect(new Set(results.map((x) => x.r.pid)).size).toBeGreaterThan(1);
});

test('warm instances are reused for sequential calls', async () => {
  const a = (await local.callFunction('probe', { action: 'whoami' }, { openid: 'o-1' })) as WhoAmI;
  const b = (await local.callFunction('probe', { action: 'whoami' }, { openid: 'o-2' })) as WhoAmI;
  expect(b.pid).toBe(a.pid);
  expect(b.after.OPENID).toBe('o-2');
});

test('cloud.callFunction from a function reaches the other function as the same user', async () => {
  const res = (await local.callFunction(
    'probe',
    { action: 'call', target: 'bare', data: { action: 'who' } },
    { openid: 'o-caller' },
  )) as {
    result: { openid: string };
  };
  expect(res.result).toEqual({ openid: 'o-caller' });
});

test('a function that throws fails the call with -504002 and the message', async () => {
  await expect(
    local.callFunction('probe', { action: 'throw' }, { openid: 'o-1' }),
  ).rejects.toMatchObject({
    errCode: -504002,
    errMsg: expect.stringContaining('探针故意失败'),
  });
});

test('a function running past its timeout (bare: 1 s from cloudbaserc.json) fails with -504003', async () => {
  await expect(
    local.callFunction('bare', { action: 'sleep', delayMs: 2500 }, { openid: 'o-1' }),
  ).rejects.toMatchObject({
    errCode: -504003,
    errMsg: expect.stringContaining('timed out after 1 seconds'),
  });
  // The next call gets a fresh instance.
  expect(
    await local.callFunction('bare', { action: 'sleep', delayMs: 10 }, { openid: 'o-1' }),
  ).toEqual({ slept: 10 });
});

test('an unknown function is refused', async () => {
  await expect(local.callFunction('nope', {}, { openid: 'o-1' })).rejects.toMatchObject({
    errCode: -501000,
  });
});

test('functions reach the database through the SDK', async () => {
  const { id } = (await local.callFunction(
    'probe',
    { action: 'insert', doc: { text: '你好' } },
    { openid: 'o-1' },
  )) as { id: string };
  const db = sdkFor(local).database();
  expect((await db.collection('notes').doc(id).get()).data.text).toBe('你好');
});

test('one log line per invocation: function, action, duration, outcome', async () => {
  lines.length = 0;
  await local.callFunction('probe', { action: 'sleep', delayMs: 1 }, { openid: 'o-log' });
  await local
    .callFunction('probe', { action: 'throw' }, { openid: 'o-log' })
    .catch(() => undefined);
  const fnLines = lines.filter((l) => l.startsWith('local-cloud fn '));
  expect(fnLines).toHaveLength(2);
  expect(fnLines[0]).toMatch(/^local-cloud fn probe action=sleep openid=o-log \d+ms ok$/);
  expect(fnLines[1]).toMatch(/^local-cloud fn probe action=throw openid=o-log \d+ms error /);
});

describe('development gateway', () => {
  test('POST /functions/<name> with x-wx-openid answers like wx.cloud.callFunction, with CORS', async () => {
    const res = await fetch(`${local.url}/functions/probe`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-wx-openid': 'o-browser',
        origin: 'http://localhost:5173',
      },
      body: JSON.stringify({ data: { action: 'whoami' } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as { result: WhoAmI; requestID: string };
    expect(body.result.after.OPENID).toBe('o-browser');
    expect(typeof body.requestID).toBe('string');
  });

  test('the CORS preflight is answered', async () => {
    const res = await fetch(`${local.url}/functions/probe`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('x-wx-openid');
  });

  test('a failing function answers errCode and errMsg', async () => {
    const res = await fetch(`${local.url}/functions/probe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'o-browser' },
      body: JSON.stringify({ data: { action: 'throw' } }),
    });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ errCode: -504002 });
  });

  test('a request without x-wx-openid is refused', async () => {
    const res = await fetch(`${local.url}/functions/probe`, {
      method: 'POST',
      body: JSON.stringify({ data: {} }),
    });
    expect(res.status).toBe(401);
  });
});
