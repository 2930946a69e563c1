import { largeText } from '../../../behaviors/large-text';
import { getSession } from '../../../services/session';
import { formatPay } from '../../../shared/catalog/pay';
import { SIGNUP_STATUS_LABELS } from '../../../shared/catalog/statuses';
import type { SignupView } from '../../../shared/models/fair';
import { formatDay } from '../../../shared/time';
import { shownError, toast } from '../../../services/form';
import { call } from '../../lib/cloud';

interface Person {
  id: string;
  name: string;
  code: string;
  village: string;
  slot: string;
  status: string;
}

interface JobChoice {
  id: string;
  title: string;
  pay: string;
}

const MAX_PAGES = 10;

function personOf(s: SignupView): Person {
  return {
    id: s._id,
    name: s.name,
    code: s.checkInCode,
    village: s.village ?? '',
    slot: s.slotLabel,
    status: SIGNUP_STATUS_LABELS[s.status],
  };
}

Component({
  behaviors: [largeText],
  data: {
    rootFontSize: 'system',
    fairId: '',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    fairTitle: '',
    fairDay: '',
    jobs: [] as JobChoice[],
    jobId: '',
    people: [] as Person[],
    peopleError: '',
    code: '',
    codeError: '',
    person: null as Person | null,
    showList: false,
    note: '',
    saving: false,
    recorded: [] as { name: string; job: string }[],
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ fairId: query['fairId'] ?? '' });
      void this.load();
    },

    async load() {
      this.setData({ state: 'loading', loadError: '' });
      try {
        const [fair, employer] = await Promise.all([
          call('fair.get', { fairId: this.data.fairId }),
          getSession().then((s) => s.employer),
        ]);
        let jobs = fair.employers
          .filter((e) => employer && e.employerId === employer._id)
          .flatMap((e) => e.jobs);
        if (!jobs.length) jobs = (await call('job.listMine', { status: 'published' })).items;
        this.setData({
          state: 'ready',
          fairTitle: fair.title,
          fairDay: formatDay(fair.day),
          jobs: jobs.map((j) => ({
            id: j._id,
            title: j.title,
            pay: formatPay(j.pay.minYuan, j.pay.maxYuan, j.pay.unit),
          })),
          jobId: jobs.length === 1 ? (jobs[0]?._id ?? '') : '',
        });
        void this.loadPeople();
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    /** Everyone signed up (checked-in first), so a code can be matched without a round trip. */
    async loadPeople() {
      try {
        const all: SignupView[] = [];
        let cursor: string | undefined;
        for (let i = 0; i < MAX_PAGES; i++) {
          const page = await call(
            'fair.listSignups',
            cursor ? { fairId: this.data.fairId, cursor } : { fairId: this.data.fairId },
          );
          all.push(...page.items);
          if (!page.nextCursor) break;
          cursor = page.nextCursor;
        }
        const live = all.filter((s) => s.status !== 'cancelled');
        live.sort((a, b) => Number(b.status === 'checkedIn') - Number(a.status === 'checkedIn'));
        this.setData({ people: live.map(personOf), peopleError: '' });
      } catch (err) {
        this.setData({ peopleError: shownError(err).message });
      }
    },

    onJob(e: WechatMiniprogram.TouchEvent) {
      this.setData({ jobId: (e.currentTarget.dataset as { id: string }).id });
    },

    onCodeInput(e: WechatMiniprogram.Input) {
      this.setData({ code: e.detail.value.replace(/[\s-]/g, '').toUpperCase(), codeError: '' });
    },

    onFindCode() {
      const code = this.data.code;
      if (!code) {
        this.setData({ codeError: '请填写签到码' });
        return;
      }
      const person = this.data.people.find((p) => p.code.toUpperCase() === code);
      if (person) this.setData({ person, codeError: '' });
      else this.setData({ codeError: '没有找到这个签到码，请核对，或从名单里选' });
    },

    onToggleList() {
      this.setData({ showList: !this.data.showList });
    },

    onPickPerson(e: WechatMiniprogram.TouchEvent) {
      const { index } = e.currentTarget.dataset as { index: number };
      const person = this.data.people[index];
      if (person) this.setData({ person, showList: false, code: person.code, codeError: '' });
    },

    onNote(e: WechatMiniprogram.Input) {
      this.setData({ note: e.detail.value });
    },

    async onSave() {
      const { person, jobId } = this.data;
      if (!person) {
        toast('请先选人：填签到码或从名单里选');
        return;
      }
      if (!jobId) {
        toast('请选岗位');
        return;
      }
      this.setData({ saving: true });
      try {
        const note = this.data.note.trim();
        await call('fair.recordAgreement', {
          fairId: this.data.fairId,
          signupId: person.id,
          jobId,
          ...(note ? { note } : {}),
        });
        const job = this.data.jobs.find((j) => j.id === jobId)?.title ?? '';
        this.setData({
          recorded: [{ name: person.name, job }, ...this.data.recorded],
          person: null,
          code: '',
          note: '',
        });
        toast(`已记录 ${person.name}`, 'success');
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ saving: false });
      }
    },
  },
});
