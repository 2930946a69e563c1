/**
 * `requirePlugin`: stand-ins for the WeChat plugins the app declares (app.json `plugins`), one file
 * each; any other name warns and gives an empty object, never a crash.
 */
import { wechatSI } from './wechat-si';

const PLUGINS: Record<string, unknown> = { WechatSI: wechatSI };

export function requirePlugin(name: string): unknown {
  const plugin = PLUGINS[name];
  if (plugin) return plugin;
  console.warn(`[preview] requirePlugin("${name}") has no stand-in in the preview`);
  return {};
}
