import type { z } from 'zod';
import { contracts, viewersOf, type ActionName } from '../../miniprogram/shared/contracts-all';

/**
 * Every output schema says who may see each personal field (DESIGN.md "Privacy"): a field that
 * holds a phone, a check-in code, a 统一社会信用代码 or a file of them carries `seenBy`; no output
 * carries an openid at all. What each role actually gets is swept through the real functions in
 * test/functions/privacy-sweep.test.ts.
 */

/** Output field names that hold personal data (and so must say who sees them). */
const PERSONAL = new Set([
  'phone',
  'contactPhone',
  'checkInCode',
  'uscc',
  'csv',
  'idTail',
  // 劳动力台账: 重点人群 and what was said at a visit
  'focusGroup',
  'visitNote',
  'nextStep',
]);

interface Field {
  path: string;
  schema: z.ZodTypeAny;
}

/** Unwraps optional/nullable/default/effects/lazy to the schema that has the shape. */
function inner(schema: z.ZodTypeAny): z.ZodTypeAny {
  const def = schema._def as {
    typeName: string;
    innerType?: z.ZodTypeAny;
    schema?: z.ZodTypeAny;
    getter?: () => z.ZodTypeAny;
  };
  if (def.innerType) return inner(def.innerType);
  if (def.typeName === 'ZodEffects' && def.schema) return inner(def.schema);
  if (def.typeName === 'ZodLazy' && def.getter) return inner(def.getter());
  return schema;
}

/** Every object field reachable in a schema, with its path. */
function fieldsOf(schema: z.ZodTypeAny, path = '', seen = new Set<z.ZodTypeAny>()): Field[] {
  const s = inner(schema);
  if (seen.has(s)) return [];
  seen.add(s);
  const def = s._def as {
    typeName: string;
    shape?: () => Record<string, z.ZodTypeAny>;
    type?: z.ZodTypeAny;
    options?: z.ZodTypeAny[] | Map<unknown, z.ZodTypeAny>;
    valueType?: z.ZodTypeAny;
  };
  switch (def.typeName) {
    case 'ZodObject':
      return Object.entries(def.shape?.() ?? {}).flatMap(([key, value]) => [
        { path: `${path}.${key}`, schema: value },
        ...fieldsOf(value, `${path}.${key}`, seen),
      ]);
    case 'ZodArray':
      return def.type ? fieldsOf(def.type, `${path}[]`, seen) : [];
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion':
      return [...(def.options?.values() ?? [])].flatMap((o) => fieldsOf(o, path, seen));
    case 'ZodRecord':
      return def.valueType ? fieldsOf(def.valueType, `${path}{}`, seen) : [];
    default:
      return [];
  }
}

const outputs = (Object.keys(contracts) as ActionName[]).map((action) => ({
  action,
  fields: fieldsOf(contracts[action].output),
}));

describe.each(outputs)('$action output', ({ fields }) => {
  test('declares who sees each personal field (seenBy)', () => {
    const undeclared = fields
      .filter((f) => PERSONAL.has(f.path.split('.').pop() ?? ''))
      .filter((f) => !viewersOf(f.schema) && !viewersOf(inner(f.schema)))
      .map((f) => f.path);
    expect(undeclared).toEqual([]);
  });

  test('carries no openid', () => {
    expect(fields.map((f) => f.path).filter((p) => /openid|recordedBy|proxyBy/i.test(p))).toEqual(
      [],
    );
  });
});

test('the sweep finds the fields it looks for (the walker reaches nested lists and unions)', () => {
  const paths = (a: ActionName) =>
    outputs.find((o) => o.action === a)?.fields.map((f) => f.path) ?? [];
  expect(paths('fair.mySignups')).toContain('.items[].checkInCode');
  expect(paths('admin.listPending')).toContain('.items[].employer.uscc');
  expect(paths('fair.get')).toContain('.mySignup.phone');
  expect(viewersOf(contracts['fair.attendees'].output.shape.items.element.shape.phone)).toEqual([
    'anyone',
  ]);
});
