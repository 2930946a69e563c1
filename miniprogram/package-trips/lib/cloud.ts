// The trips pages' way to the cloud: their contracts live in this subpackage (not in the main
// package every worker downloads first), so each page imports call / callCloud / contracts from
// here, which makes the trips actions known to services/call-cloud.
import {
  callAfterLogin,
  callRegistered,
  registerContracts,
  type CallCloud,
  type MainAction,
} from '../../services/call-cloud';
import { contracts as mainContracts } from '../../shared/contracts';
import { tripContracts } from '../contracts';

registerContracts(tripContracts);

type Action = MainAction | keyof typeof tripContracts;

export const callCloud: CallCloud<Action> = callRegistered;
export const call: CallCloud<Action> = callAfterLogin;
export { CloudError } from '../../services/call-cloud';

/** The contracts a trips page may use (to check a form before it sends). */
export const contracts = { ...mainContracts, ...tripContracts };
