/** jest globalSetup of the `e2e` project: Chromium, local-cloud and the preview, once for all files. */
import { ENV_KEYS, startEnvironment } from './environment';

export default async function globalSetup(): Promise<void> {
  const env = await startEnvironment((line) => console.warn(line), true);
  process.env[ENV_KEYS.cloud] = env.cloudUrl;
  process.env[ENV_KEYS.preview] = env.previewUrl;
  process.env[ENV_KEYS.demo] = env.demo ? '1' : '0';
  (globalThis as unknown as { __xpE2e?: typeof env }).__xpE2e = env;
}
