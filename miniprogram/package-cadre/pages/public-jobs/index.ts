import { definePage } from '../../../behaviors/define-page';
import { choseFilter } from '../../lib/filter';
import { PUBLIC_JOB_STATUS_LABELS, type PublicJobStatus } from '../../../shared/catalog/workforce';
import { publicJobLine, type PublicJobCard } from '../../../shared/models/workforce';
import { confirm, toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { call } from '../../lib/cloud';
import { appendNextPage, reloadingList } from '../../../services/list-gestures';
import { PagedList, withCursor } from '../../../services/list-page';
import { getSession } from '../../../services/session';
import { privateState } from '../../../services/state';

type Filter = 'all' | PublicJobStatus;

function rowOf(j: PublicJobCard) {
  return {
    ...publicJobLine(j),
    filled: `已上岗${j.onDuty}/${j.headcount}人`,
    status: PUBLIC_JOB_STATUS_LABELS[j.status],
    reviewing: j.status === 'reviewing',
    open: j.status === 'open',
  };
}

const list = privateState(() => new PagedList<PublicJobCard>());

/**
 * 公益性岗位 of the area, for its cadres and admins: status and places filled, 新建, and for an
 * admin the posts waiting for approval. Opened with personId, it picks a post to apply for them.
 */
definePage({
  behaviors: [reloadingList()],
  data: {
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    isAdmin: false,
    canCreate: false,
    personId: '',
    personName: '',
    filter: 'all' as Filter,
    filters: [
      { id: 'all', label: '全部' },
      { id: 'open', label: '招募中' },
      { id: 'reviewing', label: '待批准' },
      { id: 'closed', label: '已结束' },
    ],
    jobs: [] as ReturnType<typeof rowOf>[],
    busy: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const personId = query['personId'] ?? '';
      this.setData({
        personId,
        personName: personId ? decodeURIComponent(query['name'] ?? '') : '',
        filter: personId ? 'open' : 'all',
      });
      void this.load();
    },

    fetch(cursor: string | undefined) {
      const { filter } = this.data;
      return call('publicJob.list', withCursor(filter === 'all' ? {} : { status: filter }, cursor));
    },

    async load() {
      try {
        const session = await getSession();
        const isAdmin = !!session.admin;
        this.setData({ isAdmin, canCreate: isAdmin || !!session.cadre?.town });
        const rows = await list(this).first((cursor) => this.fetch(cursor));
        if (rows) this.setData({ state: 'ready', jobs: rows.map(rowOf) });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onReachBottom() {
      return appendNextPage(this, 'jobs', list(this), (cursor) => this.fetch(cursor), rowOf);
    },

    onFilter(e: WechatMiniprogram.TouchEvent) {
      if (choseFilter(this, e)) void this.load();
    },

    onJob(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      const { personId, personName } = this.data;
      const forPerson = personId
        ? `&personId=${personId}&name=${encodeURIComponent(personName)}`
        : '';
      wx.navigateTo({ url: `/package-cadre/pages/public-job/index?publicJobId=${id}${forPerson}` });
    },

    /** The admin opens a cadre's post, or turns it down. */
    async onApprove(e: WechatMiniprogram.TouchEvent) {
      const { id, approve } = e.currentTarget.dataset as { id: string; approve: boolean };
      if (this.data.busy) return;
      if (!approve && !(await confirm('不批准这个岗位？', '村干部会看到“未通过审核”'))) return;
      this.setData({ busy: id });
      try {
        await call('publicJob.approve', { publicJobId: id, approve });
        toast(approve ? '已批准，开始招人' : '已退回', 'success');
        await this.load();
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busy: '' });
      }
    },

    onAdd() {
      wx.navigateTo({ url: '/package-cadre/pages/public-job-edit/index' });
    },
  },
});
