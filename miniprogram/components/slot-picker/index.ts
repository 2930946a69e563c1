import type { SlotView } from '../../shared/index';
import type { SlotPickerChange } from './types';

interface SlotItem {
  id: string;
  time: string;
  left: string;
  full: boolean;
}

/**
 * The time slots of a fair (分时分段), each with its seats left; a full slot cannot be chosen.
 * Emits `change` with `{ slotId }`.
 */
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    slots: { type: Array, value: [] as SlotView[] },
    value: { type: String, value: '' },
    disabled: { type: Boolean, value: false },
  },
  data: { items: [] as SlotItem[] },
  observers: {
    slots(slots: SlotView[]) {
      this.setData({
        items: slots.map((s) => ({
          id: s.id,
          time: `${s.start}-${s.end}`,
          left: s.seatsLeft > 0 ? `还剩${s.seatsLeft}位` : '已约满',
          full: s.seatsLeft <= 0,
        })),
      });
    },
  },
  methods: {
    onTap(e: WechatMiniprogram.TouchEvent) {
      if (this.data.disabled) return;
      const id = String(e.currentTarget.dataset['id']);
      const item = this.data.items.find((i) => i.id === id);
      if (!item) return;
      if (item.full) {
        wx.showToast({ title: '这个时段已约满，请选别的时段', icon: 'none' });
        return;
      }
      this.triggerEvent('change', { slotId: id } satisfies SlotPickerChange);
    },
  },
});
