import * as cloud from 'wx-server-sdk';
import { SUBSCRIBE_TEMPLATES } from '../../../miniprogram/config';
import { cloudPlatform } from '../../../server/platform';
import { createMain, type Handlers } from '../../../server/router';
import { login, updateProfile } from './handlers/account';
import { createCadreInvite, listEmployers, listPending, verifyEmployer } from './handlers/admin';
import { redeemInvite } from './handlers/cadre';
import { companyProfile } from './handlers/company';
import { liftSuspension, suspendEmployer } from './handlers/suspension';
import { mine, register } from './handlers/employer';

// The SDK types DYNAMIC_CURRENT_ENV as a symbol; init accepts it at run time.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

const handlers: Handlers<'accounts'> = {
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
};

export const main = createMain('accounts', handlers, cloudPlatform(cloud, SUBSCRIBE_TEMPLATES));
