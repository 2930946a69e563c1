import { definePage } from '../../behaviors/define-page';
import { callCloud } from '../../services/call-cloud';
import { fieldsOf, messageOf } from '../../services/errors';
import { privateState } from '../../services/state';
import { failureFromZod, REPORT_REASONS, reportInput } from '../../shared/index';

const state = privateState(() => ({ jobId: '' }));

const decode = (v: string | undefined): string => {
  try {
    return decodeURIComponent(v ?? '');
  } catch {
    return '';
  }
};

definePage({
  data: {
    reasons: REPORT_REASONS.map((r) => ({ value: r.value, label: r.label })),
    /** The post reported, named at the top. */
    jobTitle: '',
    company: '',
    reason: '',
    details: '',
    errors: {} as Record<string, string>,
    sending: false,
    done: false,
  },
  methods: {
    onLoad(options: Record<string, string | undefined>) {
      const jobId = options['jobId'] ?? '';
      state(this).jobId = jobId;
      const jobTitle = decode(options['title']);
      if (jobTitle) {
        this.setData({ jobTitle, company: decode(options['company']) });
      } else if (jobId) {
        // Opened without the names (a link): read them from the post.
        callCloud('job.get', { jobId })
          .then((job) => this.setData({ jobTitle: job.title, company: job.employer.companyName }))
          .catch(() => undefined);
      }
    },
    onReason(e: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ reason: e.detail.value, 'errors.reason': '' });
    },
    onDetails(e: WechatMiniprogram.Input) {
      this.setData({ details: e.detail.value, 'errors.details': '' });
    },
    async onSubmit() {
      if (this.data.sending) return;
      const input = {
        jobId: state(this).jobId,
        reason: this.data.reason || undefined,
        ...(this.data.details.trim() ? { details: this.data.details } : {}),
      };
      const checked = reportInput.safeParse(input);
      if (!checked.success) {
        this.setData({ errors: failureFromZod(checked.error).fields ?? {} });
        return;
      }
      this.setData({ sending: true, errors: {} });
      try {
        await callCloud('report.create', checked.data);
        this.setData({ sending: false, done: true });
      } catch (err) {
        const fields = fieldsOf(err);
        this.setData({
          sending: false,
          errors: Object.keys(fields).length ? fields : { _: messageOf(err) },
        });
      }
    },
    onBack() {
      wx.navigateBack();
    },
    onMyReports() {
      wx.redirectTo({ url: '/pages/reports/index' });
    },
  },
});
