import type { JobCardView } from '../../services/view';

/**
 * A job in a list (see services/view `jobCardView`); a tap opens the job page. Without `company`
 * (a list under the employer's own heading, as on a fair) the company line is left out.
 */
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    job: { type: Object, value: {} as JobCardView },
  },
  methods: {
    onTap() {
      const job = this.data.job as JobCardView;
      if (!job.id) return;
      wx.navigateTo({ url: `/pages/job/index?id=${job.id}` });
    },
  },
});
