import { agreePrivacy, disagreePrivacy, registerSheet } from '../../services/privacy';

const unregister = new WeakMap<object, () => void>();

/**
 * The privacy consent sheet WeChat requires before a privacy API (location, album, clipboard,
 * microphone):
 * the app-wide listener in services/privacy opens the sheet of the page on screen, and refuses
 * when a page has none. `title` and `text` say what this page needs and why; the defaults are the
 * worker pages' location request; a use announced through services/privacy (the microphone of
 * the voice button) brings its own words. One component for every package (subpackages use it by its
 * absolute path), with its own styles so that no page's classes restyle it.
 */
Component({
  properties: {
    title: { type: String, value: '用一下您的位置' },
    text: {
      type: String,
      value: '为了找离您近的工作和招聘会，需要用您的位置。不同意也能用，我们按您家所在的县来找。',
    },
  },
  /** `purposeTitle`/`purposeText`: what another part of the page asked for (the microphone). */
  data: { show: false, purposeTitle: '', purposeText: '' },
  lifetimes: {
    attached() {
      unregister.set(
        this,
        registerSheet({
          open: (_referrer, purpose) =>
            this.setData({
              show: true,
              purposeTitle: purpose?.title ?? '',
              purposeText: purpose?.text ?? '',
            }),
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
