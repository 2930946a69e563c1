import { definePage } from '../../../behaviors/define-page';
import { contracts } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/time';
import { check, opt, toast } from '../../../services/form';
import { shownError, type FieldErrors } from '../../../services/errors';
import { getSession } from '../../../services/session';
import { call } from '../../../services/call-cloud';

interface Made {
  code: string;
  area: string;
  note: string;
  expires: string;
}

definePage({
  data: {
    region: [] as string[],
    town: '',
    note: '',
    errors: {} as FieldErrors,
    creating: false,
    made: [] as Made[],
  },
  methods: {
    onLoad() {
      // A county admin appoints cadres of their own county: start from it.
      void getSession()
        .then((s) => {
          const a = s.admin;
          if (a?.city && a.county && !this.data.region.length)
            this.setData({ region: [a.province, a.city, a.county] });
        })
        .catch(() => undefined);
    },

    onRegion(e: WechatMiniprogram.PickerChange) {
      this.setData({ region: e.detail.value as unknown as string[], errors: {} });
    },

    onTown(e: WechatMiniprogram.Input) {
      this.setData({ town: e.detail.value, 'errors.area_town': '' });
    },

    onNote(e: WechatMiniprogram.Input) {
      this.setData({ note: e.detail.value, 'errors.note': '' });
    },

    async onCreate() {
      if (this.data.creating) return;
      const [province = '', city = '', county = ''] = this.data.region;
      const input = {
        area: this.data.region.length
          ? { province, city, county, town: opt(this.data.town) }
          : undefined,
        note: opt(this.data.note),
      };
      const checked = check(contracts['admin.createCadreInvite'].input, input, {
        area: '请选择村干部负责的区县',
      });
      if (!checked.ok) {
        this.setData({ errors: checked.errors });
        return;
      }
      this.setData({ creating: true, errors: {} });
      try {
        const out = await call('admin.createCadreInvite', checked.data);
        const a = checked.data.area;
        const made: Made = {
          code: out.code,
          area: [a.county, a.town].filter(Boolean).join(' '),
          note: checked.data.note ?? '',
          expires: formatDateTime(out.expiresAt),
        };
        this.setData({ made: [made, ...this.data.made], note: '' });
      } catch (err) {
        const shown = shownError(err);
        this.setData({ errors: shown.errors });
        toast(shown.message);
      } finally {
        this.setData({ creating: false });
      }
    },

    onCopy(e: WechatMiniprogram.TouchEvent) {
      const { code } = e.currentTarget.dataset as { code: string };
      wx.setClipboardData({
        data: `乡聘村干部邀请码：${code}。打开“乡聘”小程序 → 我的 → 村干部认证，填写邀请码。`,
        success: () => toast('已复制，可以粘贴发给村干部', 'success'),
      });
    },
  },
});
