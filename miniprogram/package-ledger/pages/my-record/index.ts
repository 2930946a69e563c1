import { definePage } from '../../../behaviors/define-page';
import {
  FOCUS_GROUP_LABELS,
  PLACEMENT_LABELS,
  SITUATION_LABELS,
} from '../../../shared/catalog/workforce';
import type { ActionOutput } from '../../../shared/contracts';
import { formatDay } from '../../../shared/time';
import { confirm, toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { call } from '../../lib/cloud';

type MyRecord = ActionOutput<'ledger.mine'>['records'][number];

function viewOf(r: MyRecord) {
  return {
    id: r._id,
    place: `${r.town} ${r.village}`,
    name: r.name,
    situation: SITUATION_LABELS[r.situation],
    focus: r.focusGroup ? FOCUS_GROUP_LABELS[r.focusGroup] : '',
    placed: r.placed ? `${formatDay(r.placed.day)} ${PLACEMENT_LABELS[r.placed.how]}` : '',
    linked: r.linked,
    deletion: r.deletionRequested,
  };
}

/**
 * The worker's side of the 劳动力台账: whether a cadre keeps a record of them, what it says, and
 * their word on it (link their own 求职意向, withdraw the 重点人群 consent, ask for deletion).
 */
definePage({
  data: {
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    records: [] as ReturnType<typeof viewOf>[],
    busy: '',
  },
  methods: {
    onLoad() {
      void this.load();
    },

    onPublicJobs() {
      wx.navigateTo({ url: '/package-ledger/pages/public-jobs/index' });
    },

    onMyPublicJobs() {
      wx.navigateTo({ url: '/package-ledger/pages/my-public-jobs/index' });
    },

    async load() {
      try {
        const { records } = await call('ledger.mine', {});
        this.setData({ state: 'ready', records: records.map(viewOf) });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    async act(id: string, run: () => Promise<{ record: MyRecord }>, done: string) {
      if (this.data.busy) return;
      this.setData({ busy: id });
      try {
        const { record } = await run();
        const index = this.data.records.findIndex((r) => r.id === id);
        if (index >= 0) this.setData({ [`records[${index}]`]: viewOf(record) });
        toast(done, 'success');
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busy: '' });
      }
    },

    onLink(e: WechatMiniprogram.TouchEvent) {
      const { id, linked } = e.currentTarget.dataset as { id: string; linked: boolean };
      void this.act(
        id,
        () => call('ledger.consent', { personId: id, link: !linked }),
        linked ? '已取消关联' : '已关联',
      );
    },

    async onWithdrawFocus(e: WechatMiniprogram.TouchEvent) {
      const { id, linked } = e.currentTarget.dataset as { id: string; linked: boolean };
      if (!(await confirm('撤回同意', '撤回后，村干部那里的重点人群类别会删掉。确定吗？'))) return;
      void this.act(
        id,
        () => call('ledger.consent', { personId: id, link: linked, focus: false }),
        '已撤回',
      );
    },

    async onDelete(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      if (!(await confirm('申请删除', '村干部会收到您的申请，核实后删除这条记录。确定吗？')))
        return;
      void this.act(id, () => call('ledger.requestDeletion', { personId: id }), '已申请');
    },
  },
});
