/**
 * 隐私授权. `__usePrivacyCheck__` makes WeChat hold a privacy API (getLocation…) until the user
 * agrees; `wx.onNeedPrivacyAuthorization` tells us, and the privacy-sheet component shows a button
 * with open-type="agreePrivacyAuthorization". The sheet of the page on screen registers itself here.
 */
type Resolve = (result: {
  event: 'agree' | 'disagree' | 'exposureAuthorization';
  buttonId?: string;
}) => void;

export interface PrivacySheet {
  open(referrer: string): void;
  close(): void;
}

const sheets: PrivacySheet[] = [];
let pendingResolve: Resolve | undefined;
let installed = false;

/** Registers the app-wide listener once (from app.ts). */
export function installPrivacyListener(): void {
  if (installed || typeof wx.onNeedPrivacyAuthorization !== 'function') return;
  installed = true;
  // The typings declare one parameter; the runtime passes (resolve, eventInfo).
  const listener = (resolve: Resolve, info?: { referrer?: string }) => {
    const sheet = sheets[sheets.length - 1];
    if (!sheet) {
      // No sheet on this page: refuse, and the caller falls back (e.g. to the county).
      resolve({ event: 'disagree' });
      return;
    }
    pendingResolve = resolve;
    sheet.open(info?.referrer ?? '');
  };
  wx.onNeedPrivacyAuthorization(
    listener as unknown as WechatMiniprogram.OnNeedPrivacyAuthorizationCallback,
  );
}

export function registerSheet(sheet: PrivacySheet): () => void {
  sheets.push(sheet);
  return () => {
    const i = sheets.indexOf(sheet);
    if (i >= 0) sheets.splice(i, 1);
  };
}

/** The user tapped the agree button (its bindagreeprivacyauthorization fired). */
export function agreePrivacy(buttonId: string): void {
  pendingResolve?.({ event: 'agree', buttonId });
  pendingResolve = undefined;
  sheets.forEach((s) => s.close());
}

export function disagreePrivacy(): void {
  pendingResolve?.({ event: 'disagree' });
  pendingResolve = undefined;
  sheets.forEach((s) => s.close());
}
