/**
 * `<page-meta>`: root-font-size (大字模式: the pages size their text in rem), page-font-size,
 * page-style, background-color and scroll-top, applied to the page it is in; the root font
 * size follows the page on top (navigation.pageMetaChanged).
 */
import { pageMetaChanged } from '../navigation';
import { defineBuiltin } from './define';

export const pageMeta = defineBuiltin('page-meta', {
  properties: {
    rootFontSize: String,
    pageFontSize: String,
    pageStyle: String,
    backgroundColor: String,
    backgroundTextStyle: String,
    scrollTop: String,
    scrollDuration: Number,
    pageOrientation: String,
    rootBackgroundColor: String,
    backgroundColorTop: String,
    backgroundColorBottom: String,
  },
  setup: () => ({ pageStyle: undefined as string | undefined }),
  update(self, host, state) {
    const wrapper = host.closest<HTMLElement>('.xp-page');
    if (!wrapper) return;
    wrapper.dataset.rootFontSize = self.data.rootFontSize || '';
    wrapper.style.fontSize =
      self.data.pageFontSize && self.data.pageFontSize !== 'system' ? self.data.pageFontSize : '';
    if (self.data.pageStyle !== state.pageStyle) {
      state.pageStyle = self.data.pageStyle;
      if (self.data.pageStyle)
        wrapper.style.cssText += `;${self.data.pageStyle.replace(/(-?\d*\.?\d+)rpx/g, (_m: string, n: string) => `${Number(n) / 2}px`)}`;
    }
    if (self.data.backgroundColor) wrapper.style.backgroundColor = self.data.backgroundColor;
    if (self.data.scrollTop) window.scrollTo({ top: parseFloat(self.data.scrollTop) });
    pageMetaChanged(wrapper);
  },
});
