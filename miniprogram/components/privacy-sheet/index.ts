import { agreePrivacy, disagreePrivacy, registerSheet } from '../../services/privacy';

const unregister = new WeakMap<object, () => void>();

/**
 * The privacy consent sheet a page shows when WeChat holds a privacy API (getLocation…) until the
 * user agrees. Put one on each page that asks for the location.
 */
Component({
  options: { styleIsolation: 'apply-shared' },
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
