/**
 * Runs inside one function instance (a child process), like an SCF instance: loads the function
 * once, then serves one invocation at a time with that invocation's identity in process.env.
 */
import { createRequire } from 'node:module';

const load = createRequire(__filename);

interface InvokeMessage {
  type: 'invoke';
  id: string;
  entry: string;
  event: unknown;
  context: Record<string, unknown>;
  env: Record<string, string>;
}

let invocationKeys: string[] = [];

function send(msg: Record<string, unknown>): void {
  process.send?.(msg);
}

// A profiled instance (LOCAL_CLOUD_CPU_PROF) exits normally when stopped, which writes its profile.
if (process.execArgv.includes('--cpu-prof')) process.on('SIGTERM', () => process.exit(0));

process.on('unhandledRejection', (reason) => {
  console.error('unhandled rejection in function:', reason);
});

process.on('message', (raw: unknown) => {
  const msg = raw as InvokeMessage;
  if (msg?.type !== 'invoke') return;
  for (const k of invocationKeys) delete process.env[k];
  Object.assign(process.env, msg.env);
  invocationKeys = Object.keys(msg.env);
  void (async () => {
    try {
      const mod = load(msg.entry) as { main?: (event: unknown, context: unknown) => unknown };
      if (typeof mod.main !== 'function') throw new Error(`${msg.entry} does not export main`);
      const result = await mod.main(msg.event, msg.context);
      send({
        type: 'result',
        id: msg.id,
        ok: true,
        json: JSON.stringify(result === undefined ? null : result),
      });
    } catch (err) {
      const e = err as { message?: string; stack?: string; errCode?: number; errMsg?: string };
      const text = e?.stack ?? e?.errMsg ?? e?.message ?? String(err);
      send({ type: 'result', id: msg.id, ok: false, error: text });
    }
  })();
});

// Load the function during instance start-up (SCF's init phase), not inside the first invocation's timeout.
try {
  if (process.argv[2]) load(process.argv[2]);
} catch (err) {
  console.error('function failed to load:', err);
}
send({ type: 'ready' });
