import { definePage } from '../../behaviors/define-page';
import { CACHE_KEYS, readCache, writeCache } from '../../services/cache';
import { callCloud } from '../../services/call-cloud';

import { confirm, sayFailed } from '../../services/form';
import { loadListPage, PagedList, withCursor, type ListState } from '../../services/list-page';
import { privateState } from '../../services/state';
import { applicationItem, interviewItem, type ApplicationItem } from '../../services/view';
import type { InterviewAnswer } from '../../shared/index';

const list = privateState(() => new PagedList<ApplicationItem>());
const CACHE_APPLICATIONS = CACHE_KEYS.applications;

definePage({
  data: {
    list: [] as ApplicationItem[],
    state: 'loading' as ListState,
    message: '',
    stale: false,
  },
  methods: {
    onLoad() {
      const cached = readCache<ApplicationItem[]>(CACHE_APPLICATIONS);
      if (cached && cached.data.length) this.setData({ list: cached.data });
      void this.load(true);
    },
    onPullDownRefresh() {
      void this.load(true).then(() => wx.stopPullDownRefresh());
    },
    onReachBottom() {
      void this.load(false);
    },

    async load(reset: boolean): Promise<void> {
      const l = list(this);
      if (!reset && (!l.hasMore || this.data.state === 'more' || this.data.state === 'loading'))
        return;
      this.setData({ state: reset ? 'loading' : 'more' });
      const items = await loadListPage(this, l, reset, async (cursor) => {
        const out = await callCloud('application.listMine', withCursor({}, cursor));
        const now = Date.now();
        return { items: out.items.map((a) => applicationItem(a, now)), nextCursor: out.nextCursor };
      });
      if (items && reset) writeCache(CACHE_APPLICATIONS, items);
    },

    onRetry() {
      void this.load(true);
    },

    onOpen(e: WechatMiniprogram.TouchEvent) {
      wx.navigateTo({ url: `/pages/job/index?id=${String(e.currentTarget.dataset['job'])}` });
    },

    onInterviewMap(e: WechatMiniprogram.TouchEvent) {
      const item = this.data.list[Number(e.currentTarget.dataset['index'])];
      const i = item?.interview;
      if (!item || !i) return;
      wx.openLocation({ latitude: i.lat, longitude: i.lng, name: item.company, address: i.place });
    },

    /** 我会去: one tap; the employer sees it in their list. */
    onComing(e: WechatMiniprogram.TouchEvent) {
      void this.answer(Number(e.currentTarget.dataset['index']), 'coming');
    },

    /** 想换个时间: a word on when suits (可不填), then the employer sets a new time. */
    onReschedule(e: WechatMiniprogram.TouchEvent) {
      const index = Number(e.currentTarget.dataset['index']);
      wx.showModal({
        title: '想换个时间',
        editable: true,
        placeholderText: '哪天什么时候方便？如：周三以后都可以',
        confirmText: '告诉单位',
        cancelText: '不改了',
        success: (r) => {
          if (r.confirm) void this.answer(index, 'reschedule', (r.content ?? '').trim());
        },
      });
    },

    async answer(index: number, answer: InterviewAnswer, note?: string) {
      const item = this.data.list[index];
      if (!item?.interview) return;
      try {
        const out = await callCloud('application.answerInterview', {
          applicationId: item.id,
          answer,
          ...(note ? { note } : {}),
        });
        this.setData({ [`list[${index}].interview`]: interviewItem(out.interview, Date.now()) });
        writeCache(CACHE_APPLICATIONS, this.data.list);
        wx.showToast({ title: '已告诉单位', icon: 'success' });
      } catch (err) {
        sayFailed('没有发出去', err);
      }
    },

    onWithdraw(e: WechatMiniprogram.TouchEvent) {
      const index = Number(e.currentTarget.dataset['index']);
      const item = this.data.list[index];
      if (!item || !item.canWithdraw) return;
      void confirm(
        '撤回报名？',
        `撤回后，${item.company}就看不到您的报名了`,
        '撤回',
        '不撤回',
      ).then((yes) => {
        if (!yes) return;
        callCloud('application.withdraw', { applicationId: item.id })
          .then((out) => {
            this.setData({
              [`list[${index}].status`]: out.status,
              [`list[${index}].canWithdraw`]: false,
              [`list[${index}].interview`]: null,
            });
            writeCache(CACHE_APPLICATIONS, this.data.list);
            wx.showToast({ title: '已撤回', icon: 'success' });
          })
          .catch((err: unknown) => sayFailed('没有撤回', err));
      });
    },
  },
});
