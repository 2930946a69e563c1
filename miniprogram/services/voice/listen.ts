/**
 * Hold-to-talk recognition through the plugin's one recognition manager: the words so far while
 * the worker speaks, the final words when they let go, or a Chinese message that says what to do.
 */
import { peekSession } from '../session';
import { wechatSI, type PluginError, type RecognitionLang } from './wechat-si';

/** 普通话 or 四川话, as the worker chose (remembered), else by their home province. */
export type VoiceLang = 'mandarin' | 'sichuan';

export const VOICE_LANG_LABELS: Record<VoiceLang, string> = {
  mandarin: '普通话',
  sichuan: '四川话',
};

const PLUGIN_LANG: Record<VoiceLang, RecognitionLang> = {
  mandarin: 'zh_CN',
  sichuan: 'sichuanhua',
};

const LANG_KEY = 'xp:voiceLang';
/** Where 四川话 is what most people speak at home. */
const SICHUAN_SPEAKING = ['四川省', '重庆市'];
/** A spoken request is short; the plugin allows 60 s. */
const MAX_MS = 30_000;

export function voiceLang(): VoiceLang {
  try {
    const saved = wx.getStorageSync(LANG_KEY) as VoiceLang | '';
    if (saved === 'mandarin' || saved === 'sichuan') return saved;
  } catch {
    // storage unavailable: fall through to the home province
  }
  const province = peekSession()?.profile?.home.province ?? '';
  return SICHUAN_SPEAKING.includes(province) ? 'sichuan' : 'mandarin';
}

export function setVoiceLang(lang: VoiceLang): void {
  try {
    wx.setStorageSync(LANG_KEY, lang);
  } catch {
    // not remembered: asked again next time
  }
}

export interface ListenHandlers {
  /** The words heard so far (streaming). */
  onWords(text: string): void;
  /** The final words (never empty). */
  onDone(text: string): void;
  /** Nothing usable: what to tell the worker; `microphone` when the microphone itself failed. */
  onFail(message: string, microphone: boolean): void;
}

/** The plugin's error codes → what the worker is told. */
export function recognitionMessage(err: PluginError): string {
  switch (err.retcode) {
    case -30003:
    case -30006:
      return '没听清，请按住按钮，说完再松开';
    case -30004:
    case -30008:
    case -30010:
      return '网络不好，没听出来。请再说一次，或者打字';
    case -40001:
      return '现在用的人多，请过一会儿再说，或者打字';
    case -30001:
    case -30002:
      return '麦克风没打开，请打字，或在设置里打开麦克风';
    default:
      return '没听出来，请再说一次，或者打字';
  }
}

/** Messages for the plugin's -300xx codes that mean the microphone itself did not record. */
const MICROPHONE_CODES = [-30001, -30002];
/** Calls the plugin answers with an error that needs no message (a second start, a late stop). */
const IGNORED_CODES = [-30011, -30012];

export const NO_PLUGIN_MESSAGE = '这里用不了说话，请打字';
export const NOTHING_HEARD_MESSAGE = '没听到声音，请按住按钮说话，说完再松开';

let active: ListenHandlers | undefined;

/** Starts listening; false when the plugin is missing (the caller shows NO_PLUGIN_MESSAGE). */
export function startListening(handlers: ListenHandlers, lang: VoiceLang = voiceLang()): boolean {
  const si = wechatSI();
  if (!si) return false;
  const manager = si.getRecordRecognitionManager();
  active = handlers;
  // The manager is one for the whole app: its callbacks go to whoever listens now.
  manager.onStart = () => undefined;
  manager.onRecognize = (res) => {
    if (active === handlers && res.result) handlers.onWords(res.result);
  };
  manager.onStop = (res) => {
    if (active !== handlers) return;
    active = undefined;
    const text = (res.result ?? '').trim();
    if (text) handlers.onDone(text);
    else handlers.onFail(NOTHING_HEARD_MESSAGE, false);
  };
  manager.onError = (err) => {
    if (active !== handlers || IGNORED_CODES.includes(err.retcode)) return;
    active = undefined;
    handlers.onFail(recognitionMessage(err), MICROPHONE_CODES.includes(err.retcode));
  };
  manager.start({ duration: MAX_MS, lang: PLUGIN_LANG[lang] });
  return true;
}

/** The worker let go: the plugin sends the final words (onDone). */
export function stopListening(): void {
  if (!active) return;
  wechatSI()?.getRecordRecognitionManager().stop();
}

/** Drops the current listener without waiting for its words (the component went away). */
export function cancelListening(): void {
  if (!active) return;
  active = undefined;
  wechatSI()?.getRecordRecognitionManager().stop();
}
