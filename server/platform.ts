import type * as Cloud from 'wx-server-sdk';
import type { TemplateIds } from '../miniprogram/shared/index';
import type { Services, SubscribeMessage } from './context';
import { createMain, type Handlers, type Platform } from './router';
import type { FunctionName } from '../miniprogram/shared/contracts-all';

type CloudModule = typeof Cloud;

/** errCode of a failed open API call, from the error the SDK throws. */
export function errCodeOf(err: unknown): number | undefined {
  const e = err as { errCode?: unknown; errMsg?: unknown } | null;
  if (typeof e?.errCode === 'number') return e.errCode;
  const m = /fail (-?\d+)/.exec(String(e?.errMsg ?? ''));
  return m ? Number(m[1]) : undefined;
}

/**
 * Which mini-program the deployment serves (function env `MINIPROGRAM_STATE`: formal, the
 * default; trial; developer): subscription messages open it (`miniprogramState`), and codes open
 * the same version (`envVersion`: release, trial, develop), so a trial build's poster opens the trial.
 */
export function deploymentState(env: NodeJS.ProcessEnv): {
  miniprogramState: 'formal' | 'trial' | 'developer';
  envVersion: 'release' | 'trial' | 'develop';
} {
  const state = env.MINIPROGRAM_STATE;
  if (state === 'trial') return { miniprogramState: 'trial', envVersion: 'trial' };
  if (state === 'developer') return { miniprogramState: 'developer', envVersion: 'develop' };
  return { miniprogramState: 'formal', envVersion: 'release' };
}

/** The platform services, backed by the initialised SDK's open APIs. */
export function cloudServices(
  cloud: CloudModule,
  env: NodeJS.ProcessEnv,
  templates: TemplateIds,
): Services {
  const openapi = cloud.openapi as {
    security: {
      msgSecCheck(data: object): Promise<{
        result?: { suggest?: string; label?: number };
        detail?: { strategy?: string; suggest?: string; keyword?: string }[];
      }>;
    };
    subscribeMessage: { send(data: object): Promise<unknown> };
    wxacode: { getUnlimited(data: object): Promise<{ buffer: Uint8Array }> };
  };
  const state = deploymentState(env);
  return {
    async secCheck(openid, content, scene) {
      const res = await openapi.security.msgSecCheck({ version: 2, openid, scene, content });
      const suggest = res.result?.suggest;
      const verdict = suggest === 'risky' || suggest === 'review' ? suggest : 'pass';
      // The keyword strategy names the words it hit: the reviewer sees them marked in the text.
      const keywords = (res.detail ?? [])
        .filter((d) => d.strategy === 'keyword' && d.suggest !== 'pass' && d.keyword)
        .map((d) => String(d.keyword));
      return { verdict, label: String(res.result?.label ?? ''), keywords };
    },
    async notify(message: SubscribeMessage) {
      try {
        await openapi.subscribeMessage.send({
          touser: message.touser,
          templateId: templates[message.template],
          page: message.page,
          data: message.data,
          miniprogramState: state.miniprogramState,
        });
        return true;
      } catch (err) {
        // 43101: the user holds no subscription for this template; not an error for us.
        if (errCodeOf(err) === 43101) return false;
        throw err;
      }
    },
    async wxacode(scene, page) {
      const res = await openapi.wxacode.getUnlimited({
        scene,
        page,
        width: 430,
        checkPath: false,
        envVersion: state.envVersion,
      });
      return res.buffer;
    },
  };
}

/**
 * Everything the router needs from an initialised wx-server-sdk; the deployment's template ids
 * come from the function's entry (miniprogram/config.ts), so server/ never reads the app's files.
 */
export function cloudPlatform(cloud: CloudModule, templates: TemplateIds): Platform {
  return {
    database: cloud.database(),
    services: cloudServices(cloud, process.env, templates),
    openid: () => String(cloud.getWXContext().OPENID ?? ''),
    // local-cloud may set a per-invocation clock for tests; CloudBase never sets it.
    now: () => Number(process.env.LOCAL_CLOUD_NOW) || Date.now(),
    env: process.env,
  };
}

/**
 * Initialises the SDK for the deployment the function runs in and returns the router's platform.
 * The SDK types DYNAMIC_CURRENT_ENV as a symbol; init accepts it at run time.
 */
export function initCloudPlatform(cloud: CloudModule, templates: TemplateIds): Platform {
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  return cloudPlatform(cloud, templates);
}

/** The `main` of a routed cloud function: its action → handler table on the initialised SDK. */
export function routedFunction<F extends FunctionName>(
  cloud: CloudModule,
  templates: TemplateIds,
  fn: F,
  handlers: Handlers<F>,
): ReturnType<typeof createMain<F>> {
  return createMain(fn, handlers, initCloudPlatform(cloud, templates));
}
