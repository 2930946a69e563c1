import * as cloud from 'wx-server-sdk';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { routedFunction } from '../../../server/platform';
import {
  answerInterview,
  apply,
  inviteInterview,
  listForJob,
  listMine as listMyApplications,
  setStatus as setApplicationStatus,
  withdraw,
} from './handlers/applications';
import { create, get, listMine, setStatus, update } from './handlers/posts';
import { createReport, myReports } from './handlers/reports';
import { resolveReport, reviewJob } from './handlers/review';
import { recommend } from './handlers/recommend';
import { search } from './handlers/search';

export const main = routedFunction(cloud, SUBSCRIBE_TEMPLATES, 'jobs', {
  'job.create': create,
  'job.update': update,
  'job.setStatus': setStatus,
  'job.search': search,
  'job.recommend': recommend,
  'job.get': get,
  'job.listMine': listMine,
  'job.apply': apply,
  'admin.reviewJob': reviewJob,
  'report.create': createReport,
  'report.mine': myReports,
  'admin.resolveReport': resolveReport,
  'application.listMine': listMyApplications,
  'application.withdraw': withdraw,
  'application.listForJob': listForJob,
  'application.setStatus': setApplicationStatus,
  'application.inviteInterview': inviteInterview,
  'application.answerInterview': answerInterview,
});
