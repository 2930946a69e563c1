import type { FairCardView } from '../../services/view';

/** A fair in a list (see services/view `fairCardView`); a tap opens the fair page. */
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    fair: { type: Object, value: {} as FairCardView },
  },
  methods: {
    onTap() {
      const fair = this.data.fair as FairCardView;
      if (!fair.id) return;
      wx.navigateTo({ url: `/pages/fair/index?id=${fair.id}` });
    },
  },
});
