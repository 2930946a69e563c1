import * as cloud from 'wx-server-sdk';
import { cloudPlatform } from '../../../server/platform';
import { createMain } from '../../../server/router';
import { handlers } from './handlers';

// The SDK types DYNAMIC_CURRENT_ENV as a symbol; init accepts it at run time.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export const main = createMain('fairs', handlers, cloudPlatform(cloud));
