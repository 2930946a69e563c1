/** wx storage, synchronous and callback forms, over the preview's storage (runtime/storage.ts). */
import {
  storageClear,
  storageGet,
  storageHas,
  storageKeys,
  storageRemove,
  storageSet,
} from '../storage';
import { api, fail, type WxFamily } from './api';

const info = () => ({ keys: storageKeys(), currentSize: 0, limitSize: 10240 });

export const storageApis: WxFamily = {
  getStorageSync: (key: string) => storageGet(key),
  setStorageSync: (key: string, value: unknown) => storageSet(key, value),
  removeStorageSync: (key: string) => storageRemove(key),
  clearStorageSync: () => storageClear(),
  getStorageInfoSync: info,
  getStorage: api('getStorage', (o: { key: string }) => {
    if (!storageHas(o.key)) throw fail('getStorage', 'data not found');
    return { data: storageGet(o.key) };
  }),
  setStorage: api('setStorage', (o: { key: string; data: unknown }) => storageSet(o.key, o.data)),
  removeStorage: api('removeStorage', (o: { key: string }) => storageRemove(o.key)),
  clearStorage: api('clearStorage', () => storageClear()),
  getStorageInfo: api('getStorageInfo', info),
};
