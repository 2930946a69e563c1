import * as cloud from 'wx-server-sdk';
import { Store } from '../../../server/db';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { initCloudPlatform } from '../../../server/platform';
import { adminsOf, loggerOf } from '../../../server/router';
import { runHousekeeping, timeOf, type HousekeepingReport } from './run';

const platform = initCloudPlatform(cloud, SUBSCRIBE_TEMPLATES);
const admins = adminsOf('housekeeping', platform.env);
const log = loggerOf('housekeeping');

/**
 * Timer entry (config.json: daily at 20:00, CloudBase evaluates cron in UTC+8). A timer event has
 * no user; a call from the mini-program is refused unless the caller is an admin (manual rerun).
 */
export async function main(
  event: unknown,
): Promise<{ ok: true; data: HousekeepingReport } | { ok: false; code: string; message: string }> {
  const openid = platform.openid();
  if (openid && !admins.has(openid))
    return { ok: false, code: 'FORBIDDEN', message: '您没有权限做这件事' };
  const now = timeOf(event, platform.now ? platform.now() : Date.now());
  const data = await runHousekeeping(new Store(platform.database), platform.services, now, log);
  log('done', { ...data });
  return { ok: true, data };
}
