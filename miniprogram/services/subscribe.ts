/**
 * Asks for subscription-message consent. Must be called synchronously inside a tap handler
 * (before any await); one consent is one message. Never blocks or fails the action it goes with.
 */
export function requestSubscribe(templateIds: string[]): Promise<void> {
  return new Promise((resolve) => {
    if (typeof wx.requestSubscribeMessage !== 'function') {
      resolve();
      return;
    }
    wx.requestSubscribeMessage({
      tmplIds: templateIds,
      complete: () => resolve(),
    } as WechatMiniprogram.RequestSubscribeMessageOption);
  });
}
