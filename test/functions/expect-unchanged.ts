import type { Failure } from '../../miniprogram/shared/index';
import type { Backend } from '../fixtures/backend/harness';

/** Runs a call that must be refused and checks that the database is exactly as before. */
export async function refusedUnchanged(
  backend: Backend,
  run: () => Promise<unknown>,
): Promise<Failure> {
  const before = await backend.snapshot();
  const res = (await run()) as { ok?: boolean };
  expect(res).toMatchObject({ ok: false });
  expect(await backend.snapshot()).toEqual(before);
  return res as Failure;
}

/** A mutable clock for a backend started with `startBackend({ now: clock.now })`. */
export function testClock(start = Date.now()) {
  let t = start;
  return {
    now: () => t,
    set(ms: number) {
      t = ms;
    },
    advance(ms: number) {
      t += ms;
    },
  };
}
