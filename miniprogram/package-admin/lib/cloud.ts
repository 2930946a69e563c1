// The admin pages' (人社局) way to the cloud: their own contracts live in this subpackage (not in
// the main package every worker downloads first), so a page calling them imports call / callCloud
// / contracts from here, which makes the admin actions known to services/call-cloud.
import { subpackageCloud } from '../../services/call-cloud';
import { adminContracts } from '../contracts';

export const { callCloud, call, contracts } = subpackageCloud(adminContracts);
export { CloudError } from '../../services/call-cloud';
