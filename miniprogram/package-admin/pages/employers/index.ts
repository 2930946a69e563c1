import { definePage } from '../../../behaviors/define-page';
import type { RowAction } from '../../../components/action-row/types';
import type { EmployerView } from '../../../shared/models/employer';
import { EMPLOYER_STATUS_LABELS } from '../../../shared/catalog/statuses';
import type { ReviewFlag } from '../../../shared/models/review';
import { formatDateTime } from '../../../shared/time';
import { askText, confirm, toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { flagViews, type FlagView } from '../../components/flagged-text/index';
import { call } from '../../lib/cloud';
import { withCursor, type Paged } from '../../../services/list-page';
import { pagedRows } from '../../lib/paged-rows';

interface Row {
  id: string;
  name: string;
  uscc: string;
  contact: string;
  phone: string;
  place: string;
  intro: string;
  when: string;
  status: string;
  /** What msgSecCheck found in the name or intro, the words marked. */
  flags: FlagView[];
}

function rowOf(e: EmployerView, flags: readonly ReviewFlag[] = []): Row {
  return {
    id: e._id,
    name: e.companyName,
    uscc: e.uscc,
    contact: e.contactName,
    phone: e.contactPhone,
    place: `${e.region.province} ${e.region.city} ${e.region.county} ${e.address}`,
    intro: e.intro,
    when: formatDateTime(e.createdAt),
    status: EMPLOYER_STATUS_LABELS[e.status],
    flags: flagViews(flags),
  };
}

/** 待审核 (the queue), 已认证 and 已暂停 (to find a company and open its 单位档案). */
type Tab = 'pending' | 'verified' | 'suspended';
const VIEWS: { k: Tab; t: string }[] = [
  { k: 'pending', t: '待审核' },
  { k: 'verified', t: '已认证' },
  { k: 'suspended', t: '已暂停' },
];

const VERDICTS: RowAction[] = [
  { key: 'approve', label: '✓ 通过', tone: 'main' },
  { key: 'reject', label: '✕ 不通过', tone: 'danger' },
];

definePage({
  behaviors: [pagedRows],
  data: {
    tab: 'pending' as Tab,
    views: VIEWS,
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    rows: [] as Row[],
    busyId: '',
    busyAction: '',
    verdicts: VERDICTS,
    done: 0,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const tab = query['tab'];
      if (tab === 'verified' || tab === 'suspended') this.setData({ tab });
      void this.load();
    },

    async fetchRows(cursor: string | undefined): Promise<Paged<Row>> {
      const { tab } = this.data;
      if (tab !== 'pending') {
        const found = await call('admin.listEmployers', withCursor({ status: tab }, cursor));
        return { items: found.items.map((e) => rowOf(e)), nextCursor: found.nextCursor };
      }
      const page = await call(
        'admin.listPending',
        withCursor({ kind: 'employers' as const }, cursor),
      );
      const items = page.items.flatMap((item) =>
        item.kind === 'employer' ? [rowOf(item.employer, item.flags)] : [],
      );
      return { items, nextCursor: page.nextCursor };
    },

    onTab(e: WechatMiniprogram.TouchEvent) {
      const { tab } = e.currentTarget.dataset as { tab: Tab };
      if (tab === this.data.tab) return;
      this.setData({ tab, done: 0 });
      void this.load();
    },

    onOpen(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      wx.navigateTo({ url: `/package-admin/pages/company/index?employerId=${id}` });
    },

    onCall(e: WechatMiniprogram.TouchEvent) {
      const { phone } = e.currentTarget.dataset as { phone: string };
      wx.makePhoneCall({ phoneNumber: phone, fail: () => undefined });
    },

    onVerdict(e: WechatMiniprogram.CustomEvent<{ key: 'approve' | 'reject' }>) {
      const { id } = e.currentTarget.dataset as { id: string };
      if (e.detail.key === 'approve') void this.approve(id);
      else void this.reject(id);
    },

    async approve(id: string) {
      const row = this.data.rows.find((r) => r.id === id);
      if (!row) return;
      const ok = await confirm('通过认证', `确认“${row.name}”的营业执照信息已核对无误？`, '通过');
      if (ok) await this.verify(id, true);
    },

    async reject(id: string) {
      const reason = await askText('不通过的原因', '如：信用代码和单位名称对不上');
      if (reason === undefined) return;
      await this.verify(id, false, reason);
    },

    async verify(id: string, approve: boolean, reason?: string) {
      if (this.data.busyId) return;
      this.setData({ busyId: id, busyAction: approve ? 'approve' : 'reject' });
      try {
        await call('admin.verifyEmployer', {
          employerId: id,
          approve,
          ...(reason ? { reason } : {}),
        });
        this.setData({ rows: this.data.rows.filter((r) => r.id !== id), done: this.data.done + 1 });
        toast(approve ? '已通过' : '已退回', 'success');
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busyId: '', busyAction: '' });
      }
    },
  },
});
