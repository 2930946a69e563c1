// The trips pages' way to the cloud: their contracts live in this subpackage (not in the main
// package every worker downloads first), so each page imports call / callCloud / contracts from
// here, which makes the trips actions known to services/call-cloud.
import { subpackageCloud } from '../../services/call-cloud';
import { tripContracts } from '../contracts';

export const { callCloud, call, contracts } = subpackageCloud(tripContracts);
export { CloudError } from '../../services/call-cloud';
