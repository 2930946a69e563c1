import { z } from 'zod';
import { contracts, failureFromZod, type ActionName } from '../../miniprogram/shared/contracts-all';

const HAN = /[\u4e00-\u9fa5]/;

/** The message zod gives for `value` under `schema` (the contracts module set the error map). */
function messageOf(schema: z.ZodTypeAny, value: unknown): string {
  const res = schema.safeParse(value);
  if (res.success) throw new Error('expected a refusal');
  return res.error.issues[0]!.message;
}

describe('zod messages are Chinese and say what to do', () => {
  test.each([
    ['a missing field', z.object({ a: z.string() }), {}, '请填写这一项'],
    ['text where a number goes', z.number(), '3', '这一项要填数字，请重新填写'],
    ['a number where text goes', z.string(), 3, '这一项要填文字，请重新填写'],
    ['an object where a list goes', z.array(z.string()), {}, '这一项填得不对，请重新填写'],
    [
      'a key the app does not know',
      z.object({}).strict(),
      { x: 1 },
      '有小程序不认识的内容，请更新小程序后再试',
    ],
    ['a value not among the choices', z.enum(['a', 'b']), 'c', '请从给出的选项里选一个'],
    ['text too short', z.string().min(2), 'a', '请至少填2个字'],
    ['empty text', z.string().min(1), '', '请填写这一项，不能只有空格'],
    ['text too long', z.string().max(5), '一二三四五六', '最多填5个字，请删短一些'],
    ['a number too small', z.number().min(1), 0, '请填不小于1的数'],
    ['a number too big', z.number().max(9), 10, '请填不大于9的数'],
    ['a fraction where a whole number goes', z.number().int(), 1.5, '这一项要填整数，请重新填写'],
    ['too many choices', z.array(z.string()).max(2), ['a', 'b', 'c'], '最多选2项，请去掉一些'],
    ['a bad pattern', z.string().regex(/^\d+$/), 'x', '格式不对，请照提示重新填写'],
    ['not a number (NaN)', z.number(), NaN, '这一项要填数字，请重新填写'],
  ])('%s', (_name, schema, value, message) => {
    expect(messageOf(schema, value)).toBe(message);
  });

  test('a message written in a schema still wins', () => {
    expect(messageOf(z.string().min(2, '姓名至少2个字'), 'a')).toBe('姓名至少2个字');
  });

  test.each(Object.keys(contracts) as ActionName[])(
    '%s: wrong types, unknown keys and junk give Chinese messages for every field',
    (action) => {
      const input = contracts[action].input;
      for (const value of [null, 42, 'x', [], { __proto_x: 1, $where: '1' }, { cursor: 5 }]) {
        const res = input.safeParse(value);
        if (res.success) continue;
        const failure = failureFromZod(res.error);
        expect(failure.message).toMatch(HAN);
        for (const message of Object.values(failure.fields ?? {})) expect(message).toMatch(HAN);
      }
    },
  );
});
