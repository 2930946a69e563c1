/**
 * Location stand-ins: the demo coordinates of 浦北县 泉水镇 (after the privacy check and the
 * permission prompt), demo places to choose from, and a note where WeChat would open a map.
 */
import * as ui from '../ui';
import { api, fail, type WxFamily } from './api';
import { permission } from './auth';
import { privacyCheck } from './privacy';

/** Demo coordinates: 浦北县 泉水镇 (the seed stories' 泉水工业园). */
const DEMO_LOCATION = { latitude: 22.2716, longitude: 109.5562 };
const DEMO_PLACES = [
  { name: '泉水工业园', address: '广西钦州市浦北县泉水镇', latitude: 22.2716, longitude: 109.5562 },
  {
    name: '庆荣村村委会',
    address: '四川省内江市资中县太平镇庆荣村',
    latitude: 29.7246,
    longitude: 104.9512,
  },
  {
    name: '慈利县工业园',
    address: '湖南省张家界市慈利县零阳街道',
    latitude: 29.4298,
    longitude: 111.1392,
  },
  {
    name: '东阳市横店镇',
    address: '浙江省金华市东阳市横店镇',
    latitude: 29.1623,
    longitude: 120.3193,
  },
];

interface OpenLocationOptions {
  latitude: number;
  longitude: number;
  name?: string;
  address?: string;
}

export const locationApis: WxFamily = {
  getLocation: api('getLocation', async () => {
    await privacyCheck('getLocation');
    await permission('scope.userLocation', 'getLocation');
    return {
      ...DEMO_LOCATION,
      speed: -1,
      accuracy: 65,
      altitude: 0,
      verticalAccuracy: 65,
      horizontalAccuracy: 65,
    };
  }),
  getFuzzyLocation: api('getFuzzyLocation', async () => {
    await privacyCheck('getFuzzyLocation');
    await permission('scope.userFuzzyLocation', 'getFuzzyLocation', '“乡聘”想使用您的大概位置');
    return { ...DEMO_LOCATION };
  }),
  chooseLocation: api('chooseLocation', async () => {
    await privacyCheck('chooseLocation');
    const i = await ui.showActionSheet({
      itemList: DEMO_PLACES.map((p) => `${p.name} · ${p.address}`),
      alertText: '选择位置（预览替身：演示地点）',
    });
    if (i === undefined) throw fail('chooseLocation', 'cancel');
    return { ...DEMO_PLACES[i] };
  }),
  openLocation: api('openLocation', async (o: OpenLocationOptions) => {
    await ui.standIn('在地图上查看', [
      [o.name, o.address].filter(Boolean).join(' · ') || '位置',
      `纬度 ${o.latitude}，经度 ${o.longitude}`,
      '微信会在这里打开地图，可以导航过去。',
    ]);
  }),
};
