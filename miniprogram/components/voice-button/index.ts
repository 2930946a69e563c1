import {
  askMicrophone,
  cancelListening,
  NO_PLUGIN_MESSAGE,
  openMicrophoneSetting,
  setVoiceLang,
  startListening,
  stopListening,
  VOICE_LANG_LABELS,
  voiceLang,
  type VoiceLang,
} from '../../services/voice/index';
import type { VoiceHeard } from './types';

type Phase = 'idle' | 'listening' | 'recognising';

const pressed = new WeakMap<object, boolean>();

/**
 * 按住说话: hold to talk, let go to finish. Shows the words live while the worker speaks and emits
 * `heard` with the final words. 普通话 / 四川话 is one tap (remembered). A refused microphone says
 * that typing still works and how to allow it in 设置.
 */
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    hint: { type: String, value: '' },
  },
  data: {
    phase: 'idle' as Phase,
    words: '',
    /** What went wrong, in words the worker can act on. */
    message: '',
    /** The microphone is refused: offer 设置. */
    refused: false,
    lang: 'mandarin' as VoiceLang,
    langLabel: VOICE_LANG_LABELS.mandarin,
    otherLangLabel: VOICE_LANG_LABELS.sichuan,
  },
  lifetimes: {
    attached() {
      this.showLang(voiceLang());
    },
    detached() {
      pressed.delete(this);
      if (this.data.phase !== 'idle') cancelListening();
    },
  },
  pageLifetimes: {
    hide() {
      pressed.delete(this);
      if (this.data.phase !== 'idle') {
        cancelListening();
        this.setData({ phase: 'idle', words: '' });
      }
    },
  },
  methods: {
    showLang(lang: VoiceLang) {
      const other: VoiceLang = lang === 'mandarin' ? 'sichuan' : 'mandarin';
      this.setData({
        lang,
        langLabel: VOICE_LANG_LABELS[lang],
        otherLangLabel: VOICE_LANG_LABELS[other],
      });
    },

    onSwitchLang() {
      const lang: VoiceLang = this.data.lang === 'mandarin' ? 'sichuan' : 'mandarin';
      setVoiceLang(lang);
      this.showLang(lang);
    },

    async onPress() {
      if (this.data.phase !== 'idle') return;
      pressed.set(this, true);
      this.setData({ message: '', words: '' });
      const mic = await askMicrophone();
      if (mic === 'refused') {
        pressed.delete(this);
        this.setData({ refused: true, message: '' });
        return;
      }
      this.setData({ refused: false });
      if (mic === 'asked') {
        // WeChat's dialog took the finger off the button: start on the next press.
        pressed.delete(this);
        this.setData({ message: '好了，请再按住按钮说话' });
        return;
      }
      if (!pressed.get(this)) {
        this.setData({ message: '请按住按钮不放，边按边说，说完再松开' });
        return;
      }
      const started = startListening(
        {
          onWords: (words) => this.setData({ words }),
          onDone: (text) => {
            this.setData({ phase: 'idle', words: text });
            this.triggerEvent('heard', { text } satisfies VoiceHeard);
          },
          onFail: (message, microphone) =>
            this.setData({ phase: 'idle', words: '', message, refused: microphone }),
        },
        this.data.lang,
      );
      if (!started) {
        pressed.delete(this);
        this.setData({ message: NO_PLUGIN_MESSAGE });
        return;
      }
      this.setData({ phase: 'listening' });
      wx.vibrateShort?.({ type: 'light' });
    },

    onRelease() {
      pressed.delete(this);
      if (this.data.phase !== 'listening') return;
      this.setData({ phase: 'recognising' });
      stopListening();
    },

    /** Holding the button must not scroll the page. */
    noop() {},

    async onOpenSetting() {
      const on = await openMicrophoneSetting();
      this.setData({
        refused: !on,
        message: on ? '麦克风打开了，请按住按钮说话' : '',
      });
    },
  },
});
