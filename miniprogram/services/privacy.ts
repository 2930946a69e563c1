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
  /** `purpose`: what the app announced it is about to use, when not the page's own need. */
  open(referrer: string, purpose?: PrivacyPurposeText): void;
  close(): void;
}

export interface PrivacyPurposeText {
  title: string;
  text: string;
}

/** Privacy uses a component starts on a page whose sheet says something else (the location). */
export const PRIVACY_PURPOSES = {
  microphone: {
    title: '用一下麦克风',
    text: '按住说话时，要用麦克风听您说的话，变成文字。我们不保存您的声音。不同意也能打字。',
  },
} satisfies Record<string, PrivacyPurposeText>;
export type PrivacyPurpose = keyof typeof PRIVACY_PURPOSES;

/** An announced use counts for the privacy request that follows within this time. */
const PURPOSE_MS = 10_000;
let announced: { purpose: PrivacyPurpose; at: number } | undefined;

/** Says what the next privacy request is for, so the sheet explains it (e.g. the microphone). */
export function announcePrivacyUse(purpose: PrivacyPurpose): void {
  announced = { purpose, at: Date.now() };
}

function takeAnnounced(): PrivacyPurposeText | undefined {
  const a = announced;
  announced = undefined;
  return a && Date.now() - a.at < PURPOSE_MS ? PRIVACY_PURPOSES[a.purpose] : undefined;
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
      announced = undefined;
      // No sheet on this page: refuse, and the caller falls back (e.g. to the county).
      resolve({ event: 'disagree' });
      return;
    }
    pendingResolve = resolve;
    sheet.open(info?.referrer ?? '', takeAnnounced());
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
