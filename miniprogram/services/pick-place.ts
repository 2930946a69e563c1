import type { GeoPoint } from '../shared/models/common';
import { toast } from './form';

export interface PickedPlace {
  location: GeoPoint;
  /** The place's address when the map picker gave one. */
  address?: string;
  /** 'map' when picked on the map; 'here' when the phone's own position was used instead. */
  via: 'map' | 'here';
}

function privacyFirst(): Promise<void> {
  return new Promise((resolve, reject) => {
    if (typeof wx.requirePrivacyAuthorize !== 'function') return resolve();
    wx.requirePrivacyAuthorize({ success: () => resolve(), fail: reject });
  });
}

function chooseOnMap(): Promise<WechatMiniprogram.ChooseLocationSuccessCallbackResult> {
  return new Promise((resolve, reject) => wx.chooseLocation({ success: resolve, fail: reject }));
}

function hereRoughly(): Promise<GeoPoint> {
  return new Promise((resolve, reject) =>
    wx.getLocation({
      type: 'gcj02',
      success: (r) => resolve({ lat: r.latitude, lng: r.longitude }),
      fail: reject,
    }),
  );
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The place on a map; when the map picker cannot open (no permission, old WeChat), the phone's
 * own position. Resolves undefined when the user cancels or both are refused.
 */
export async function pickPlace(): Promise<PickedPlace | undefined> {
  try {
    await privacyFirst();
  } catch {
    return undefined;
  }
  try {
    const r = await chooseOnMap();
    return {
      location: { lat: round(r.latitude), lng: round(r.longitude) },
      address: [r.address, r.name].filter(Boolean).join(' ') || undefined,
      via: 'map',
    };
  } catch (err) {
    if (/cancel/.test((err as { errMsg?: string }).errMsg ?? '')) return undefined;
  }
  try {
    const p = await hereRoughly();
    return { location: { lat: round(p.lat), lng: round(p.lng) }, via: 'here' };
  } catch {
    return undefined;
  }
}

/**
 * 在地图上选位置 for a form with `form.location` and `form.address`: the setData patch of the place
 * picked (the location, a note on how it was found, the `errorKeys` cleared, and the place's
 * address when the form has none yet), or undefined with a toast when no place came.
 */
export async function pickPlaceForForm(
  address: string,
  errorKeys: string[],
): Promise<Record<string, unknown> | undefined> {
  const place = await pickPlace();
  if (!place) {
    toast('没有取到位置，请允许使用位置后再点一次');
    return undefined;
  }
  const patch: Record<string, unknown> = {
    'form.location': place.location,
    placeNote: place.via === 'map' ? '已在地图上选好' : '地图打不开，已用手机当前位置',
  };
  for (const key of errorKeys) patch[key] = '';
  if (place.address && !address) patch['form.address'] = place.address;
  return patch;
}
