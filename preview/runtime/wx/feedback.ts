/** Toast, loading, modal and action sheet, drawn by the preview's overlays (ui.ts); vibration. */
import * as ui from '../ui';
import { api, fail, type WxFamily } from './api';

export const feedbackApis: WxFamily = {
  showToast: api('showToast', (o: ui.ToastOptions) =>
    ui.showToast({ title: o.title, icon: o.icon ?? 'success', duration: o.duration, mask: o.mask }),
  ),
  hideToast: api('hideToast', () => ui.hideToast()),
  // A phone buzzes; a browser has nothing to show for it.
  vibrateShort: api('vibrateShort', () => undefined),
  vibrateLong: api('vibrateLong', () => undefined),
  showLoading: api('showLoading', (o: { title?: string; mask?: boolean }) =>
    ui.showToast({ title: o.title, loading: true, mask: o.mask }),
  ),
  hideLoading: api('hideLoading', () => ui.hideToast()),
  showModal: api('showModal', (o: ui.ModalOptions) => ui.showModal(o)),
  showActionSheet: api(
    'showActionSheet',
    async (o: { itemList: string[]; itemColor?: string; alertText?: string }) => {
      const tapIndex = await ui.showActionSheet({
        itemList: o.itemList,
        itemColor: o.itemColor,
        alertText: o.alertText,
      });
      if (tapIndex === undefined) throw fail('showActionSheet', 'cancel');
      return { tapIndex };
    },
  ),
};
