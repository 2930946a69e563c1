import { largeText } from './large-text';

type Options<
  TData extends WechatMiniprogram.Component.DataOption,
  TProperty extends WechatMiniprogram.Component.PropertyOption,
  TMethod extends WechatMiniprogram.Component.MethodOption,
  TBehavior extends WechatMiniprogram.Component.BehaviorOption,
> = WechatMiniprogram.Component.Options<TData, TProperty, TMethod, TBehavior>;

/**
 * Defines a page, the one way every page of the app is written (as vant's `VantComponent` does for
 * components). A page is a `Component()` whose `methods` hold `onLoad`/`onShow`…, so tests can load
 * it; this adds what every page shares:
 *
 * - 大字模式: the `largeText` behaviour gives the page `rootFontSize` and keeps it in step. The
 *   page's WXML starts with `<page-meta root-font-size="{{rootFontSize}}" />` and sizes its WXSS in
 *   rem (test/components/pages/pages.test.ts checks every page of app.json).
 * - The page's own behaviours (e.g. `formErrorBehavior`) come after these.
 */
export function definePage<
  TData extends WechatMiniprogram.Component.DataOption,
  TProperty extends WechatMiniprogram.Component.PropertyOption,
  TMethod extends WechatMiniprogram.Component.MethodOption,
  TBehavior extends WechatMiniprogram.Component.BehaviorOption = [],
>(options: Options<TData, TProperty, TMethod, TBehavior>): void {
  const behaviors = [largeText, ...(options.behaviors ?? [])] as unknown as TBehavior;
  Component<TData, TProperty, TMethod, TBehavior>({ ...options, behaviors });
}
