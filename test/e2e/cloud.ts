/**
 * Preconditions of the end-to-end stories, set up through the real actions over local-cloud's
 * gateway (the same door the pages use), as the users who would do them.
 */
import {
  contracts,
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type Envelope,
} from '../../miniprogram/shared/contracts-all';

let seq = 0;

export class CloudClient {
  constructor(readonly url: string) {}

  /** Calls an action as `openid`; returns the envelope. */
  async call<A extends ActionName>(
    openid: string,
    action: A,
    input: ActionInput<A>,
  ): Promise<Envelope<ActionOutput<A>>> {
    const fn = contracts[action].fn;
    const res = await fetch(`${this.url}/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
      body: JSON.stringify({
        data: { action, input, requestId: `e2e${Date.now().toString(36)}${++seq}` },
      }),
    });
    if (res.status !== 200)
      throw new Error(`${action}: gateway answered ${res.status} ${await res.text()}`);
    return ((await res.json()) as { result: Envelope<ActionOutput<A>> }).result;
  }

  /** Like call, but throws on a refusal. */
  async ok<A extends ActionName>(
    openid: string,
    action: A,
    input: ActionInput<A>,
  ): Promise<ActionOutput<A>> {
    const res = await this.call(openid, action, input);
    if (!res.ok) throw new Error(`${action} as ${openid} refused: ${res.code} ${res.message}`);
    return res.data;
  }
}

/** A unique openid per test run, so stories never meet each other's data. */
export function freshOpenid(role: string): string {
  return `o-e2e-${role}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
