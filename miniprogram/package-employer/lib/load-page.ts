import { shownError } from '../../services/errors';

type Host = Pick<WechatMiniprogram.Component.TrivialInstance, 'setData'>;

/** Opens a page: 'loading', then `work`; a failure is the error state with its reason. */
export async function loadPage(page: Host, work: () => Promise<void>): Promise<void> {
  page.setData({ state: 'loading', loadError: '' });
  try {
    await work();
  } catch (err) {
    page.setData({ state: 'error', loadError: shownError(err).message });
  }
}
