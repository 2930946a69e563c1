/**
 * The subscription notices the app sends, by name. The page asks the user for a template's id
 * (miniprogram/config.ts, set by the deployer); the cloud functions send it with the keywords of
 * server/subscribe-templates.ts. Both sides agree on these names.
 */
export type TemplateKey =
  | 'applicationStatus'
  | 'interviewInvite'
  | 'fairReminder'
  | 'fairCancelled'
  | 'tripMatched'
  | 'tripReminder'
  | 'tripCancelled'
  | 'tripSeat';

/** A deployment's template id for each notice (公众平台 → 订阅消息). */
export type TemplateIds = Readonly<Record<TemplateKey, string>>;
