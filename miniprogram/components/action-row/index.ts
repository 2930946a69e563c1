import type { ActionRowAct, RowAction } from './types';

/**
 * The actions on a card (an applicant's 标为已查看 / 邀约面试 / 录用 / 不合适, an admin's 通过 / 不通过):
 * real buttons of one size (≥ 44 px), side by side in equal columns, wrapping to the next line
 * only when the words no longer fit (大字模式). Emits `act` with `{ key }`; the button of `busy`
 * spins. Button ids are `prefix + key + suffix`.
 */
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    actions: { type: Array, value: [] as RowAction[] },
    busy: { type: String, value: '' },
    prefix: { type: String, value: '' },
    suffix: { type: String, value: '' },
  },
  methods: {
    onTap(e: WechatMiniprogram.TouchEvent) {
      const { key } = e.currentTarget.dataset as { key: string };
      if (this.data.busy) return;
      this.triggerEvent('act', { key } satisfies ActionRowAct);
    },
  },
});
