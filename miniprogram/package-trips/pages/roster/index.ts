import { definePage } from '../../../behaviors/define-page';
import { call } from '../../lib/cloud';
import { shownError } from '../../../services/errors';
import { sendCsv } from '../../../services/files';
import { toast } from '../../../services/form';
import { chinaClock } from '../../../shared/index';
import { tripHeading } from '../../lib/trip-heading';
import { BOOKING_STATUS_LABELS, type BookingRow } from '../../models/trip';

/** A line of the 花名册: the full phone, for the organiser to call. */
interface Line {
  id: string;
  name: string;
  village: string;
  phone: string;
  pickup: string;
  status: string;
  statusKind: string;
  proxy: boolean;
}

function lineOf(b: BookingRow): Line {
  return {
    id: b._id,
    name: b.name,
    village: b.village ?? '',
    phone: b.noPhone || !b.phone ? '' : b.phone,
    pickup: b.pickupName,
    status:
      b.status === 'boarded' && b.boardedAt
        ? `${chinaClock(b.boardedAt)} 上车`
        : b.status === 'waiting' && b.queuePosition
          ? `排队第${b.queuePosition}`
          : BOOKING_STATUS_LABELS[b.status],
    statusKind: b.status,
    proxy: b.proxy,
  };
}

definePage({
  data: {
    tripId: '',
    title: '',
    when: '',
    toEmployer: '',
    pickups: [] as { id: string; label: string }[],
    pickupId: '',
    state: 'loading',
    message: '',
    lines: [] as Line[],
    counts: { booked: 0, boarded: 0, missing: 0, waiting: 0 },
    cursor: null as string | null,
    exporting: false,
    exported: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ tripId: query['tripId'] ?? '' });
      void this.loadTrip();
      void this.load();
    },

    async loadTrip() {
      try {
        const t = await call('trip.get', { tripId: this.data.tripId });
        this.setData({ ...tripHeading(t), toEmployer: `${t.to.city} ${t.to.employerName}` });
      } catch {
        // The roster works without the heading.
      }
    },

    async load(more = false) {
      try {
        const page = await call('trip.roster', {
          tripId: this.data.tripId,
          ...(this.data.pickupId ? { pickupId: this.data.pickupId } : {}),
          ...(more && this.data.cursor ? { cursor: this.data.cursor } : {}),
        });
        const lines = page.items.map(lineOf);
        this.setData({
          state: page.nextCursor ? 'more' : lines.length || more ? 'end' : 'empty',
          lines: more ? [...this.data.lines, ...lines] : lines,
          counts: page.counts,
          cursor: page.nextCursor,
        });
      } catch (err) {
        this.setData({ state: 'error', message: shownError(err).message });
      }
    },

    onReachBottom() {
      if (this.data.state === 'more') void this.load(true);
    },

    onPickup(e: WechatMiniprogram.TouchEvent) {
      this.setData({ pickupId: String(e.currentTarget.dataset['id'] ?? ''), state: 'loading' });
      void this.load();
    },

    onCall(e: WechatMiniprogram.TouchEvent) {
      const phone = String(e.currentTarget.dataset['phone'] ?? '');
      if (phone) wx.makePhoneCall({ phoneNumber: phone });
    },

    /** 导出花名册: the server's CSV (this pick-up or the whole trip), as a file sent to a chat. */
    async onExport() {
      if (this.data.exporting) return;
      this.setData({ exporting: true });
      try {
        const out = await call('trip.exportRoster', {
          tripId: this.data.tripId,
          ...(this.data.pickupId ? { pickupId: this.data.pickupId } : {}),
        });
        await sendCsv(out, () =>
          this.setData({ exported: `已生成花名册 ${out.fileName}（${out.rows}人）` }),
        );
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ exporting: false });
      }
    },
  },
});
