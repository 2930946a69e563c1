// The whole contract map, for the server, tools and tests: the main package's contracts and the
// ones each subpackage loads for itself. Mini-program code never imports this file (the main
// package may not require a subpackage file); a subpackage page takes its contracts from its
// package (e.g. package-trips/lib/cloud.ts).
import { contracts as mainContracts, type ActionName, type Contracts } from './contracts';
import { adminContracts } from '../package-admin/contracts';
import { cadreContracts } from '../package-cadre/contracts';
import { ledgerPackageContracts } from '../package-ledger/contracts';
import { tripContracts } from '../package-trips/contracts';

export * from './index';
export * from '../package-trips/models/trip';
export { adminContracts, cadreContracts, ledgerPackageContracts, tripContracts };

/** Every action's contract (shadows the main package's `contracts` of ./index). */
export const contracts: Contracts = {
  ...mainContracts,
  ...tripContracts,
  ...adminContracts,
  ...cadreContracts,
  ...ledgerPackageContracts,
};

export function isActionName(name: unknown): name is ActionName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contracts, name);
}
