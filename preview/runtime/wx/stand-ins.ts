/**
 * Visible stand-ins (预览替身) for what only a phone does: calling, scanning (type the code),
 * subscription messages (only inside a tap, like WeChat; 允许 is recorded at local-cloud's
 * `/dev/subscriptions`), the share menus, and sending a file to a chat (it is downloaded).
 */
import * as ui from '../ui';
import { api, fail, type WxFamily } from './api';
import { gateway } from './cloud';
import { download, mimeOf, readFile } from './files';

let lastTap = 0;
document.addEventListener('click', () => (lastTap = Date.now()), true);
const inTap = () => Date.now() - lastTap < 5000;

export const standInApis: WxFamily = {
  makePhoneCall: api('makePhoneCall', async (o: { phoneNumber: string }) => {
    const i = await ui.standIn(
      '拨打电话',
      [String(o.phoneNumber)],
      [{ text: '取消' }, { text: '呼叫', primary: true }],
    );
    if (i !== 1) throw fail('makePhoneCall', 'cancel');
  }),
  scanCode: api('scanCode', async () => {
    const result = await ui.promptText(
      '扫码',
      '浏览器不能用摄像头：请输入二维码里的内容（如签到码）',
      '二维码内容',
    );
    if (!result) throw fail('scanCode', 'cancel');
    return {
      result,
      scanType: 'QR_CODE',
      charSet: 'utf-8',
      rawData: btoa(unescape(encodeURIComponent(result))),
    };
  }),
  requestSubscribeMessage: api('requestSubscribeMessage', async (o: { tmplIds?: string[] }) => {
    const ids = o.tmplIds ?? [];
    if (!inTap()) {
      console.warn(
        '[preview] wx.requestSubscribeMessage called outside a tap: WeChat refuses it (errCode 20004)',
      );
      throw fail('requestSubscribeMessage', 'can only be invoked by user TAP gesture.');
    }
    const i = await ui.standIn(
      '“乡聘”想给您发送通知',
      [
        ids.length > 1
          ? `同意后，乡聘可以给您发${ids.length}种通知，每种一次`
          : '同意后，乡聘可以给您发一次通知',
      ],
      [{ text: '拒绝' }, { text: '允许', primary: true }],
    );
    const accept = i === 1;
    const g = gateway();
    if (accept && g) {
      await fetch(`${g.url}/dev/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ openid: g.openid, templateIds: ids }),
      }).catch((err) => console.warn('[preview] could not record the subscription', err));
    }
    return Object.fromEntries(ids.map((id) => [id, accept ? 'accept' : 'reject']));
  }),
  showShareMenu: api('showShareMenu', () => undefined),
  hideShareMenu: api('hideShareMenu', () => undefined),
  updateShareMenu: api('updateShareMenu', () => undefined),
  showShareImageMenu: api('showShareImageMenu', async () => {
    await ui.standIn('分享图片', ['微信会弹出“发送给朋友 / 保存图片”菜单。']);
  }),
  shareFileMessage: api('shareFileMessage', async (o: { filePath: string; fileName?: string }) => {
    const data = readFile(o.filePath);
    if (data === undefined) throw fail('shareFileMessage', `no such file ${o.filePath}`);
    const name = o.fileName || o.filePath.split('/').pop() || 'file';
    (window as unknown as { __xpLastFile?: unknown }).__xpLastFile = {
      name,
      text: new TextDecoder().decode(data),
    };
    download(name, data, mimeOf(name));
    const i = await ui.standIn(
      '发送文件给朋友',
      [`${name}（${data.byteLength} 字节）`, '微信会在这里选择聊天发送；预览已把文件下载到本机。'],
      [{ text: '取消' }, { text: '发送', primary: true }],
    );
    if (i !== 1) throw fail('shareFileMessage', 'cancel');
  }),
};
