import { definePage } from '../../../behaviors/define-page';
import type { AuditEntry } from '../../../shared/models/audit';
import { formatDateTime } from '../../../shared/time';
import { call } from '../../lib/cloud';
import { PagedList, withCursor, type Paged } from '../../../services/list-page';
import { appendNextPage, loadFirstRows, refreshOnPull } from '../../../services/list-gestures';
import { privateState } from '../../../services/state';

interface Row {
  id: string;
  who: string;
  what: string;
  detail: string;
  when: string;
  /** The company it touched, to open its 单位档案. */
  employerId: string;
}

const ROLE_WORDS: Record<AuditEntry['actorRole'], string> = {
  admin: '人社局',
  cadre: '村干部',
};

function rowOf(e: AuditEntry): Row {
  return {
    id: e._id,
    // The log keeps the role as the name of someone who gave none: say it once.
    who:
      e.actorName && e.actorName !== ROLE_WORDS[e.actorRole]
        ? `${ROLE_WORDS[e.actorRole]} ${e.actorName}`
        : ROLE_WORDS[e.actorRole],
    what: e.what,
    detail: e.detail ?? '',
    when: formatDateTime(e.at),
    employerId: e.targets['employerId'] ?? '',
  };
}

const list = privateState(() => new PagedList<Row>());

/** 操作记录: who of the area's admins and cadres changed what of other people's, newest first. */
definePage({
  data: {
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    rows: [] as Row[],
  },
  methods: {
    onLoad() {
      void this.load();
    },

    onPullDownRefresh() {
      return refreshOnPull(() => this.load());
    },

    load() {
      return loadFirstRows(this, list(this), (cursor) => this.fetchRows(cursor));
    },

    async fetchRows(cursor: string | undefined): Promise<Paged<Row>> {
      const page = await call('audit.list', withCursor({}, cursor));
      return { items: page.items.map(rowOf), nextCursor: page.nextCursor };
    },

    onReachBottom() {
      return appendNextPage(this, 'rows', list(this), (cursor) => this.fetchRows(cursor));
    },

    onOpenCompany(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      if (id) wx.navigateTo({ url: `/package-admin/pages/company/index?employerId=${id}` });
    },
  },
});
