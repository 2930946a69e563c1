/**
 * What the preview server tells its two documents — the app (`window.__XP_CONFIG__`, read by
 * runtime/config.ts) and the phone frame (shell.ts). Types only: the server runs in Node, the
 * runtime in the browser.
 */

/** A user the role switcher offers (the caller's demo users). */
export interface PreviewUser {
  /** `?as=<key>` acts as this user. */
  key: string;
  openid: string;
  /** Groups the role switcher: worker, employer, cadre, admin. */
  role: string;
  label: string;
  name: string;
  note: string;
}

export interface PreviewConfig {
  /** local-cloud's URL (the gateway); null when the preview runs without a back end. */
  cloudUrl: string | null;
  users: PreviewUser[];
  /** The key of the user the app acts as when the browser has none stored. */
  defaultUser: string;
  /** Sentences the voice stand-in offers to "say" (the caller's examples). */
  speechSamples?: string[];
}
