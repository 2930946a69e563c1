const TABS = [
  { key: 'employers', text: '🏭 单位审核' },
  { key: 'review', text: '🚩 岗位审核' },
  { key: 'invites', text: '🔑 邀请码' },
];

/** The three admin screens, one tap apart; `current` is the screen shown. */
Component({
  properties: {
    current: { type: String, value: '' },
  },
  data: { tabs: TABS },
  methods: {
    onTap(e: WechatMiniprogram.TouchEvent) {
      const { key } = e.currentTarget.dataset as { key: string };
      if (key === this.data.current) return;
      wx.redirectTo({ url: `/package-admin/pages/${key}/index` });
    },
  },
});
