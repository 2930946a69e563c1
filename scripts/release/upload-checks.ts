/**
 * What must be true before the mini-program goes to WeChat: no subscription template id is still a
 * placeholder and the CloudBase environment id is set (not empty, not the example). Each problem is
 * said as what to change.
 */

/** The environment id the docs use as an example; never a real deployment's. */
export const EXAMPLE_ENV_ID = 'xiangpin-1a2b3c';

export interface ReleaseConfig {
  CLOUD_ENV: string;
  SUBSCRIBE_TEMPLATES: Record<string, string>;
}

export function uploadProblems(config: ReleaseConfig): string[] {
  const problems: string[] = [];
  for (const [name, id] of Object.entries(config.SUBSCRIBE_TEMPLATES)) {
    if (!id || /^TEMPLATE_/.test(id)) {
      problems.push(
        `miniprogram/config.ts: SUBSCRIBE_TEMPLATES.${name} 还是占位 "${id}"，请填入在公众平台「订阅消息」里选用的模板 ID（见 server/subscribe-templates.ts）`,
      );
    }
  }
  if (!config.CLOUD_ENV || config.CLOUD_ENV === EXAMPLE_ENV_ID) {
    problems.push(
      `miniprogram/config.ts: CLOUD_ENV ${config.CLOUD_ENV ? `还是示例 "${config.CLOUD_ENV}"` : '是空的'}，请填入您的云开发环境 ID`,
    );
  }
  return problems;
}
