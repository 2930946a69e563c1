/**
 * What any action's event may hold at most, checked before anything reads it: no contract nests
 * deeper than 5 levels (event → input → workplace → region → province) or needs more than a few
 * thousand characters (a post with its longest texts is about 2 000). Walked without recursion,
 * stopping at the first limit passed, so a hostile event costs little and cannot exhaust the stack.
 */
export interface EventLimits {
  depth: number;
  nodes: number;
  chars: number;
}

export const EVENT_LIMITS: Readonly<EventLimits> = { depth: 10, nodes: 2_000, chars: 32_000 };

export type PayloadProblem = 'depth' | 'nodes' | 'chars';

export function payloadProblem(
  event: unknown,
  limits: Readonly<EventLimits> = EVENT_LIMITS,
): PayloadProblem | null {
  let nodes = 0;
  let chars = 0;
  const stack: [unknown, number][] = [[event, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (++nodes > limits.nodes) return 'nodes';
    if (typeof v === 'string') {
      if ((chars += v.length) > limits.chars) return 'chars';
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth > limits.depth) return 'depth';
    if (Array.isArray(v)) {
      for (const child of v) stack.push([child, depth + 1]);
    } else {
      for (const [key, child] of Object.entries(v)) {
        if ((chars += key.length) > limits.chars) return 'chars';
        stack.push([child, depth + 1]);
      }
    }
  }
  return null;
}
