/**
 * A fake WechatSI plugin (同声传译) behind `requirePlugin`, and the `wx` calls the voice service
 * makes (microphone permission, 设置, audio), recorded. The test says what the recogniser hears and
 * finishes what the audio plays; nothing else of the service is replaced.
 */
import type {
  PluginError,
  RecognitionStop,
  RecordRecognitionManager,
  TextToSpeechResult,
  WechatSIPlugin,
} from '../../miniprogram/services/voice/wechat-si';
import { resetWechatSI } from '../../miniprogram/services/voice/index';
import { settle } from './worker-kit';

class FakeManager implements RecordRecognitionManager {
  onStart: ((res: { msg: string }) => void) | null = null;
  onRecognize: ((res: { result: string }) => void) | null = null;
  onStop: ((res: RecognitionStop) => void) | null = null;
  onError: ((res: PluginError) => void) | null = null;
  starts: { duration?: number; lang?: string }[] = [];
  stops = 0;
  running = false;
  /** What the recogniser gives when the worker lets go. */
  final = '';

  start(options: { duration?: number; lang?: 'zh_CN' | 'sichuanhua' }): void {
    this.starts.push(options);
    this.running = true;
    this.onStart?.({ msg: 'Ok' });
  }

  stop(): void {
    this.stops += 1;
    if (!this.running) return;
    this.running = false;
    const result = this.final;
    setTimeout(
      () => this.onStop?.({ result, duration: 2000, fileSize: 1000, tempFilePath: 'wxfile://r' }),
      0,
    );
  }

  /** The words so far, while the worker speaks. */
  hear(words: string): void {
    this.final = words;
    this.onRecognize?.({ result: words });
  }

  fail(retcode: number): void {
    this.running = false;
    this.onError?.({ retcode, msg: 'fake' });
  }
}

export interface FakeAudio {
  src: string;
  playbackRate: number;
  played: string[];
  stopped: boolean;
  destroyed: boolean;
  /** The current sentence ends. */
  end(): void;
  /** The audio fails to play. */
  error(): void;
}

export class FakeWechatSI implements WechatSIPlugin {
  readonly manager = new FakeManager();
  /** What was sent to text-to-speech, in order. */
  readonly spoken: string[] = [];
  ttsFails = false;

  getRecordRecognitionManager(): RecordRecognitionManager {
    return this.manager;
  }

  textToSpeech(options: Parameters<WechatSIPlugin['textToSpeech']>[0]): void {
    this.spoken.push(options.content);
    const n = this.spoken.length;
    setTimeout(() => {
      if (this.ttsFails) {
        options.fail?.({ retcode: -20003, msg: 'text to speech inner server failed.' });
        return;
      }
      const res: TextToSpeechResult = {
        retcode: 0,
        origin: options.content,
        filename: `https://tts.test/${n}.mp3`,
        expired_time: 0,
      };
      options.success?.(res);
    }, 0);
  }
}

export interface VoiceWorld {
  plugin: FakeWechatSI;
  /** The microphone's permission: undefined = never asked. */
  microphone: boolean | undefined;
  /** What WeChat's one-time prompt answers. */
  allowOnPrompt: boolean;
  /** What the worker does in 设置. */
  allowInSetting: boolean;
  prompts: string[];
  audios: FakeAudio[];
  vibrations: number;
}

