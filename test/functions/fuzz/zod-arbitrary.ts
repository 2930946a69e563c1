import fc from 'fast-check';
import { z } from 'zod';

/**
 * Payloads for an action, read from its zod input schema: values shaped like the schema (so a
 * payload reaches the deep checks), then one part of it broken — a wrong type, junk text, an
 * operator object, a key the contract does not know, text far too long, nesting far too deep —
 * or something that is not shaped like it at all.
 */

const SAMPLE_STRINGS = [
  'f1',
  's1',
  'abc123',
  '13977745678',
  '2026-11-24',
  '09:00',
  '李春梅',
  '庆荣村',
  '资中县',
  '木工 板材开料',
];

function deep(levels: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

/** What replaces one part of a payload. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    '',
    '   ',
    '\u0000',
    '李\u0000春梅',
    '\u202e梅春李',
    '李\u200b春梅',
    '\ud800',
    '\ufeff',
    '\u0007',
    '.*',
    '^(a+)+$',
    '[',
    { $gt: '' },
    { $ne: null },
    { $where: 'sleep(1000)' },
    { $regex: '.*' },
    ['a', 'b'],
    [],
    {},
    'x'.repeat(5_000),
    '鞋'.repeat(600),
  ),
  // Deeper than any contract, within what the runtime hands a function (32 levels).
  fc.constant(null).map(() => deep(25)),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.anything({ maxDepth: 3 }),
);

/** A value shaped like `schema` (not always valid: strings of a pattern are guessed). */
export function shaped(schema: z.ZodTypeAny): fc.Arbitrary<unknown> {
  const def = schema._def as { typeName: z.ZodFirstPartyTypeKind } & Record<string, unknown>;
  switch (def.typeName) {
    case z.ZodFirstPartyTypeKind.ZodString:
      return fc.oneof(fc.constantFrom(...SAMPLE_STRINGS), fc.string({ maxLength: 12 }));
    case z.ZodFirstPartyTypeKind.ZodNumber:
      return fc.oneof(fc.integer({ min: -10, max: 1000 }), fc.double({ noNaN: true }));
    case z.ZodFirstPartyTypeKind.ZodBoolean:
      return fc.boolean();
    case z.ZodFirstPartyTypeKind.ZodLiteral:
      return fc.constant(def.value);
    case z.ZodFirstPartyTypeKind.ZodEnum:
      return fc.constantFrom(...(def.values as string[]));
    case z.ZodFirstPartyTypeKind.ZodObject: {
      const shape = (schema as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(shape)) model[key] = shaped(child);
      const requiredKeys = Object.entries(shape)
        .filter(([, child]) => !child.isOptional())
        .map(([key]) => key);
      return fc.record(model, { requiredKeys });
    }
    case z.ZodFirstPartyTypeKind.ZodArray:
      return fc.array(shaped(def.type as z.ZodTypeAny), { maxLength: 4 });
    case z.ZodFirstPartyTypeKind.ZodOptional:
    case z.ZodFirstPartyTypeKind.ZodNullable:
      return fc.option(shaped(def.innerType as z.ZodTypeAny), { nil: undefined });
    case z.ZodFirstPartyTypeKind.ZodDefault:
      return shaped(def.innerType as z.ZodTypeAny);
    case z.ZodFirstPartyTypeKind.ZodEffects:
      return shaped(def.schema as z.ZodTypeAny);
    case z.ZodFirstPartyTypeKind.ZodPipeline:
      return shaped(def.in as z.ZodTypeAny);
    case z.ZodFirstPartyTypeKind.ZodUnion:
      return fc.oneof(...(def.options as z.ZodTypeAny[]).map(shaped));
    case z.ZodFirstPartyTypeKind.ZodDiscriminatedUnion:
      return fc.oneof(...[...(def.options as z.ZodTypeAny[])].map(shaped));
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** Every path in a JSON-like value, the value itself first. */
function pathsOf(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function replaceAt(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaceAt(copy[head], rest, by);
  return copy;
}

/** Payloads for `schema`: shaped ones with one part broken, an unknown key, or anything. */
export function hostile(schema: z.ZodTypeAny): fc.Arbitrary<unknown> {
  const base = shaped(schema);
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.tuple(base, fc.nat(), junk).map(([v, i, j]) => {
        const paths = pathsOf(v);
        return replaceAt(v, paths[i % paths.length]!, j);
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(base, fc.constantFrom('$where', 'extra', '__proto__x', 'constructor'), junk)
        .map(([v, key, j]) =>
          v && typeof v === 'object' && !Array.isArray(v) ? { ...v, [key]: j } : v,
        ),
    },
    { weight: 2, arbitrary: base },
    { weight: 1, arbitrary: junk },
  );
}
