import { z } from 'zod';

/** A choice shown to users: a stable English value on the wire, a Chinese label on screen. */
export interface Option<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

/** A zod enum of the option values, with a Chinese message when the value is not one of them. */
export function enumOf<V extends string>(options: readonly Option<V>[], what: string) {
  const values = options.map((o) => o.value) as [V, ...V[]];
  return z.enum(values, { errorMap: () => ({ message: `请选择${what}` }) });
}

/** value → label */
export function labelsOf<V extends string>(options: readonly Option<V>[]): Record<V, string> {
  return Object.fromEntries(options.map((o) => [o.value, o.label])) as Record<V, string>;
}
