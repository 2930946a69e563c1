// The admin pages' (人社局) way to the cloud: their own contracts live in this subpackage (not in
// the main package every worker downloads first), so a page calling them imports call / callCloud
// / contracts from here, which makes the admin actions known to services/call-cloud.
import {
  callAfterLogin,
  callRegistered,
  registerContracts,
  type CallCloud,
  type MainAction,
} from '../../services/call-cloud';
import { contracts as mainContracts } from '../../shared/contracts';
import { adminContracts } from '../contracts';

registerContracts(adminContracts);

type Action = MainAction | keyof typeof adminContracts;

export const callCloud: CallCloud<Action> = callRegistered;
export const call: CallCloud<Action> = callAfterLogin;
export { CloudError } from '../../services/call-cloud';

/** The contracts an admin page may use (to check a form before it sends). */
export const contracts = { ...mainContracts, ...adminContracts };
