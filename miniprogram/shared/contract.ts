import { z } from 'zod';

// The shape every action's contract has. A domain's contracts may sit in their own file
// (`satisfies Record<string, Contract>`) and be spread into `contracts` (contracts.ts).

/** The cloud functions, each a router for one domain. */
export type FunctionName = 'accounts' | 'jobs' | 'fairs' | 'trips' | 'stats' | 'workforce';

/**
 * An action's facts, in one place: its function, what it takes and returns, and how it may be
 * retried. Rights stay on the server (server/rights.ts).
 */
export type Contract = {
  fn: FunctionName;
  input: z.ZodTypeAny;
  output: z.ZodTypeAny;
} & (
  | /** Changes nothing: answered afresh every time, never kept for a replay. */
    { kind: 'read' }
  | {
      kind: 'write';
      /**
       * True when calling it twice does what calling it once does (a unique index or a state
       * check turns the second call into a no-op), so a caller may retry it without a requestId.
       * Every write's result is kept for retries that send the same requestId (server/router.ts).
       */
      idempotent: boolean;
    }
);

export const none = z.object({}).strict();
export const done = z.object({}).passthrough();
export const pageLimit = z.number().int().min(1).max(50).optional();
