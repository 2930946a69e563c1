import { installPrivacyListener } from '../../../miniprogram/services/privacy';
import { loadPage, settle, tap, textOf, useFakeCloud } from '../package-common/harness';
import { CADRE_SESSION } from './fixtures';

type Resolve = (r: { event: string }) => void;
type Listener = (resolve: Resolve, info: { referrer: string }) => void;
let listener: Listener | undefined;

beforeAll(() => {
  (
    wx as unknown as { onNeedPrivacyAuthorization: (l: Listener) => void }
  ).onNeedPrivacyAuthorization = (l) => {
    listener = l;
  };
  installPrivacyListener();
});

const cloud = useFakeCloud();
beforeEach(() => {
  cloud.ok('account.login', CADRE_SESSION);
  // WeChat holds the privacy API and asks the page's sheet, as `__usePrivacyCheck__` does.
  (wx as unknown as { requirePrivacyAuthorize: unknown }).requirePrivacyAuthorize = (o: {
    success: () => void;
    fail: (e: unknown) => void;
  }) =>
    listener!(
      (r) =>
        r.event === 'agree' ? o.success() : o.fail({ errMsg: 'requirePrivacyAuthorize:fail' }),
      { referrer: 'chooseLocation' },
    );
});
afterEach(() => jest.restoreAllMocks());

async function open() {
  const page = loadPage('package-cadre/pages/fair-edit/index');
  page.instance.onLoad({});
  await settle();
  return page;
}

test('picking the place first explains why the location is needed; 同意 opens the map', async () => {
  const choose = jest.spyOn(wx, 'chooseLocation').mockImplementation(((
    o: WechatMiniprogram.ChooseLocationOption,
  ) => {
    o.success?.({
      latitude: 29.68,
      longitude: 104.9,
      name: '村委会',
      address: '庆荣村',
      errMsg: 'chooseLocation:ok',
    } as WechatMiniprogram.ChooseLocationSuccessCallbackResult);
  }) as typeof wx.chooseLocation);
  const page = await open();
  await tap(page, '#pick-place');
  expect(textOf(page)).toContain('在地图上标出招聘会的地点');
  expect(choose).not.toHaveBeenCalled();
  const agree = page.querySelector('#privacy-sheet')!.querySelector('#xp-privacy-agree')!;
  agree.dispatchEvent('agreeprivacyauthorization');
  await settle();
  expect(choose).toHaveBeenCalled();
  expect(textOf(page)).toContain('重新选位置');
});

test('不同意 leaves the location empty and says how to go on', async () => {
  const choose = jest.spyOn(wx, 'chooseLocation');
  const toast = jest.spyOn(wx, 'showToast');
  const page = await open();
  await tap(page, '#pick-place');
  const sheet = page.querySelector('#privacy-sheet')!;
  sheet.querySelector('.btn')!.dispatchEvent('tap');
  await settle();
  expect(choose).not.toHaveBeenCalled();
  expect(toast).toHaveBeenCalledWith(
    expect.objectContaining({ title: expect.stringContaining('没有取到位置') }),
  );
});
