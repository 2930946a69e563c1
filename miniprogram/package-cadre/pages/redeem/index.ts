import { definePage } from '../../../behaviors/define-page';
import { resetSession } from '../../../services/session';
import { contracts } from '../../../shared/contracts';
import { check } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { call } from '../../../services/call-cloud';

definePage({
  data: {
    code: '',
    error: '',
    submitting: false,
    area: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      // An invite shared as a link may carry its code.
      if (query['code']) this.setData({ code: query['code'].toUpperCase() });
    },

    onInput(e: WechatMiniprogram.Input) {
      this.setData({ code: e.detail.value.toUpperCase(), error: '' });
    },

    async onSubmit() {
      if (this.data.submitting) return;
      const input = { code: this.data.code };
      const checked = check(contracts['cadre.redeemInvite'].input, input);
      if (!checked.ok) {
        this.setData({ error: checked.errors['code'] ?? checked.message });
        return;
      }
      this.setData({ submitting: true, error: '' });
      try {
        const out = await call('cadre.redeemInvite', checked.data);
        // The cadre role is new: the next getSession() asks account.login again.
        resetSession();
        const c = out.cadre;
        this.setData({ area: [c.province, c.city, c.county, c.town].filter(Boolean).join(' ') });
      } catch (err) {
        this.setData({ error: shownError(err).message });
      } finally {
        this.setData({ submitting: false });
      }
    },

    onMyFairs() {
      wx.redirectTo({ url: '/package-cadre/pages/fairs/index' });
    },
  },
});
