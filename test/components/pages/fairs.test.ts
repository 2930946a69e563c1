import { loadPage } from '../load';
import { FAIR_CARD, NEW_SESSION, SESSION } from '../worker-fixtures';
import { settle, setup, tapOn, textOf, until, type FakeCloud, type WxRecord } from '../worker-kit';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', SESSION);
});

async function open() {
  const p = loadPage('pages/fairs/index');
  await settle();
  return p;
}

test('a fresh phone without location asks once for the home county’s fairs, logging in with it', async () => {
  cloud.ok('fair.list', { items: [FAIR_CARD], nextCursor: null });
  const p = await open();
  expect(cloud.calls.map((c) => c.action)).toEqual(['fair.list']);
  expect(cloud.inputsOf('fair.list')).toEqual([{ home: true }]);
  expect(textOf(p)).toContain('资中县的招聘会');
  expect(textOf(p)).toContain('庆荣村院坝招聘会');
  expect(textOf(p)).toContain('还能报52人');
});

test('with a session kept on the phone it names the home county itself', async () => {
  wxr.storage.set('xp:cache:session', { v: 2, at: Date.now(), data: SESSION });
  cloud.ok('fair.list', { items: [FAIR_CARD], nextCursor: null });
  const p = await open();
  expect(cloud.calls.map((c) => c.action)).toEqual(['fair.list']);
  expect(cloud.inputsOf('fair.list')).toEqual([{ county: '资中县' }]);
  expect(textOf(p)).toContain('资中县的招聘会');
  expect(textOf(p)).toContain('庆荣村院坝招聘会');
  expect(textOf(p)).toContain('还能报52人');
});

test('用我的位置 lists the fairs near the phone', async () => {
  cloud.ok('fair.list', { items: [FAIR_CARD], nextCursor: null });
  const p = await open();
  wxr.position = { latitude: 29.78, longitude: 104.85 };
  await tapOn(p, '.where-btn');
  await settle();
  expect(cloud.inputsOf('fair.list')[1]).toEqual({ near: { lat: 29.78, lng: 104.85 } });
  expect(textOf(p)).toContain('离您近的招聘会');
  expect(textOf(p)).not.toContain('用我的位置');
});

test('when nothing is near the phone it shows the home county instead', async () => {
  wxr.locationAllowed = true;
  wxr.position = { latitude: 30.67, longitude: 104.06 };
  cloud.ok('fair.list', (input) => ({ items: input['near'] ? [] : [FAIR_CARD], nextCursor: null }));
  const p = await open();
  expect(cloud.inputsOf('fair.list')).toEqual([
    { near: { lat: 30.67, lng: 104.06 } },
    { county: '资中县' },
  ]);
  expect(textOf(p)).toContain('资中县的招聘会');
  expect(textOf(p)).toContain('庆荣村院坝招聘会');
});

test('when location is refused it stays on the county and says so', async () => {
  cloud.ok('fair.list', { items: [FAIR_CARD], nextCursor: null });
  const p = await open();
  await tapOn(p, '.where-btn');
  await settle();
  expect(wxr.toasts).toEqual(['没拿到位置，先看资中县的']);
  expect(cloud.inputsOf('fair.list')).toHaveLength(1);
});

test('a worker with no county yet sees the upcoming fairs', async () => {
  cloud.ok('account.login', NEW_SESSION);
  cloud.ok('fair.list', { items: [FAIR_CARD], nextCursor: null });
  const p = await open();
  expect(cloud.inputsOf('fair.list')).toEqual([{ home: true }]);
  expect(textOf(p)).toContain('近期招聘会');
});

test('no fair nearby says so', async () => {
  cloud.ok('fair.list', { items: [], nextCursor: null });
  const p = await open();
  expect(textOf(p)).toContain('附近暂时没有招聘会');
});

test('the last list is shown when the network fails, with a note', async () => {
  cloud.ok('fair.list', { items: [FAIR_CARD], nextCursor: null });
  await open();
  cloud.offline('fair.list');
  const p = await open();
  expect(textOf(p)).toContain('庆荣村院坝招聘会');
  await until(() => expect(textOf(p)).toContain('下面是上次看到的内容'));
});

test('an error with nothing cached offers 重试', async () => {
  cloud.fail('fair.list', 'INTERNAL', '系统开小差了，请稍后再试');
  const p = await open();
  expect(textOf(p)).toContain('系统开小差了，请稍后再试');
  cloud.ok('fair.list', { items: [FAIR_CARD], nextCursor: null });
  await tapOn(p.querySelector('#list-state')!, '.ls-retry');
  await settle();
  expect(textOf(p)).toContain('庆荣村院坝招聘会');
});

test('scrolling down loads the next page', async () => {
  cloud.ok('fair.list', (input) =>
    input['cursor']
      ? {
          items: [
            {
              ...FAIR_CARD,
              _id: 'fair_quanshui',
              title: '泉水镇家门口招聘会',
              county: '浦北县',
              village: '泉水村',
            },
          ],
          nextCursor: null,
        }
      : { items: [FAIR_CARD], nextCursor: 'n2' },
  );
  const p = await open();
  (p.instance as unknown as { onReachBottom(): void }).onReachBottom();
  await settle();
  expect(cloud.inputsOf('fair.list')[1]).toEqual({ county: '资中县', cursor: 'n2' });
  expect(textOf(p)).toContain('泉水镇家门口招聘会');
});

test('a returning worker: one call, fair.list of the home county kept with the session', async () => {
  wxr.storage.set('xp:cache:session', { v: 2, at: Date.now() - 60_000, data: SESSION });
  cloud.ok('fair.list', { items: [FAIR_CARD], nextCursor: null });
  const p = await open();
  expect(cloud.calls.map((c) => c.action)).toEqual(['fair.list']);
  expect(cloud.inputsOf('fair.list')).toEqual([{ county: '资中县' }]);
  expect(textOf(p)).toContain('庆荣村院坝招聘会');
});
