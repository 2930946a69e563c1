/**
 * `<button>`: a focusable element with role=button whose `open-type` does what WeChat would,
 * or shows a stand-in: share (the page's share card), agreePrivacyAuthorization, contact,
 * getPhoneNumber (a demo code), openSetting, feedback, chooseAvatar, launchApp.
 * (form-type has nothing to do: no page has a `<form>`.)
 */
import { share } from '../share';
import * as ui from '../ui';
import { openSetting } from '../wx/auth';
import { agreePrivacy } from '../wx/privacy';
import { attr, defineBuiltin, type BuiltinSelf } from './define';

function openType(self: Omit<BuiltinSelf, 'data'>, type: string): void {
  const target = { id: self._exparserNode.id, dataset: self._exparserNode.dataset ?? {} };
  switch (type) {
    case 'share':
      void share('button', target);
      break;
    case 'agreePrivacyAuthorization':
      agreePrivacy(self._exparserNode.id);
      self.triggerEvent('agreeprivacyauthorization', {});
      break;
    case 'contact':
      void ui
        .standIn('客服会话', ['微信会在这里打开与“乡聘”客服的会话。'])
        .then(() => self.triggerEvent('contact', {}));
      break;
    case 'getPhoneNumber':
    case 'getRealtimePhoneNumber':
      void ui
        .standIn(
          '手机号快速验证',
          ['微信会在这里请用户同意提供手机号。预览给一个演示 code。'],
          [{ text: '拒绝' }, { text: '允许', primary: true }],
        )
        .then((i) =>
          self.triggerEvent(
            type === 'getPhoneNumber' ? 'getphonenumber' : 'getrealtimephonenumber',
            i === 1
              ? { errMsg: 'getPhoneNumber:ok', code: 'preview-phone-code' }
              : { errMsg: 'getPhoneNumber:fail user deny' },
          ),
        );
      break;
    case 'openSetting':
      openSetting({ success: (res: unknown) => self.triggerEvent('opensetting', res) });
      break;
    case 'feedback':
      void ui.standIn('意见反馈', ['微信会在这里打开“意见反馈”页面。']);
      break;
    case 'chooseAvatar':
      self.triggerEvent('chooseavatar', { avatarUrl: '' });
      break;
    case 'launchApp':
      self.triggerEvent('error', { errMsg: 'launchApp:fail not supported in the browser preview' });
      break;
    default:
      console.warn(
        `[preview] <button open-type="${type}"> is not available in the browser preview`,
      );
  }
}

export const button = defineBuiltin('button', {
  behaviors: ['wx://form-field-button'],
  properties: {
    size: String,
    type: String,
    plain: Boolean,
    disabled: Boolean,
    loading: Boolean,
    formType: String,
    openType: String,
    hoverClass: String,
    sessionFrom: String,
    sendMessageTitle: String,
    sendMessagePath: String,
    appParameter: String,
    showMessageCard: Boolean,
    lang: String,
  },
  setup(self, host) {
    host.setAttribute('role', 'button');
    host.tabIndex = 0;
    host.addEventListener('click', () => {
      if (self.data.disabled || !self.data.openType) return;
      openType(self, self.data.openType);
    });
  },
  update(self, host) {
    attr(host, 'type', self.data.type);
    attr(host, 'size', self.data.size);
    attr(host, 'plain', self.data.plain);
    attr(host, 'disabled', self.data.disabled);
    attr(host, 'loading', self.data.loading);
    host.setAttribute('aria-disabled', String(!!self.data.disabled));
  },
});
