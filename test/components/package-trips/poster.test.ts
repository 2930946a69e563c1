import { loadPage } from '../load';
import { settle, setup, tapOn, textOf, type FakeCloud } from '../worker-kit';
import { tripDetail } from './fixtures';

const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let cloud: FakeCloud;
let writes: { filePath: string; encoding: string }[];
beforeEach(() => {
  ({ cloud } = setup());
  cloud.ok('trip.get', tripDetail({ canManage: true })).ok('trip.invitePoster', {
    scene: 't=JX0220&i=u_cadre1',
    page: 'package-trips/pages/trip/index',
    imageBase64: PNG_BASE64,
  });
  writes = [];
  jest.spyOn(wx, 'getFileSystemManager').mockReturnValue({
    writeFile: (o: { filePath: string; encoding: string; success: () => void }) => {
      writes.push(o);
      o.success();
    },
  } as unknown as WechatMiniprogram.FileSystemManager);
  // No canvas here: the page shows the code image itself.
  jest.spyOn(wx, 'createOffscreenCanvas').mockImplementation(() => {
    throw new Error('no canvas in jsdom');
  });
});
afterEach(() => jest.restoreAllMocks());

async function open() {
  const p = loadPage('package-trips/pages/poster/index', { query: { tripId: 'trip_jiaxing' } });
  await settle(6);
  return p;
}

test('shows the trip’s facts around its code, saves it to the album, shares the trip card', async () => {
  const save = jest.spyOn(wx, 'saveImageToPhotosAlbum').mockImplementation(((
    o: WechatMiniprogram.SaveImageToPhotosAlbumOption,
  ) => {
    o.success?.({ errMsg: 'saveImageToPhotosAlbum:ok' });
  }) as typeof wx.saveImageToPhotosAlbum);
  const p = await open();
  expect(cloud.inputsOf('trip.invitePoster')).toEqual([{ tripId: 'trip_jiaxing' }]);
  expect(writes[0]).toMatchObject({
    filePath: `${wx.env.USER_DATA_PATH}/trip-trip_jiaxing-code.png`,
    encoding: 'base64',
  });
  const poster = textOf(p, '#poster');
  expect(poster).toContain('资中直达嘉兴大巴');
  expect(poster).toMatch(/2月20日.* 08:00 发车/);
  expect(poster).toContain('直达 嘉兴市 嘉兴秀洲纺织有限公司');
  expect(poster).toContain('上车点 庆荣村村委会 06:30、太平镇汽车站 07:10');
  expect(poster).toContain('免费 · 邀请码 JX0220');
  await tapOn(p, '#save');
  expect(save).toHaveBeenCalledWith(expect.objectContaining({ filePath: writes[0]!.filePath }));
  const share = (
    p.instance as unknown as { onShareAppMessage(): { title: string; path: string } }
  ).onShareAppMessage();
  expect(share.path).toBe('/package-trips/pages/trip/index?scene=t%3DJX0220%26i%3Du_cadre1');
  expect(share.title).toContain('直达 嘉兴市');
});

test('a refusal (the trip has left) is shown in plain Chinese, with no poster', async () => {
  cloud.fail('trip.invitePoster', 'TRIP_NOT_OPEN', '这趟车已经发车了，不能再订，请看看别的车次');
  const p = await open();
  expect(textOf(p)).toContain('这趟车已经发车了，不能再订');
  expect(p.querySelector('#poster')).toBeFalsy();
});
