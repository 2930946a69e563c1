/**
 * 大字模式. Every page puts `<page-meta root-font-size="{{rootFontSize}}">` first and sizes its
 * WXSS in rem, so one value enlarges the whole UI. Off, the root follows the system font size
 * ('system'), which respects the phone's and WeChat's font scale; on, it is 1.3 times that.
 */
const KEY = 'xp:largeText';
const LARGE_FACTOR = 1.3;
const DEFAULT_SYSTEM_PX = 16;

type Listener = (rootFontSize: string) => void;
const listeners = new Set<Listener>();

export function isLargeText(): boolean {
  try {
    return wx.getStorageSync(KEY) === true;
  } catch {
    return false;
  }
}

function systemFontPx(): number {
  try {
    // getAppBaseInfo replaces the deprecated getSystemInfoSync where the base library has it.
    const info = (
      typeof wx.getAppBaseInfo === 'function' ? wx.getAppBaseInfo() : wx.getSystemInfoSync()
    ) as { fontSizeSetting?: number };
    const px = Number(info.fontSizeSetting);
    return px >= 12 && px <= 40 ? px : DEFAULT_SYSTEM_PX;
  } catch {
    return DEFAULT_SYSTEM_PX;
  }
}

/** The value for page-meta's root-font-size. */
export function rootFontSize(large: boolean = isLargeText()): string {
  return large ? `${Math.round(systemFontPx() * LARGE_FACTOR)}px` : 'system';
}

export function setLargeText(on: boolean): void {
  try {
    wx.setStorageSync(KEY, on);
  } catch {
    // keep working for this launch even if storage fails
  }
  const size = rootFontSize(on);
  listeners.forEach((l) => l(size));
}

/** Called with the new root font size whenever 大字模式 changes; returns the unsubscribe. */
export function onLargeTextChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
