import { onLargeTextChange, rootFontSize } from '../services/large-text';

const offs = new WeakMap<object, () => void>();

/** Gives a page `rootFontSize` for its `<page-meta>` and keeps it in step with 大字模式. */
export const largeText = Behavior({
  data: { rootFontSize: 'system' },
  lifetimes: {
    attached() {
      // Most phones stay on 'system', the initial value: no setData needed then.
      const size = rootFontSize();
      if (size !== this.data.rootFontSize) this.setData({ rootFontSize: size });
      offs.set(
        this,
        onLargeTextChange((size) => this.setData({ rootFontSize: size })),
      );
    },
    detached() {
      offs.get(this)?.();
      offs.delete(this);
    },
  },
});
