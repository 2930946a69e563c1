// The worker's 台账 pages' way to the cloud: the main package's actions and this subpackage's own
// (../contracts.ts), so each page imports call / callCloud / contracts from here.
import { subpackageCloud } from '../../services/call-cloud';
import { ledgerPackageContracts } from '../contracts';

export const { callCloud, call, contracts } = subpackageCloud(ledgerPackageContracts);
export { CloudError } from '../../services/call-cloud';
