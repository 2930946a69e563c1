import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { LocalCloud } from '../../local-cloud/index';
import { startFixtureCloud } from './helpers';

// Instance cold starts (node + wx-server-sdk) take seconds on a busy 2-core machine.
jest.setTimeout(60_000);

let local: LocalCloud;

interface OpenApiReply {
  ok: boolean;
  errCode?: number;
  errMsg?: string;
  res?: { result: { suggest: string; label: number }; detail: unknown[] };
  contentType?: string;
  base64?: string;
}

const call = async (
  api: string,
  params: Record<string, unknown>,
  openid = 'o-employer-chen',
): Promise<OpenApiReply> =>
  (await local.callFunction(
    'probe',
    { action: 'openapi', api, params },
    { openid },
  )) as OpenApiReply;

beforeAll(async () => {
  local = await startFixtureCloud();
}, 30_000);

afterAll(() => local.stop());

describe('security.msgSecCheck v2', () => {
  const check = (content: string): Promise<OpenApiReply> =>
    call('security.msgSecCheck', { version: 2, openid: 'o-employer-chen', scene: 1, content });

  test('an ordinary job post passes', async () => {
    const r = await check('招聘电子厂普工20名，包吃住，月薪5000-6500元，工作地点浙江台州');
    expect(r.res?.result).toEqual({ suggest: 'pass', label: 100 });
  });

  test.each([
    '入职前需交押金500元',
    '报名费200元',
    '先交体检费',
    '服装费自理',
    '需缴纳保证金',
    '不收押金',
    '体检费公司报销',
  ])('a fee word goes to review (the post may refuse the fee): %s', async (content) => {
    const r = await check(content);
    expect(r.res?.result).toEqual({ suggest: 'review', label: 20008 });
  });

  test('a fee word next to illegal content is still risky', async () => {
    expect((await check('交押金加入网赌团队')).res?.result).toEqual({
      suggest: 'risky',
      label: 20006,
    });
  });

  test.each(['限男性，年龄18-45', '限本地户籍', '不招少数民族'])(
    'discrimination goes to review: %s',
    async (content) => {
      expect((await check(content)).res?.result.suggest).toBe('review');
    },
  );

  test('gambling and porn spam is risky with its label', async () => {
    expect((await check('网上赌博日赚千元')).res?.result).toEqual({
      suggest: 'risky',
      label: 20006,
    });
    expect((await check('色情直播招主播')).res?.result).toEqual({ suggest: 'risky', label: 20002 });
  });

  test('version 1 style calls are refused', async () => {
    const r = await call('security.msgSecCheck', { content: '你好' });
    expect(r.ok).toBe(false);
  });
});

describe('permissions', () => {
  test('an API the function config.json does not list is refused with -604101', async () => {
    const r = (await local.callFunction(
      'bare',
      { action: 'secCheck' },
      { openid: 'o-1' },
    )) as OpenApiReply;
    expect(r.ok).toBe(false);
    expect(r.errCode).toBe(-604101);
  });
});

