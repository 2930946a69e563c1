/**
 * A stand-in for WeChat's 同声传译 plugin (WechatSI): "speaking" is typing a sentence or picking
 * one of the samples the preview was given; the words then stream in as the real recogniser sends
 * them. Text-to-speech gives an address the preview's audio plays (browser speech, or a caption).
 */
import { config } from '../config';
import * as ui from '../ui';
import { speechUrl } from '../wx/audio';

type Callback<T> = ((res: T) => void) | null;

/** How long each streamed piece of the sentence takes to arrive. */
const STREAM_MS = 120;

class RecognitionManager {
  onStart: Callback<{ msg: string }> = null;
  onRecognize: Callback<{ result: string }> = null;
  onStop: Callback<{ result: string; duration: number; fileSize: number; tempFilePath: string }> =
    null;
  onError: Callback<{ retcode: number; msg: string }> = null;
  private running = false;

  start(options: { lang?: string } = {}): void {
    if (this.running) {
      this.onError?.({ retcode: -30011, msg: 'recognition is already running' });
      return;
    }
    this.running = true;
    this.onStart?.({ msg: 'Ok' });
    const dialect = options.lang === 'sichuanhua' ? '（四川话）' : '';
    void ui
      .promptText(
        `按住说话${dialect}`,
        '浏览器不用麦克风：请打字，或点一句例句，就当是您说的',
        '说您想找的活',
        { choices: config.speechSamples ?? [], okText: '说完了' },
      )
      .then((said) => this.stream(said ?? ''));
  }

  /** Letting go ends the real recording; here the sentence decides when the words are in. */
  stop(): void {}

  private stream(said: string): void {
    const pieces = said ? said.split(/(?<=\s)/) : [];
    let heard = '';
    const next = (): void => {
      const piece = pieces.shift();
      if (piece !== undefined) {
        heard += piece;
        this.onRecognize?.({ result: heard.trim() });
        setTimeout(next, STREAM_MS);
        return;
      }
      this.running = false;
      this.onStop?.({
        result: said,
        duration: said.length * 250,
        fileSize: 0,
        tempFilePath: '',
      });
    };
    setTimeout(next, STREAM_MS);
  }
}

const manager = new RecognitionManager();

export const wechatSI = {
  getRecordRecognitionManager: () => manager,
  textToSpeech(options: {
    content: string;
    success?: (res: object) => void;
    fail?: (err: object) => void;
  }): void {
    const content = String(options.content ?? '');
    setTimeout(() => {
      if (!content) {
        options.fail?.({ retcode: -20002, msg: 'empty content' });
        return;
      }
      options.success?.({
        retcode: 0,
        origin: content,
        filename: speechUrl(content),
        expired_time: Math.floor(Date.now() / 1000) + 3 * 3600,
      });
    }, 0);
  },
};
