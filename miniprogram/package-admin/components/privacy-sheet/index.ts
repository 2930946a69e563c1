import { agreePrivacy, disagreePrivacy, registerSheet } from '../../../services/privacy';

const unregister = new WeakMap<object, () => void>();

/**
 * The privacy consent sheet WeChat requires before a privacy API (location, album, clipboard):
 * the app-wide listener in services/privacy opens the sheet of the page on screen, and refuses
 * when a page has none. `title` and `text` say what this page needs and why.
 */
Component({
  properties: {
    title: { type: String, value: '需要您同意' },
    text: { type: String, value: '' },
  },
  data: { show: false },
  lifetimes: {
    attached() {
      unregister.set(
        this,
        registerSheet({
          open: () => this.setData({ show: true }),
          close: () => this.setData({ show: false }),
        }),
      );
    },
    detached() {
      unregister.get(this)?.();
    },
  },
  methods: {
    onAgree() {
      agreePrivacy('xp-privacy-agree');
    },
    onDisagree() {
      disagreePrivacy();
    },
    onOpenContract() {
      if (typeof wx.openPrivacyContract === 'function') wx.openPrivacyContract({});
    },
  },
});
