import * as cloud from 'wx-server-sdk';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { routedFunction } from '../../../server/platform';
import { exportLedger } from './handlers/export';
import { matches } from './handlers/matches';
import { consent, mine, myPublicJobs, requestDeletion } from './handlers/mine';
import {
  dueVisits,
  get,
  importPeople,
  list,
  logVisit,
  remove,
  upsertPerson,
  villageCounts,
} from './handlers/people';
import {
  apply,
  approve,
  confirmAttendance,
  create,
  exportRoster,
  get as getPublicJob,
  list as listPublicJobs,
  notice,
  review,
} from './handlers/public-jobs';

/** 劳动力台账 (ledger.*) and 公益性岗位 (publicJob.*). */
export const main = routedFunction(cloud, SUBSCRIBE_TEMPLATES, 'workforce', {
  'ledger.upsertPerson': upsertPerson,
  'ledger.importPeople': importPeople,
  'ledger.list': list,
  'ledger.villageCounts': villageCounts,
  'ledger.get': get,
  'ledger.logVisit': logVisit,
  'ledger.dueVisits': dueVisits,
  'ledger.matches': matches,
  'ledger.export': exportLedger,
  'ledger.remove': remove,
  'ledger.mine': mine,
  'ledger.consent': consent,
  'ledger.requestDeletion': requestDeletion,
  'publicJob.create': create,
  'publicJob.approve': approve,
  'publicJob.list': listPublicJobs,
  'publicJob.get': getPublicJob,
  'publicJob.apply': apply,
  'publicJob.mine': myPublicJobs,
  'publicJob.review': review,
  'publicJob.notice': notice,
  'publicJob.confirmAttendance': confirmAttendance,
  'publicJob.export': exportRoster,
});
