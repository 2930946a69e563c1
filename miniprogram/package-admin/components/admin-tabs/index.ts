import { getSession } from '../../../services/session';
import { areaName } from '../../../shared/models/area';

const TABS = [
  { key: 'dashboard', text: '📊 看板' },
  { key: 'employers', text: '🏭 单位' },
  { key: 'review', text: '🚩 审核' },
  { key: 'invites', text: '🔑 邀请码' },
  { key: 'audit', text: '📜 记录' },
];

/** The admin screens, one tap apart, and the area they cover; `current` is the screen shown. */
Component({
  properties: {
    current: { type: String, value: '' },
  },
  data: { tabs: TABS, area: '' },
  lifetimes: {
    attached() {
      getSession()
        .then((s) => {
          if (s.admin) this.setData({ area: areaName(s.admin) });
        })
        .catch(() => undefined);
    },
  },
  methods: {
    onTap(e: WechatMiniprogram.TouchEvent) {
      const { key } = e.currentTarget.dataset as { key: string };
      if (key === this.data.current) return;
      wx.redirectTo({ url: `/package-admin/pages/${key}/index` });
    },
  },
});
