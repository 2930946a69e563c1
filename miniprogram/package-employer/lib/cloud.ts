import { callCloud, type CallOptions } from '../../services/call-cloud';
import { getSession } from '../../services/session';
import type { ActionInput, ActionName, ActionOutput } from '../../shared/contracts';

/**
 * `callCloud` once the back end knows the user: `account.login` (once per launch, cached) runs
 * first, because a page opened straight from a shared link or a notice has not logged in yet.
 */
export async function call<A extends ActionName>(
  action: A,
  input: ActionInput<A>,
  options?: CallOptions,
): Promise<ActionOutput<A>> {
  await getSession();
  return callCloud(action, input, options);
}
