import * as cloud from 'wx-server-sdk';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { routedFunction } from '../../../server/platform';
import { login, updateProfile } from './handlers/account';
import { createCadreInvite, listEmployers, listPending, verifyEmployer } from './handlers/admin';
import { redeemInvite } from './handlers/cadre';
import { companyProfile } from './handlers/company';
import { liftSuspension, suspendEmployer } from './handlers/suspension';
import { mine, register } from './handlers/employer';

export const main = routedFunction(cloud, SUBSCRIBE_TEMPLATES, 'accounts', {
  'account.login': login,
  'account.updateProfile': updateProfile,
  'employer.register': register,
  'employer.mine': mine,
  'cadre.redeemInvite': redeemInvite,
  'admin.createCadreInvite': createCadreInvite,
  'admin.verifyEmployer': verifyEmployer,
  'admin.listPending': listPending,
  'admin.listEmployers': listEmployers,
  'admin.suspendEmployer': suspendEmployer,
  'admin.liftSuspension': liftSuspension,
  'admin.companyProfile': companyProfile,
});
