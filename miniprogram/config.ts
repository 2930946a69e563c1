import type { TemplateIds } from './shared/subscribe-templates';

/**
 * Deployment settings of the mini-program. A deployer sets these once (see README, "Deploy").
 */

/** CloudBase environment id; empty uses the environment DevTools selected. */
export const CLOUD_ENV = '';

/**
 * Subscription message template ids (公众平台 → 订阅消息), one per notice the app sends. The
 * keywords each template must have, in this order, are in README ("Subscription messages").
 */
export const SUBSCRIBE_TEMPLATES = {
  applicationStatus: 'TEMPLATE_APPLICATION_STATUS',
  interviewInvite: 'TEMPLATE_INTERVIEW_INVITE',
  fairReminder: 'TEMPLATE_FAIR_REMINDER',
  fairCancelled: 'TEMPLATE_FAIR_CANCELLED',
  tripMatched: 'TEMPLATE_TRIP_MATCHED',
  tripReminder: 'TEMPLATE_TRIP_REMINDER',
  tripCancelled: 'TEMPLATE_TRIP_CANCELLED',
  tripSeat: 'TEMPLATE_TRIP_SEAT',
} as const satisfies TemplateIds;
