/**
 * 读给我听: sentences synthesised one by one by the plugin's text-to-speech (each well inside its
 * 1000-byte limit) and played slowly in one audio context, the next one fetched while the current
 * one plays. One reading at a time in the whole app; stop() ends it at once.
 */
import { wechatSI } from './wechat-si';

/** Slower than normal speech, for older listeners (InnerAudioContext allows 0.5–2.0). */
export const READ_ALOUD_RATE = 0.8;

export interface ReadingHandlers {
  /** Every sentence was read. */
  onEnd(): void;
  /** Reading stopped on an error: what to tell the worker. */
  onFail(message: string): void;
}

export interface Reading {
  stop(): void;
}

export const READ_FAILED_MESSAGE = '现在读不了，请看屏幕上的字';

let current: Reading | undefined;
let optionSet = false;

function synthesise(content: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const si = wechatSI();
    if (!si) {
      reject(new Error('no plugin'));
      return;
    }
    si.textToSpeech({
      lang: 'zh_CN',
      tts: true,
      content,
      success: (res) => (res.retcode === 0 && res.filename ? resolve(res.filename) : reject(res)),
      fail: (err) => reject(err),
    });
  });
}

/** Reads the sentences aloud; null when the plugin is missing. A reading already on stops. */
export function readAloud(sentences: readonly string[], handlers: ReadingHandlers): Reading | null {
  current?.stop();
  if (!wechatSI() || !sentences.length) return null;
  if (!optionSet && typeof wx.setInnerAudioOption === 'function') {
    // Read aloud even with the phone's silent switch on: the worker asked for it with a tap.
    wx.setInnerAudioOption({ obeyMuteSwitch: false });
    optionSet = true;
  }
  const audio = wx.createInnerAudioContext();
  audio.playbackRate = READ_ALOUD_RATE;
  const urls = new Map<number, Promise<string>>();
  const urlOf = (i: number): Promise<string> => {
    let url = urls.get(i);
    if (!url) {
      url = synthesise(sentences[i] ?? '');
      url.catch(() => undefined);
      urls.set(i, url);
    }
    return url;
  };
  let stopped = false;
  let index = 0;
  const finish = (): void => {
    stopped = true;
    if (current === reading) current = undefined;
    audio.destroy();
  };
  const fail = (): void => {
    if (stopped) return;
    finish();
    handlers.onFail(READ_FAILED_MESSAGE);
  };
  const play = (i: number): void => {
    urlOf(i).then((url) => {
      if (stopped) return;
      audio.src = url;
      audio.play();
      if (i + 1 < sentences.length) void urlOf(i + 1);
    }, fail);
  };
  audio.onEnded(() => {
    if (stopped) return;
    index += 1;
    if (index < sentences.length) play(index);
    else {
      finish();
      handlers.onEnd();
    }
  });
  audio.onError(fail);
  const reading: Reading = {
    stop: () => {
      if (stopped) return;
      audio.stop();
      finish();
    },
  };
  current = reading;
  play(0);
  return reading;
}

/** Stops whatever is being read (a page went away). */
export function stopReading(): void {
  current?.stop();
}
