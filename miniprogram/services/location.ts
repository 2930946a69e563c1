import type { GeoPoint } from '../shared/index';

const FRESH_MS = 10 * 60 * 1000;
let last: { point: GeoPoint; at: number } | undefined;

/**
 * The phone's position, or undefined when the user refused (privacy or location permission) or the
 * phone cannot tell; callers then fall back to the worker's county. Asks only when called, which
 * pages do from a tap (离我近, 用我的位置) or when permission was given before.
 */
export function getLocation(): Promise<GeoPoint | undefined> {
  if (last && Date.now() - last.at < FRESH_MS) return Promise.resolve(last.point);
  return new Promise((resolve) => {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        const point = { lat: res.latitude, lng: res.longitude };
        last = { point, at: Date.now() };
        resolve(point);
      },
      fail: () => resolve(undefined),
    });
  });
}

/** The position without asking: only when location was allowed before. */
export function getLocationIfAllowed(): Promise<GeoPoint | undefined> {
  if (last && Date.now() - last.at < FRESH_MS) return Promise.resolve(last.point);
  return new Promise((resolve) => {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation']) getLocation().then(resolve);
        else resolve(undefined);
      },
      fail: () => resolve(undefined),
    });
  });
}

/** Tests: forget the remembered position. */
export function resetLocation(): void {
  last = undefined;
}
