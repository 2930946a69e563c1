/** jest globalTeardown of the `e2e` project. */
export default async function globalTeardown(): Promise<void> {
  const env = (globalThis as unknown as { __xpE2e?: { stop(): Promise<void> } }).__xpE2e;
  await env?.stop();
}
