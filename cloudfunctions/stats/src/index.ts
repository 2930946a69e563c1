import * as cloud from 'wx-server-sdk';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { routedFunction } from '../../../server/platform';
import { auditList } from './handlers/audit';
import { dashboard } from './handlers/dashboard';
import { exportTable } from './handlers/export';
import { weeklyReport } from './handlers/weekly-report';

export const main = routedFunction(cloud, SUBSCRIBE_TEMPLATES, 'stats', {
  'stats.dashboard': dashboard,
  'stats.export': exportTable,
  'stats.weeklyReport': weeklyReport,
  'audit.list': auditList,
});
