import type { ChipGroupChange, ChipOption } from './types';

/**
 * Choices as big tappable chips instead of typing. Single choice: `value`, emits change `{ value }`
 * (tapping the chosen chip again clears it when `clearable`). Multiple: `values`, emits
 * change `{ values }`, at most `max`.
 */
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    options: { type: Array, value: [] as ChipOption[] },
    value: { type: String, value: '' },
    values: { type: Array, value: [] as string[] },
    multiple: { type: Boolean, value: false },
    clearable: { type: Boolean, value: false },
    max: { type: Number, value: 0 },
  },
  data: { on: {} as Record<string, boolean> },
  observers: {
    'value, values, multiple'(value: string, values: string[], multiple: boolean) {
      const on: Record<string, boolean> = {};
      if (multiple) values.forEach((v) => (on[v] = true));
      else if (value) on[value] = true;
      this.setData({ on });
    },
  },
  methods: {
    onTap(e: WechatMiniprogram.TouchEvent) {
      const v = String(e.currentTarget.dataset['value']);
      if (!this.data.multiple) {
        if (v === this.data.value) {
          if (this.data.clearable)
            this.triggerEvent('change', { value: '' } satisfies ChipGroupChange);
          return;
        }
        this.triggerEvent('change', { value: v } satisfies ChipGroupChange);
        return;
      }
      const values = this.data.values as string[];
      if (values.includes(v)) {
        this.triggerEvent('change', {
          values: values.filter((x) => x !== v),
        } satisfies ChipGroupChange);
        return;
      }
      if (this.data.max && values.length >= this.data.max) {
        wx.showToast({ title: `最多选${this.data.max}个`, icon: 'none' });
        return;
      }
      this.triggerEvent('change', { values: [...values, v] } satisfies ChipGroupChange);
    },
  },
});
