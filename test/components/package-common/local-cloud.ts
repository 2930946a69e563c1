/**
 * Drives subpackage pages against the real back end: an in-memory local-cloud started in its own
 * process (its function bundler, esbuild, cannot run inside jsdom), reached over its HTTP gateway,
 * the same door `callCloud` uses in development. Call `useLocalCloud()` at the top of a test file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import {
  callRegistered,
  registerContracts,
  setTransport,
} from '../../../miniprogram/services/call-cloud';
import { resetSession } from '../../../miniprogram/services/session';
import {
  contracts,
  type ActionInput,
  type ActionName,
  type ActionOutput,
} from '../../../miniprogram/shared/contracts-all';
import { settle, textOf, type Page } from './harness';

/** The 人社局 of 资中县 (the cadre stories' county), as local-cloud is configured (ADMINS). */
export const ADMIN = 'o-admin-rsj';
/** The 人社局 of 浦北县 (the employer stories' county). */
export const ADMIN_PUBEI = 'o-admin-pubei-rsj';
const ADMINS = `${ADMIN}=四川省/内江市/资中县;${ADMIN_PUBEI}=广西壮族自治区/钦州市/浦北县`;

const REPO = join(__dirname, '..', '..', '..');

function startCloud(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const tsx = join(REPO, 'node_modules', '.bin', 'tsx');
    const args = [
      'scripts/cloud.ts',
      '--port',
      '0',
      '--memory',
      '--function-env',
      `ADMINS=${ADMINS}`,
      '--quiet',
    ];
    const child = spawn(tsx, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /ready at (\S+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], child });
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`local-cloud exited ${code}: ${out}`)));
  });
}

function postJson(url: string, body: unknown, headers: Record<string, string>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          try {
            resolve(JSON.parse(text));
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

export interface LocalCloudSession {
  /** From now on the pages (and `as`) act as this person, on a fresh launch (no session). */
  actAs(openid: string): void;
  /** Calls an action directly as the current person (for preconditions the story skips). */
  call<A extends ActionName>(action: A, input: ActionInput<A>): Promise<ActionOutput<A>>;
}

export function useLocalCloud(): LocalCloudSession {
  let child: ChildProcess | undefined;
  let openid = '';
  beforeAll(async () => {
    const started = await startCloud();
    child = started.child;
    setTransport(async (fn, body) => {
      const res = (await postJson(
        `${started.url}/functions/${fn}`,
        { data: body },
        { 'x-wx-openid': openid },
      )) as {
        result: unknown;
      };
      return res.result;
    });
  }, 120_000);
  afterAll(() => {
    setTransport(undefined);
    child?.kill('SIGTERM');
  });
  return {
    actAs(who) {
      openid = who;
      resetSession();
    },
    // The test's own calls may be any package's (a trip set up for a cadre page, say).
    call: (action, input) => {
      registerContracts(contracts);
      return callRegistered(action, input);
    },
  };
}

/** Waits until the page (or one element) shows `text`: real functions answer in their own time. */
export async function until(page: Page, selector: string, text: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await settle();
    try {
      if (textOf(page, selector || undefined).includes(text)) return;
    } catch {
      // not rendered yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${selector || 'page'} never showed “${text}”; it says: ${textOf(page)}`);
}

/** Answers every wx.showModal with OK (and `content` for an editable one). */
export function acceptModals(content = ''): void {
  jest.spyOn(wx, 'showModal').mockImplementation(((o: WechatMiniprogram.ShowModalOption) => {
    o.success?.({
      confirm: true,
      cancel: false,
      content,
      errMsg: 'showModal:ok',
    } as WechatMiniprogram.ShowModalSuccessCallbackResult);
  }) as typeof wx.showModal);
}

/** wx.chooseLocation picks this place. */
export function mapPicks(lat: number, lng: number, name: string, address: string): void {
  jest.spyOn(wx, 'chooseLocation').mockImplementation(((
    o: WechatMiniprogram.ChooseLocationOption,
  ) => {
    o.success?.({
      latitude: lat,
      longitude: lng,
      name,
      address,
      errMsg: 'chooseLocation:ok',
    } as WechatMiniprogram.ChooseLocationSuccessCallbackResult);
  }) as typeof wx.chooseLocation);
}
