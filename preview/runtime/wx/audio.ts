/**
 * wx.createInnerAudioContext: real audio for real addresses, and for the speech the preview's
 * text-to-speech stand-in makes (`speechUrl`), the browser's speech synthesis where it has a
 * Chinese voice — always with the words shown as a caption, and only the caption (for as long as
 * reading them takes) where it has none.
 */
import * as ui from '../ui';
import type { WxFamily } from './api';

const SPEECH = 'xp-speech://';
const speeches = new Map<string, string>();

/** An address an audio context plays as the speech of `text`. */
export function speechUrl(text: string): string {
  const url = `${SPEECH}${speeches.size + 1}`;
  speeches.set(url, text);
  return url;
}

function chineseVoice(): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return speechSynthesis.getVoices().find((v) => /^zh|cmn/i.test(v.lang));
}

type Listener = () => void;

class InnerAudioContext {
  src = '';
  playbackRate = 1;
  volume = 1;
  private ended: Listener[] = [];
  private errors: Listener[] = [];
  private stopCurrent: (() => void) | undefined;

  play(): void {
    this.stop();
    const text = speeches.get(this.src);
    if (text !== undefined) this.speak(text);
    else this.playFile(this.src);
  }

  pause(): void {
    this.stop();
  }

  stop(): void {
    const stop = this.stopCurrent;
    this.stopCurrent = undefined;
    stop?.();
  }

  destroy(): void {
    this.stop();
    this.ended = [];
    this.errors = [];
  }

  onEnded(cb: Listener): void {
    this.ended.push(cb);
  }

  offEnded(): void {
    this.ended = [];
  }

  onError(cb: Listener): void {
    this.errors.push(cb);
  }

  offError(): void {
    this.errors = [];
  }

  private finish(ok: boolean): void {
    this.stop();
    for (const cb of ok ? this.ended : this.errors) cb();
  }

  private speak(text: string): void {
    const voice = chineseVoice();
    const removeCaption = ui.caption(
      text,
      voice ? '预览替身：浏览器朗读' : '预览替身：浏览器不能朗读，显示要读的字',
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const end = (): void => {
      if (done) return;
      done = true;
      this.finish(true);
    };
    this.stopCurrent = () => {
      done = true;
      removeCaption();
      if (timer) clearTimeout(timer);
      if (voice) speechSynthesis.cancel();
    };
    if (voice) {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = this.playbackRate;
      utterance.onend = end;
      utterance.onerror = end;
      speechSynthesis.speak(utterance);
    } else {
      // As long as a slow reader takes: about a quarter of a second a character.
      const ms = Math.max(1500, (text.length * 250) / (this.playbackRate || 1));
      timer = setTimeout(end, ms);
    }
  }

  private playFile(src: string): void {
    const audio = new Audio(src);
    audio.playbackRate = this.playbackRate;
    audio.volume = this.volume;
    audio.onended = () => this.finish(true);
    audio.onerror = () => this.finish(false);
    this.stopCurrent = () => {
      audio.onended = null;
      audio.onerror = null;
      audio.pause();
    };
    audio.play().catch(() => this.finish(false));
  }
}

export const audioApis: WxFamily = {
  createInnerAudioContext: () => new InnerAudioContext(),
  setInnerAudioOption: () => Promise.resolve({ errMsg: 'setInnerAudioOption:ok' }),
};
