import { setTransport } from '../../../miniprogram/services/call-cloud';
import { FakeCloud, loadPage, settle, tap, textOf } from '../package-common/harness';
import { tripDetail } from '../package-trips/fixtures';
import { FAIR } from './fixtures';

const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = new FakeCloud();
  setTransport(cloud.transport);
  cloud.ok('fair.get', FAIR).ok('fair.invitePoster', {
    scene: 'f=QR28',
    page: 'pages/fair/index',
    imageBase64: PNG_BASE64,
  });
});
afterEach(() => jest.restoreAllMocks());

test('writes the wxacode to a file, shows it with the fair’s facts, saves it to the album', async () => {
  const writes: { filePath: string; encoding: string }[] = [];
  jest.spyOn(wx, 'getFileSystemManager').mockReturnValue({
    writeFile: (o: { filePath: string; encoding: string; success: () => void }) => {
      writes.push(o);
      o.success();
    },
  } as unknown as WechatMiniprogram.FileSystemManager);
  // No canvas here: the page falls back to the code image itself.
  jest.spyOn(wx, 'createOffscreenCanvas').mockImplementation(() => {
    throw new Error('no canvas in jsdom');
  });
  const save = jest.spyOn(wx, 'saveImageToPhotosAlbum').mockImplementation(((
    o: WechatMiniprogram.SaveImageToPhotosAlbumOption,
  ) => {
    o.success?.({ errMsg: 'saveImageToPhotosAlbum:ok' });
  }) as typeof wx.saveImageToPhotosAlbum);

  const page = loadPage('package-cadre/pages/poster/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle(6);

  expect(writes[0]).toMatchObject({
    filePath: `${wx.env.USER_DATA_PATH}/fair-fair_qingrong-code.png`,
    encoding: 'base64',
  });
  const poster = textOf(page, '#poster');
  expect(poster).toContain('庆荣村院坝招聘会');
  expect(poster).toContain('11月28日');
  expect(poster).toContain('庆荣村村委会院坝');
  expect(poster).toContain('09:00-10:00');
  await tap(page, '#save');
  expect(save).toHaveBeenCalledWith(expect.objectContaining({ filePath: writes[0]!.filePath }));
  expect(
    (page.instance as unknown as { onShareAppMessage(): { path: string } }).onShareAppMessage()
      .path,
  ).toBe('/pages/fair/index?scene=f%3DQR28');
});

test('a trip’s poster (?tripId=): its code, departure, destination and pick-ups; the card opens the trip', async () => {
  cloud.ok('trip.get', tripDetail({ canManage: true })).ok('trip.invitePoster', {
    scene: 't=JX0220',
    page: 'package-trips/pages/trip/index',
    imageBase64: PNG_BASE64,
  });
  const writes: { filePath: string }[] = [];
  jest.spyOn(wx, 'getFileSystemManager').mockReturnValue({
    writeFile: (o: { filePath: string; success: () => void }) => {
      writes.push(o);
      o.success();
    },
  } as unknown as WechatMiniprogram.FileSystemManager);
  jest.spyOn(wx, 'createOffscreenCanvas').mockImplementation(() => {
    throw new Error('no canvas in jsdom');
  });

  const page = loadPage('package-cadre/pages/poster/index');
  page.instance.onLoad({ tripId: 'trip_jiaxing' });
  await settle(6);

  expect(cloud.inputsOf('fair.invitePoster')).toHaveLength(0);
  expect(writes[0]?.filePath).toBe(`${wx.env.USER_DATA_PATH}/trip-trip_jiaxing-code.png`);
  const poster = textOf(page, '#poster');
  expect(poster).toContain('资中直达嘉兴大巴');
  expect(poster).toMatch(/2月20日 周. 08:00 发车/);
  expect(poster).toContain('到 嘉兴市 嘉兴秀洲纺织有限公司');
  expect(poster).toContain('上车点 庆荣村村委会 06:30、太平镇汽车站 07:10');
  expect(poster).toContain('微信扫一扫，选上车点订座');
  expect(poster).toContain('邀请码 JX0220 · 免费');
  expect(poster).not.toContain('时段');
  const share = (
    page.instance as unknown as { onShareAppMessage(): { path: string; title: string } }
  ).onShareAppMessage();
  expect(share.path).toBe('/package-trips/pages/trip/index?scene=t%3DJX0220');
  expect(share.title).toMatch(/点开订座$/);
});