/** Installs the fake plugin and the voice `wx` calls (after worker-kit's setup()). */
export function installVoice(options: { plugin?: boolean } = {}): VoiceWorld {
  const world: VoiceWorld = {
    plugin: new FakeWechatSI(),
    microphone: undefined,
    allowOnPrompt: true,
    allowInSetting: true,
    prompts: [],
    audios: [],
    vibrations: 0,
  };
  resetWechatSI();
  const g = globalThis as unknown as { requirePlugin?: (name: string) => unknown };
  g.requirePlugin =
    options.plugin === false
      ? () => {
          throw new Error('plugin WechatSI is not defined in app.json');
        }
      : (name: string) => {
          if (name !== 'WechatSI') throw new Error(`no plugin ${name}`);
          return world.plugin;
        };
  type Opts = { success?: (r: unknown) => void; fail?: (e: unknown) => void; scope?: string };
  const getSetting = wx.getSetting;
  Object.assign(wx, {
    getSetting: (o: Opts) =>
      getSetting({
        success: (res) => {
          const authSetting = { ...(res as { authSetting: object }).authSetting } as Record<
            string,
            boolean
          >;
          if (world.microphone !== undefined) authSetting['scope.record'] = world.microphone;
          o.success?.({ authSetting });
        },
      }),
    authorize: (o: Opts) => {
      world.prompts.push(String(o.scope));
      world.microphone = world.allowOnPrompt;
      setTimeout(() =>
        world.allowOnPrompt ? o.success?.({}) : o.fail?.({ errMsg: 'authorize:fail auth deny' }),
      );
    },
    openSetting: (o: Opts) => {
      world.microphone = world.allowInSetting;
      setTimeout(() => o.success?.({ authSetting: { 'scope.record': world.microphone } }));
    },
    vibrateShort: () => {
      world.vibrations += 1;
    },
    setInnerAudioOption: () => undefined,
    createInnerAudioContext: () => {
      let ended: (() => void) | undefined;
      let failed: (() => void) | undefined;
      const audio: FakeAudio & Record<string, unknown> = {
        src: '',
        playbackRate: 1,
        played: [],
        stopped: false,
        destroyed: false,
        end: () => ended?.(),
        error: () => failed?.(),
        play() {
          audio.played.push(audio.src);
        },
        stop() {
          audio.stopped = true;
        },
        destroy() {
          audio.destroyed = true;
        },
        onEnded(cb: () => void) {
          ended = cb;
        },
        onError(cb: () => void) {
          failed = cb;
        },
      };
      world.audios.push(audio);
      return audio;
    },
  });
  return world;
}

type Queryable = { querySelector(s: string): unknown };
type Dispatchable = Queryable & { dispatchEvent(name: string): void };

/** The node at the end of a chain of selectors, each inside the component the previous found. */
export function within(node: Queryable, ...selectors: string[]): Dispatchable {
  let at = node as Dispatchable;
  for (const selector of selectors) {
    const next = at.querySelector(selector) as Dispatchable | null;
    if (!next) throw new Error(`nothing matches ${selectors.join(' → ')} (at ${selector})`);
    at = next;
  }
  return at;
}

/** The hold-to-talk area of a page's or component's voice button. */
export const PRESS: Record<string, string[]> = {
  button: ['#voice-press'],
  search: ['#voice-search', '#voice-button', '#voice-press'],
  profile: ['#voice-profile', '#voice-button', '#voice-press'],
};

/** Presses and holds (touchstart), as a finger does. */
export async function pressOn(node: Queryable, path: string[] = PRESS.button!): Promise<void> {
  within(node, ...path).dispatchEvent('touchstart');
  await settle();
}

/** Lets go (touchend). */
export async function releaseOn(node: Queryable, path: string[] = PRESS.button!): Promise<void> {
  within(node, ...path).dispatchEvent('touchend');
  await settle();
}

/** The worker holds the button, says `words`, and lets go. */
export async function say(
  node: Queryable,
  world: VoiceWorld,
  words: string,
  path: string[] = PRESS.button!,
): Promise<void> {
  await pressOn(node, path);
  const half = words.slice(0, Math.ceil(words.length / 2));
  world.plugin.manager.hear(half);
  await settle();
  world.plugin.manager.hear(words);
  await releaseOn(node, path);
}

/** Taps 读给我听 on a page and lets every sentence play to its end; what was read. */
export async function listen(page: Queryable, world: VoiceWorld): Promise<string[]> {
  const from = world.plugin.spoken.length;
  within(page, '#read-aloud', '#read-aloud-button').dispatchEvent('tap');
  await settle();
  const audio = world.audios.at(-1)!;
  for (let i = 0; i < 30 && !audio.destroyed; i++) {
    audio.end();
    await settle();
  }
  return world.plugin.spoken.slice(from);
}
