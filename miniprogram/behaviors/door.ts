import { shownError } from '../services/errors';
import { codeFromScan, scan } from '../services/scan';

type Instance = WechatMiniprogram.Component.TrivialInstance;

/** How a person is let in: the code they show, or the entry found by name or phone tail. */
export type DoorPass = { code: string } | { id: string };

/** A page using the door gives these two methods. */
export interface DoorPage {
  /** Lets one person in (a fair's check-in, a trip's boarding); the page shows the result. */
  admit(pass: DoorPass): Promise<void>;
  /** People whose name starts with `q`, or whose phone ends with it. */
  findPeople(q: string): Promise<unknown[]>;
}

interface DoorData {
  codeWord: string;
  code: string;
  busy: boolean;
  query: string;
}

type DoorInstance = Omit<Instance, 'data'> & DoorPage & { data: DoorData };

/**
 * The door of a roster — a fair's check-in gate, a trip's pick-up point: scan the code, type it,
 * or find the person by name or the last four digits of their phone and let them in with one tap.
 * The page names its code (`codeWord`: 签到码, 乘车码) and gives `admit` and `findPeople`; the
 * form's state and gestures are the same at every door.
 */
export const door = Behavior({
  data: {
    codeWord: '',
    code: '',
    codeError: '',
    busy: false,
    /** 报姓名查找: a name (or its start) or a phone's last 4 digits. */
    query: '',
    found: [] as unknown[],
    searched: false,
    searchError: '',
  },
  methods: {
    async onScan(this: DoorInstance) {
      if (this.data.busy) return;
      let raw: string | undefined;
      try {
        raw = await scan();
      } catch {
        const message = `相机打不开，请在下面手动输入${this.data.codeWord}`;
        this.setData({ result: { kind: 'error', message } });
        return;
      }
      if (raw) await this.admit({ code: codeFromScan(raw) });
    },

    onCodeInput(this: DoorInstance, e: WechatMiniprogram.Input) {
      // The person's page shows the code in groups (382 917): spaces and dashes are not part of it.
      this.setData({ code: e.detail.value.replace(/[\s-]/g, ''), codeError: '' });
    },

    async onManual(this: DoorInstance) {
      if (this.data.busy) return;
      if (!this.data.code) {
        this.setData({ codeError: `请输入${this.data.codeWord}` });
        return;
      }
      await this.admit({ code: this.data.code });
    },

    onQuery(this: DoorInstance, e: WechatMiniprogram.Input) {
      this.setData({ query: e.detail.value, searchError: '' });
    },

    /** Finds people by name or phone tail, for someone who came without their code. */
    async onSearch(this: DoorInstance) {
      const q = this.data.query.trim();
      if (!q) {
        this.setData({ searchError: '请输入姓名，或手机号最后4位' });
        return;
      }
      try {
        const found = await this.findPeople(q);
        this.setData({ found, searched: true, searchError: '' });
      } catch (err) {
        this.setData({ searchError: shownError(err).message });
      }
    },

    /** Lets in a person found by name: the same one-entry-per-person rule as scanning. */
    async onAdmitPerson(this: DoorInstance, e: WechatMiniprogram.TouchEvent) {
      await this.admit({ id: String(e.currentTarget.dataset['id']) });
    },
  },
});
