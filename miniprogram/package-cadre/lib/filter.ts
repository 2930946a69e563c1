type Host = Pick<WechatMiniprogram.Component.TrivialInstance, 'data' | 'setData'>;

/** A filter chip tapped (`data-id`) becomes `data.filter`; true when that changed the filter. */
export function choseFilter(page: Host, e: WechatMiniprogram.TouchEvent): boolean {
  const { id } = e.currentTarget.dataset as { id: string };
  if (id === (page.data as { filter?: string }).filter) return false;
  page.setData({ filter: id });
  return true;
}
