/**
 * WeChat's 同声传译 plugin (WechatSI, provider wx069ba97219f66d99, declared in app.json): the part
 * of its API this app uses, typed from the plugin's documentation, and the one place that calls
 * `requirePlugin`. Everything else reaches the plugin through services/voice.
 */

/** Recognition languages the plugin documents: 普通话 and 四川话. */
export type RecognitionLang = 'zh_CN' | 'sichuanhua';

export interface RecognitionStop {
  /** The final words. */
  result: string;
  duration: number;
  fileSize: number;
  tempFilePath: string;
}

export interface PluginError {
  retcode: number;
  msg: string;
}

/** The plugin's one recognition manager (streaming: onRecognize brings the words so far). */
export interface RecordRecognitionManager {
  start(options: { duration?: number; lang?: RecognitionLang }): void;
  stop(): void;
  onStart: ((res: { msg: string }) => void) | null;
  onRecognize: ((res: { result: string }) => void) | null;
  onStop: ((res: RecognitionStop) => void) | null;
  onError: ((res: PluginError) => void) | null;
}

export interface TextToSpeechResult {
  retcode: number;
  origin: string;
  /** The synthesised audio's address, playable for about three hours. */
  filename: string;
  expired_time: number;
}

export interface WechatSIPlugin {
  getRecordRecognitionManager(): RecordRecognitionManager;
  /** Text to speech: zh_CN, up to 1000 bytes of content. */
  textToSpeech(options: {
    lang: 'zh_CN';
    tts?: boolean;
    content: string;
    success?: (res: TextToSpeechResult) => void;
    fail?: (err: PluginError) => void;
  }): void;
}

let plugin: WechatSIPlugin | null | undefined;

/** The plugin, or null where it is missing (not added in the admin console, old WeChat). */
export function wechatSI(): WechatSIPlugin | null {
  if (plugin !== undefined) return plugin;
  try {
    plugin =
      typeof requirePlugin === 'function' ? (requirePlugin('WechatSI') as WechatSIPlugin) : null;
  } catch {
    plugin = null;
  }
  return plugin;
}

/** Tests: look the plugin up again. */
export function resetWechatSI(): void {
  plugin = undefined;
}
