import * as cloud from 'wx-server-sdk';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { cloudPlatform } from '../../../server/platform';
import { createMain, type Handlers } from '../../../server/router';
import { auditList } from './handlers/audit';
import { dashboard } from './handlers/dashboard';
import { exportTable } from './handlers/export';
import { weeklyReport } from './handlers/weekly-report';

// The SDK types DYNAMIC_CURRENT_ENV as a symbol; init accepts it at run time.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

const handlers: Handlers<'stats'> = {
  'stats.dashboard': dashboard,
  'stats.export': exportTable,
  'stats.weeklyReport': weeklyReport,
  'audit.list': auditList,
};

export const main = createMain('stats', handlers, cloudPlatform(cloud, SUBSCRIBE_TEMPLATES));
