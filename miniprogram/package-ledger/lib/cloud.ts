// The worker's 台账 pages' way to the cloud for the actions whose contracts live in this subpackage
// (package-ledger/contracts.ts): a page calling them imports call / callCloud from here.
import { subpackageCloud } from '../../services/call-cloud';
import { myLedgerContracts } from '../contracts';

export const { callCloud, call, contracts } = subpackageCloud(myLedgerContracts);
