/**
 * `wx` for the browser preview: the APIs the pages call, done for real where a browser can
 * (storage, requests, cloud functions through local-cloud's gateway, navigation, toast/modal),
 * and as visible stand-ins where only a phone can (calls, maps, scanning, subscriptions, sharing).
 * One module per family; any other API answers with a console warning and a `fail`, never a crash.
 */
import { unknownApi, type WxFamily } from './api';
import { audioApis } from './audio';
import { authApis } from './auth';
import { cloudApis } from './cloud';
import { feedbackApis } from './feedback';
import { fileApis } from './files';
import { locationApis } from './location';
import { mediaApis } from './media';
import { navigationApis } from './navigation';
import { privacyApis } from './privacy';
import { standInApis } from './stand-ins';
import { storageApis } from './storage';
import { systemApis } from './system';

const families: WxFamily = {
  ...systemApis,
  ...storageApis,
  ...authApis,
  ...privacyApis,
  ...cloudApis,
  ...navigationApis,
  ...feedbackApis,
  ...fileApis,
  ...mediaApis,
  ...audioApis,
  ...locationApis,
  ...standInApis,
};

export const wx: WxFamily = new Proxy(families, {
  get(target, key) {
    if (typeof key !== 'string') return undefined;
    if (key in target) return target[key];
    if (key === 'then' || key === 'toJSON') return undefined;
    return unknownApi(key);
  },
});
