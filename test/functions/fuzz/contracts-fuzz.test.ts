import fc from 'fast-check';
import {
  contracts,
  ERROR_CODES,
  hasJunk,
  type ActionName,
  type Envelope,
} from '../../../miniprogram/shared/contracts-all';
import { RIGHTS, type Right } from '../../../server/rights';
import {
  CADRE,
  EMPLOYER,
  startWorld,
  WORKER,
  type World,
} from '../../fixtures/backend/fairs-world';
import { ADMIN_ZIZHONG } from '../../fixtures/backend/harness';
import { hostile } from './zod-arbitrary';

/**
 * Property-based: for every action, payloads generated from its zod input schema (shaped like it,
 * with one part broken, or not shaped at all), sent by a caller who holds the action's right, get
 * an envelope; a refusal is never INTERNAL, its message and every field message are Chinese, and
 * nothing is written; what is accepted stores no junk text. FUZZ_RUNS payloads per action (200 by default); FUZZ_SEED replays a run.
 */

const RUNS = Number(process.env.FUZZ_RUNS) || 200;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const HAN = /[\u4e00-\u9fa5]/;

jest.setTimeout(Math.max(120_000, RUNS * 600));

let w: World & { jobId: string };
beforeAll(async () => {
  w = await startWorld();
  await w.worker(WORKER);
});
afterAll(() => w?.b.stop());

/** Someone holding the action's first right, so payloads reach validation. */
const CALLER: Record<Right, string> = {
  visitor: WORKER,
  worker: WORKER,
  employer: EMPLOYER,
  verifiedEmployer: EMPLOYER,
  cadre: CADRE,
  admin: ADMIN_ZIZHONG,
};

/** Stored strings holding characters no user text may hold. */
function junkIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (hasJunk(value)) out.push(value);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) junkIn(v, out);
  }
  return out;
}

const snapshot = async () => JSON.stringify(await w.b.snapshot());

test.each(Object.keys(contracts) as ActionName[])('%s', async (action) => {
  const caller = CALLER[RIGHTS[action][0]!];
  const fn = contracts[action].fn;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(hostile(contracts[action].input), async (input) => {
      const before = await snapshot();
      const res = (await w.b.raw(fn, caller, { action, input })) as Envelope<unknown>;
      expect(res).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
      if (res.ok) {
        // Accepted: whatever it stored holds no junk text (controls, bidi, zero-width …).
        const after = await snapshot();
        if (after !== before) expect(junkIn(JSON.parse(after))).toEqual([]);
        return;
      }
      refused++;
      expect(ERROR_CODES).toContain(res.code);
      expect(res.code).not.toBe('INTERNAL');
      expect(res.message).toMatch(HAN);
      for (const message of Object.values(res.fields ?? {})) expect(message).toMatch(HAN);
      expect(await snapshot()).toBe(before);
    }),
    { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
  );
  // The payloads are hostile: most are refused.
  expect(refused).toBeGreaterThan(RUNS / 2);
});
