type Errors = Record<string, string>;
type Rect = { id?: string } | null;
type Instance = WechatMiniprogram.Component.TrivialInstance;

/** Pages whose banner came from field errors: it goes once every field is fixed. */
const bannerFromFields = new WeakSet<object>();

/**
 * One way for every form to show what is wrong (with `showFormErrors`): each message under its
 * field, the page scrolled to the first one and its control focused; the banner clears once the
 * last field error is fixed. A page marks each message `<view class="err" id="err-X">` and gives
 * the control it belongs to `id="X"` and `focus="{{focusField === 'X'}}"`.
 */
export const formErrorBehavior = Behavior({
  data: { errors: {} as Errors, bannerError: '', focusField: '' },
  observers: {
    'errors.**'(this: Instance, errors: Errors | undefined) {
      if (Object.values(errors ?? {}).some(Boolean)) {
        bannerFromFields.add(this);
      } else if (bannerFromFields.has(this)) {
        bannerFromFields.delete(this);
        if ((this.data as { bannerError?: string }).bannerError) this.setData({ bannerError: '' });
      }
    },
  },
});

/**
 * Shows `errors` under their fields and `bannerError` on top, then scrolls to the first message
 * in page order (not the order the checks found them) and focuses its control; with no field
 * message, to the banner (`id="banner"`).
 */
export function showFormErrors(page: Instance, errors: Errors, bannerError: string): void {
  page.setData({ errors, bannerError, focusField: '' }, () => {
    page
      .createSelectorQuery()
      .selectAll('.err')
      .boundingClientRect((rects: unknown) => {
        const first = ((rects ?? []) as Rect[])
          .map((r) => (r?.id ?? '').replace(/^.*--/, ''))
          .find((id) => id.startsWith('err-'));
        if (first) {
          wx.pageScrollTo({ selector: `#${first}`, offsetTop: -160, duration: 200 });
          page.setData({ focusField: first.slice('err-'.length) });
        } else if (bannerError) {
          wx.pageScrollTo({ selector: '#banner', offsetTop: -40, duration: 200 });
        }
      })
      .exec();
  });
}
