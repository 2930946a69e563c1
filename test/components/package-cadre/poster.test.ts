import { setTransport } from '../../../miniprogram/services/call-cloud';
import { FakeCloud, loadPage, settle, tap, textOf } from '../package-common/harness';
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
