/**
 * The one voice service: hold-to-talk recognition (普通话 / 四川话), the microphone's permission,
 * and 读给我听, all through WeChat's 同声传译 plugin, which no other file touches.
 */
export * from './listen';
export * from './microphone';
export * from './speak';
export { resetWechatSI } from './wechat-si';
