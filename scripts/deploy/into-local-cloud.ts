/**
 * Deploys the repo's database declarations (collections, indexes, security rules) into a running
 * local-cloud with the same code `npm run deploy` runs against CloudBase: @cloudbase/manager-node
 * with its management requests sent to local-cloud (`TCB_BASE_URL`, the library's own switch).
 * Tests, `npm start` and `npm run cloud` run on what a deploy creates; local-cloud reads no
 * declaration file itself.
 */
import { deploy } from './index';

export async function deployIntoLocalCloud(cloud: { url: string; env: string }): Promise<string[]> {
  const before = process.env.TCB_BASE_URL;
  process.env.TCB_BASE_URL = `${cloud.url}/tcb`;
  try {
    return await deploy({
      envId: cloud.env,
      secretId: 'local-cloud',
      secretKey: 'local-cloud',
      only: 'database',
    });
  } finally {
    if (before === undefined) delete process.env.TCB_BASE_URL;
    else process.env.TCB_BASE_URL = before;
  }
}
