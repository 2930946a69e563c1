/**
 * Sharing a page: the card its onShareAppMessage makes, shown as what a friend would receive,
 * with a link that opens it in the preview. Share buttons and the ··· menu both come here.
 */
import * as navigation from './navigation';
import * as ui from './ui';

/** What onShareAppMessage may return (WeChat also waits for `promise`, up to 3 s). */
interface ShareCard {
  title?: string;
  path?: string;
  imageUrl?: string;
  promise?: Promise<ShareCard>;
}

export async function share(from: 'button' | 'menu', target?: unknown): Promise<void> {
  const t = navigation.top();
  if (!t) return;
  if (typeof t.instance.onShareAppMessage !== 'function') {
    await ui.standIn('分享', ['这个页面没有 onShareAppMessage，微信里不能转发。']);
    return;
  }
  let card = ((await navigation.callPage(t, 'onShareAppMessage', {
    from,
    target,
    webViewUrl: '',
  })) ?? {}) as ShareCard;
  if (card.promise && typeof card.promise.then === 'function')
    card = { ...card, ...(await card.promise) };
  const path = String(card.path || navigation.pathOf(t));
  const link = `${location.origin}/?path=${encodeURIComponent(path)}`;
  const i = await ui.standIn(
    '转发给朋友',
    [
      `卡片标题：${card.title || t.title || '乡聘'}`,
      '微信会在这里选择聊天，把卡片发出去；朋友点卡片就打开这个页面。',
    ],
    [{ text: '关闭' }, { text: '像朋友一样打开', primary: true }],
  );
  (window as unknown as { __xpLastShare?: unknown }).__xpLastShare = { ...card, path, link };
  window.parent?.postMessage({ type: 'xp:share', title: card.title, path, link }, '*');
  if (i === 1) navigation.reLaunch(path);
}
