import { definePage } from '../../../behaviors/define-page';
import { getSession } from '../../../services/session';
import { formatPay } from '../../../shared/catalog/pay';
import { SIGNUP_STATUS_LABELS } from '../../../shared/catalog/statuses';
import type { Attendee } from '../../../shared/models/fair';
import { formatDay } from '../../../shared/time';
import { toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { privateState } from '../../../services/state';
import { call } from '../../../services/call-cloud';

interface Person {
  id: string;
  name: string;
  village: string;
  slot: string;
  status: string;
}

/** The chosen person as the banner shows them. */
type PersonView = Pick<Person, 'name' | 'village' | 'slot' | 'status'>;

/** A row of 「从名单里选」: what the row shows, nothing else. */
interface ListRow {
  /** Its place in the list: the wx:key, and what a tap picks. */
  k: number;
  who: string;
  status: string;
}

interface JobChoice {
  id: string;
  title: string;
  pay: string;
}

const MAX_PAGES = 10;

const state = privateState(() => ({
  fairId: '',
  /** Everyone signed up; the list rows are sent only when the list is opened. */
  people: [] as Person[],
  /** `data.people` holds the rows of the current `people`. */
  listSent: false,
  person: null as Person | null,
}));

function personView(p: Person): PersonView {
  return { name: p.name, village: p.village, slot: p.slot, status: p.status };
}

function listRow(p: Person, k: number): ListRow {
  return { k, who: p.village ? `${p.name} ${p.village}` : p.name, status: p.status };
}

function personOf(s: Attendee): Person {
  return {
    id: s._id,
    name: s.name,
    village: s.village ?? '',
    slot: s.slotLabel,
    status: SIGNUP_STATUS_LABELS[s.status],
  };
}

definePage({
  data: {
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    fairTitle: '',
    fairDay: '',
    jobs: [] as JobChoice[],
    jobId: '',
    /** Filled when 「从名单里选」 opens; until then only the count is shown. */
    people: [] as ListRow[],
    peopleCount: 0,
    peopleError: '',
    code: '',
    codeError: '',
    person: null as PersonView | null,
    showList: false,
    note: '',
    saving: false,
    recorded: [] as { name: string; job: string }[],
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      state(this).fairId = query['fairId'] ?? '';
      void this.load();
    },

    async load() {
      if (this.data.state !== 'loading') this.setData({ state: 'loading', loadError: '' });
      try {
        const [fair, employer] = await Promise.all([
          call('fair.get', { fairId: state(this).fairId }),
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

    /** Everyone coming (checked-in first), for 「从名单里选」; codes stay with their people. */
    async loadPeople() {
      const s = state(this);
      try {
        const all: Attendee[] = [];
        let cursor: string | undefined;
        for (let i = 0; i < MAX_PAGES; i++) {
          const page = await call(
            'fair.attendees',
            cursor ? { fairId: s.fairId, cursor } : { fairId: s.fairId },
          );
          all.push(...page.items);
          if (!page.nextCursor) break;
          cursor = page.nextCursor;
        }
        const live = all.filter((x) => x.status !== 'cancelled');
        live.sort((a, b) => Number(b.status === 'checkedIn') - Number(a.status === 'checkedIn'));
        s.people = live.map(personOf);
        s.listSent = this.data.showList;
        this.setData({
          peopleCount: s.people.length,
          peopleError: '',
          ...(s.listSent ? { people: s.people.map(listRow) } : {}),
        });
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

    /** The code the person shows at the table finds them (the list never carries codes). */
    async onFindCode() {
      const code = this.data.code;
      if (!code) {
        this.setData({ codeError: '请填写签到码' });
        return;
      }
      try {
        const page = await call('fair.attendees', { fairId: state(this).fairId, code });
        const found = page.items[0];
        if (found) this.choose(personOf(found), { codeError: '' });
        else this.setData({ codeError: '没有找到这个签到码，请核对，或从名单里选' });
      } catch (err) {
        this.setData({ codeError: shownError(err).message });
      }
    },

    /** Opening the list sends its rows the first time (the page showed only their count). */
    onToggleList() {
      const s = state(this);
      if (this.data.showList) {
        this.setData({ showList: false });
      } else if (s.listSent) {
        this.setData({ showList: true });
      } else {
        s.listSent = true;
        this.setData({ showList: true, people: s.people.map(listRow) });
      }
    },

    onPickPerson(e: WechatMiniprogram.TouchEvent) {
      const { index } = e.currentTarget.dataset as { index: number };
      const person = state(this).people[index];
      if (person) this.choose(person, { showList: false, code: '', codeError: '' });
    },

    choose(person: Person | null, patch: Record<string, unknown>) {
      state(this).person = person;
      this.setData({ ...patch, person: person && personView(person) });
    },

    onNote(e: WechatMiniprogram.Input) {
      this.setData({ note: e.detail.value });
    },

    async onSave() {
      const { person } = state(this);
      const { jobId } = this.data;
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
          fairId: state(this).fairId,
          signupId: person.id,
          jobId,
          ...(note ? { note } : {}),
        });
        const job = this.data.jobs.find((j) => j.id === jobId)?.title ?? '';
        this.choose(null, {
          recorded: [{ name: person.name, job }, ...this.data.recorded],
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
