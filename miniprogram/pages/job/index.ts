import { definePage } from '../../behaviors/define-page';
import { SUBSCRIBE_TEMPLATES } from '../../config';
import { callCloud } from '../../services/call-cloud';
import { codeOf, messageOf } from '../../services/errors';
import { sayFailed } from '../../services/form';
import { getSession, peekSession } from '../../services/session';
import { privateState } from '../../services/state';
import { requestSubscribe } from '../../services/subscribe';
import { benefitWords } from '../../services/view';
import {
  formatDateTime,
  formatDayInSentence,
  formatPay,
  JOB_CATEGORY_LABELS,
  JOB_STATUS_LABELS,
  NO_FEE_NOTICE,
  PAY_CYCLE_LABELS,
  readAloudText,
  type JobDetail,
} from '../../shared/index';

interface JobView {
  title: string;
  pay: string;
  payCycle: string;
  category: string;
  benefits: string[];
  headcount: string;
  duties: string;
  requirements: string;
  place: string;
  validUntil: string;
  published: string;
  source: string;
  company: string;
  intro: string;
  verified: boolean;
  contactName: string;
  open: boolean;
  statusText: string;
}

const state = privateState(() => ({ jobId: '', job: undefined as JobDetail | undefined }));

function jobView(job: JobDetail): JobView {
  const w = job.workplace;
  return {
    title: job.title,
    pay: formatPay(job.pay.minYuan, job.pay.maxYuan, job.pay.unit),
    payCycle: PAY_CYCLE_LABELS[job.payCycle],
    category: JOB_CATEGORY_LABELS[job.category],
    benefits: benefitWords(job.benefits),
    headcount: `${job.headcount}人`,
    duties: job.duties,
    requirements: job.requirements,
    place: `${w.region.province}${w.region.city}${w.region.county} ${w.address}`,
    validUntil: `${formatDayInSentence(job.validUntil)}前有效`,
    published: job.publishedAt ? `${formatDateTime(job.publishedAt)}发布` : '',
    source: job.isRepost && job.source ? job.source : '',
    company: job.employer.companyName,
    intro: job.employer.intro,
    verified: job.employer.verified,
    contactName: job.contact?.name ?? '',
    open: job.status === 'published',
    statusText: JOB_STATUS_LABELS[job.status],
  };
}

definePage({
  data: {
    state: 'loading',
    message: '',
    notice: NO_FEE_NOTICE,
    job: null as JobView | null,
    hasContact: false,
    myStatus: '',
    applying: false,
    /** What 读给我听 says. */
    readAloud: [] as string[],
  },
  methods: {
    onLoad(options: Record<string, string | undefined>) {
      state(this).jobId = options['id'] ?? '';
      void this.load();
      getSession().catch(() => undefined);
    },
    onShareAppMessage() {
      const s = state(this);
      const job = this.data.job;
      return {
        title: job ? `${job.title} ${job.pay}` : '乡聘 找工作',
        path: `/pages/job/index?id=${s.jobId}`,
      };
    },

    async load() {
      const s = state(this);
      if (!s.jobId) {
        this.setData({ state: 'error', message: '没有找到这个岗位' });
        return;
      }
      this.setData({ state: 'loading' });
      try {
        const job = await callCloud('job.get', { jobId: s.jobId });
        s.job = job;
        this.setData({
          state: 'idle',
          job: jobView(job),
          hasContact: !!job.contact,
          myStatus: job.myApplication?.status ?? '',
          readAloud: readAloudText(job),
        });
        wx.setNavigationBarTitle({ title: job.title });
      } catch (err) {
        this.setData({ state: 'error', message: messageOf(err) });
      }
    },

    onMap() {
      const job = state(this).job;
      if (!job) return;
      wx.openLocation({
        latitude: job.workplace.location.lat,
        longitude: job.workplace.location.lng,
        name: job.employer.companyName,
        address: job.workplace.address,
        scale: 16,
      });
    },

    onCall() {
      const phone = state(this).job?.contact?.phone;
      if (phone) wx.makePhoneCall({ phoneNumber: phone });
    },

    onApply() {
      const s = state(this);
      if (this.data.applying || !s.job) return;
      if (this.data.myStatus && this.data.myStatus !== 'withdrawn') return;
      const session = peekSession();
      if (session && !session.profile?.phone) {
        this.askForProfile();
        return;
      }
      // Inside the tap, before any await: WeChat allows the consent dialog only here. Two notices
      // may follow an application: an interview invitation, and the decision.
      void requestSubscribe([
        SUBSCRIBE_TEMPLATES.interviewInvite,
        SUBSCRIBE_TEMPLATES.applicationStatus,
      ]);
      this.setData({ applying: true });
      callCloud('job.apply', { jobId: s.jobId })
        .then((out) => {
          const mine = { _id: out.applicationId, status: out.status };
          this.setData({
            applying: false,
            myStatus: out.status,
            readAloud: readAloudText({ ...s.job!, myApplication: mine }),
          });
          wx.showToast({ title: '报名成功', icon: 'success' });
        })
        .catch((err: unknown) => {
          if (codeOf(err) === 'ALREADY_APPLIED') {
            this.setData({ applying: false, myStatus: 'applied' });
            return;
          }
          if (codeOf(err) === 'PROFILE_REQUIRED') {
            this.setData({ applying: false });
            this.askForProfile(messageOf(err));
            return;
          }
          this.setData({ applying: false });
          sayFailed('没有报上', err);
        });
    },

    /** The employer needs a name and a phone to call: send the worker to the 求职意向 form. */
    askForProfile(content = '报名前请填好姓名和手机号，单位才能联系您') {
      wx.showModal({
        title: '先留个电话',
        content,
        confirmText: '去填写',
        cancelText: '等会儿',
        success: (r) => {
          if (r.confirm) wx.navigateTo({ url: '/pages/profile/index' });
        },
      });
    },

    onReport() {
      // The report page names the post reported, so the worker knows what they are reporting.
      const s = state(this);
      const title = encodeURIComponent(s.job?.title ?? '');
      const company = encodeURIComponent(s.job?.employer.companyName ?? '');
      wx.navigateTo({
        url: `/pages/report/index?jobId=${s.jobId}&title=${title}&company=${company}`,
      });
    },

    onMyApplications() {
      wx.navigateTo({ url: '/pages/applications/index' });
    },
  },
});
