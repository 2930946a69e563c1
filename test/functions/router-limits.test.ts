import { contracts } from '../../miniprogram/shared/contracts-all';
import { EVENT_LIMITS, payloadProblem } from '../../server/payload-limits';
import { refusedUnchanged } from './expect-unchanged';
import { fairInput, jobInput } from '../fixtures';
import { startBackend, type Backend } from '../fixtures/backend/harness';
import { loginWorker } from '../fixtures/backend/flows';

jest.setTimeout(120_000);

const WORKER = 'o-worker-limits';
let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await loginWorker(backend, WORKER);
}, 60_000);
afterAll(() => backend?.stop());

/** An object nested `levels` deep: {a: {a: … {}}}. */
function nested(levels: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

const REFUSED = {
  ok: false,
  code: 'INVALID_INPUT',
  message: '提交的内容太多或太复杂了，请返回后重新填写',
};

describe('the router refuses what no contract needs, before parsing', () => {
  test.each([
    ['nested 20 levels deep', { fairId: 'f1', extra: nested(20) }],
    ['a 100 000-character text', { keyword: '鞋'.repeat(100_000) }],
    ['3 000 list items', { benefits: Array(3_000).fill('meals') }],
    ['a 40 000-character key', { ['k'.repeat(40_000)]: 1 }],
  ])('%s: a Chinese refusal, nothing written', async (_n, input) => {
    const res = await refusedUnchanged(backend, () =>
      backend.raw('jobs', WORKER, { action: 'job.apply', input }),
    );
    expect(res).toEqual(REFUSED);
  });

  test('after a refused event the instance answers the next call as usual', async () => {
    await backend.raw('jobs', WORKER, { action: 'job.search', input: nested(25) });
    const res = await backend.call(WORKER, 'job.search', {});
    expect(res.ok).toBe(true);
  });

  test('the largest real inputs fit with room to spare', () => {
    const now = Date.parse('2026-11-21T02:00:00Z');
    const longest = jobInput(now, {
      title: '岗'.repeat(30),
      requirements: '条'.repeat(500),
      duties: '做'.repeat(1000),
      source: '源'.repeat(50),
    });
    const fair = fairInput(now, { description: '说'.repeat(500) });
    for (const [action, input] of [
      ['job.create', longest],
      ['fair.create', fair],
    ] as const) {
      expect(contracts[action].input.safeParse(input).error?.issues).toBeUndefined();
      expect(payloadProblem({ action, input, requestId: 'r'.repeat(64) })).toBeNull();
      expect(
        payloadProblem(
          { action, input },
          { depth: EVENT_LIMITS.depth, nodes: EVENT_LIMITS.nodes, chars: EVENT_LIMITS.chars / 4 },
        ),
      ).toBeNull();
    }
  });
});
