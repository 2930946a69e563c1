// The cadre pages' way to the cloud for the 台账 and 公益性岗位 actions whose contracts live in this
// subpackage (package-cadre/contracts.ts, not in the main package every worker downloads first):
// a page calling them imports call / callCloud / contracts from here.
import { subpackageCloud } from '../../services/call-cloud';
import { cadreContracts } from '../contracts';

export const { callCloud, call, contracts } = subpackageCloud(cadreContracts);
