import { formErrorBehavior } from '../../../behaviors/form-errors';
import { saveForm } from '../../lib/form';
import { definePage } from '../../../behaviors/define-page';
import { proxySignupInput, type SlotView } from '../../../shared/models/fair';
import { formatDay } from '../../../shared/time';
import {
  nextPerson,
  personFromQuery,
  proxyPersonBehavior,
  proxyPersonInput,
} from '../../../behaviors/proxy-person';
import { shownError, type FieldErrors } from '../../../services/errors';
import { call } from '../../../services/call-cloud';

interface SlotChoice {
  id: string;
  label: string;
  left: number;
  full: boolean;
}

function slotChoice(s: SlotView): SlotChoice {
  return { id: s.id, label: `${s.start}-${s.end}`, left: s.seatsLeft, full: s.seatsLeft <= 0 };
}

definePage({
  behaviors: [formErrorBehavior, proxyPersonBehavior],
  data: {
    fairId: '',
    state: 'loading' as 'loading' | 'form' | 'done' | 'error',
    loadError: '',
    fairTitle: '',
    fairDay: '',
    slots: [] as SlotChoice[],
    slotId: '',
    errors: {} as FieldErrors,
    bannerError: '',
    saving: false,
    done: { name: '', code: '', slot: '', noPhone: false },
    count: 0,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      // From a person of the 劳动力台账 (ledger-person page): their name, phone and village.
      this.setData({ fairId: query['fairId'] ?? '', ...personFromQuery(query) });
      void this.load();
    },

    async load() {
      this.setData({ state: 'loading', loadError: '' });
      try {
        const fair = await call('fair.get', { fairId: this.data.fairId });
        this.setData({
          state: 'form',
          fairTitle: fair.title,
          fairDay: formatDay(fair.day),
          slots: fair.slots.map(slotChoice),
          // Villagers mostly come from the fair's own village.
          'form.village': this.data.form.village || fair.village,
        });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onSlot(e: WechatMiniprogram.TouchEvent) {
      const { id, full } = e.currentTarget.dataset as { id: string; full: boolean };
      if (full) return;
      this.setData({ slotId: id, 'errors.slotId': '' });
    },

    async onSubmit() {
      if (this.data.saving) return;
      const input = {
        fairId: this.data.fairId,
        slotId: this.data.slotId,
        ...proxyPersonInput(this.data),
      };
      await saveForm(
        this,
        proxySignupInput,
        input,
        async (data) => {
          const signup = await call('fair.proxySignUp', data);
          const index = this.data.slots.findIndex((s) => s.id === signup.slotId);
          const slot = this.data.slots[index];
          const updates: Record<string, unknown> = {
            state: 'done',
            done: {
              name: signup.name,
              code: signup.checkInCode,
              slot: signup.slotLabel,
              noPhone: !!signup.noPhone,
            },
            count: this.data.count + 1,
          };
          if (slot) {
            updates[`slots[${index}].left`] = slot.left - 1;
            updates[`slots[${index}].full`] = slot.left - 1 <= 0;
          }
          this.setData(updates);
        },
        (shown) => {
          if (shown.code === 'SLOT_FULL') void this.load();
        },
      );
    },

    onNext() {
      this.setData({ state: 'form', slotId: '', ...nextPerson(this.data) });
    },
  },
});