describe('subscribeMessage.send', () => {
  const message = {
    touser: 'o-worker-li',
    templateId: 'TPL-FAIR-REMINDER',
    page: 'pages/fairs/index',
    data: { thing1: { value: '庆荣村院坝招聘会' }, time2: { value: '2026年3月8日 09:00' } },
    miniprogramState: 'developer',
  };

  test('without a consent it fails with 43101; a consent allows exactly one message', async () => {
    expect((await call('subscribeMessage.send', message)).errCode).toBe(43101);
    const consent = await fetch(`${local.url}/dev/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid: 'o-worker-li', templateIds: ['TPL-FAIR-REMINDER'] }),
    });
    expect(consent.status).toBe(200);
    expect((await call('subscribeMessage.send', message)).ok).toBe(true);
    expect((await call('subscribeMessage.send', message)).errCode).toBe(43101);
    expect(local.outbox()).toEqual([
      expect.objectContaining({
        touser: 'o-worker-li',
        templateId: 'TPL-FAIR-REMINDER',
        page: 'pages/fairs/index',
        data: message.data,
      }),
    ]);
    const outbox = (await (await fetch(`${local.url}/dev/outbox`)).json()) as unknown[];
    expect(outbox).toHaveLength(1);
  });

  test('grantSubscription gives several', async () => {
    local.grantSubscription('o-worker-zhao', 'TPL-RESULT', 2);
    const m = { ...message, touser: 'o-worker-zhao', templateId: 'TPL-RESULT' };
    expect((await call('subscribeMessage.send', m)).ok).toBe(true);
    expect((await call('subscribeMessage.send', m)).ok).toBe(true);
    expect((await call('subscribeMessage.send', m)).errCode).toBe(43101);
  });
});

describe('subscribeMessage.send checks each value by its keyword type, as WeChat does (47003)', () => {
  // [key, value, accepted]: the documented limits of each type.
  const cases: [string, string, boolean][] = [
    ['thing1', '庆荣村院坝招聘会', true],
    ['thing1', '一二三四五六七八九十一二三四五六七八九十', true],
    ['thing1', '一二三四五六七八九十一二三四五六七八九十一', false],
    ['thing1', '', false],
    ['thing1', '第一行\n第二行', false],
    ['time2', '14:05', true],
    ['time2', '2026年11月21日 14:05', true],
    ['time2', '2026-11-21 14:05', true],
    ['time2', '2026年11月21日 09:00~2026年11月21日 12:00', true],
    ['time2', '11月21日 14:05', false],
    ['time2', '2026年11月21日', false],
    ['time2', '下午两点', false],
    ['date3', '2026年11月21日', true],
    ['date3', '2026年11月21日 14:05', true],
    ['date3', '2026-11-21', true],
    ['date3', '明天', false],
    ['phrase4', '已录用', true],
    ['phrase4', '邀约面试', true],
    ['phrase4', '已经被录用了', false],
    ['phrase4', 'OK', false],
    ['number5', '3.5', true],
    ['number5', '三', false],
    ['character_string6', 'ZZ-2026-0042', true],
    ['character_string6', '签到码1234', false],
    ['character_string6', 'x'.repeat(33), false],
    ['name7', '李春梅', true],
    ['name7', '一二三四五六七八九十一', false],
    ['phone_number8', '+86-0766-66888866', true],
    ['phone_number8', '139 0000 0000 转 8', false],
    ['amount9', '¥5200', true],
    ['amount9', '5200元', true],
    ['amount9', '五千', false],
    ['car_number10', '粤A8Z888挂', true],
    ['color11', 'red', false],
  ];

  test.each(cases)('%s = %j → accepted %s', async (key, value, accepted) => {
    local.grantSubscription('o-format', 'TPL-FORMAT');
    const before = local.outbox().length;
    const r = await call('subscribeMessage.send', {
      touser: 'o-format',
      templateId: 'TPL-FORMAT',
      data: { [key]: { value } },
    });
    if (accepted) {
      expect(r).toMatchObject({ ok: true });
      expect(local.outbox()).toHaveLength(before + 1);
    } else {
      expect(r.errCode).toBe(47003);
      expect(r.errMsg).toContain(key);
      expect(local.outbox()).toHaveLength(before);
    }
  });

  test('a refused message does not use up the user’s consent', async () => {
    local.grantSubscription('o-format-2', 'TPL-FORMAT');
    const m = { touser: 'o-format-2', templateId: 'TPL-FORMAT' };
    const bad = await call('subscribeMessage.send', {
      ...m,
      data: { time1: { value: '11月21日 14:05' } },
    });
    expect(bad.errCode).toBe(47003);
    const good = await call('subscribeMessage.send', { ...m, data: { time1: { value: '14:05' } } });
    expect(good.ok).toBe(true);
  });
});

describe('wxacode.getUnlimited', () => {
  const decode = (base64: string): string | undefined => {
    const png = PNG.sync.read(Buffer.from(base64, 'base64'));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  };

  test('returns a scannable PNG QR code of the page and scene', async () => {
    const r = await call('wxacode.getUnlimited', {
      scene: 'f=QR8K2&i=c12',
      page: 'pages/fairs/index',
      width: 430,
    });
    expect(r.ok).toBe(true);
    expect(r.contentType).toBe('image/png');
    const text = decode(r.base64 ?? '');
    expect(text).toBeDefined();
    const url = new URL(String(text));
    expect(url.searchParams.get('page')).toBe('pages/fairs/index');
    expect(url.searchParams.get('scene')).toBe('f=QR8K2&i=c12');
    expect(url.searchParams.get('env')).toBe('release');
    const listed = (await (await fetch(`${local.url}/dev/wxacodes`)).json()) as { url: string }[];
    const image = await fetch(`${local.url}${listed[listed.length - 1].url}`);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  test('envVersion picks the version the code opens; a value WeChat does not know is 40097', async () => {
    for (const envVersion of ['release', 'trial', 'develop']) {
      const r = await call('wxacode.getUnlimited', {
        scene: 'a=1',
        page: 'pages/fairs/index',
        envVersion,
      });
      expect(new URL(String(decode(r.base64 ?? ''))).searchParams.get('env')).toBe(envVersion);
    }
    const bad = await call('wxacode.getUnlimited', {
      scene: 'a=1',
      page: 'pages/fairs/index',
      envVersion: 'formal',
    });
    expect(bad.errCode).toBe(40097);
  });

  test('a subpackage page is accepted', async () => {
    expect(
      (
        await call('wxacode.getUnlimited', {
          scene: 'c=1',
          page: 'package-cadre/fair-checkin/index',
        })
      ).ok,
    ).toBe(true);
  });

  test('a scene longer than 32 characters is refused', async () => {
    const r = await call('wxacode.getUnlimited', {
      scene: 'x'.repeat(33),
      page: 'pages/fairs/index',
    });
    expect(r.ok).toBe(false);
    expect(r.errCode).toBe(40169);
  });

  test('an unknown page is refused with 41030, unless checkPath is false', async () => {
    expect(
      (await call('wxacode.getUnlimited', { scene: 'a=1', page: 'pages/nope/index' })).errCode,
    ).toBe(41030);
    expect(
      (
        await call('wxacode.getUnlimited', {
          scene: 'a=1',
          page: 'pages/nope/index',
          checkPath: false,
        })
      ).ok,
    ).toBe(true);
  });
});
