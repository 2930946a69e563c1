import { z, ZodIssueCode, type ZodErrorMap } from 'zod';

/**
 * zod's messages in plain Chinese that say what to do, for every issue a schema does not word
 * itself (a message written in a schema always wins). Set once, in contracts.ts, so the
 * mini-program and the cloud functions answer alike; the field is named by the issue's path.
 */

const WHAT: Partial<Record<string, string>> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  bigint: '整数',
  boolean: '“是”或“否”',
  date: '日期',
};

function tooSmall(issue: z.ZodTooSmallIssue): string {
  const n = Number(issue.minimum);
  switch (issue.type) {
    case 'string':
      return n <= 1 ? '请填写这一项，不能只有空格' : `请至少填${n}个字`;
    case 'array':
    case 'set':
      return n <= 1 ? '请至少选一项' : `请至少选${n}项`;
    case 'number':
    case 'bigint':
      return issue.inclusive ? `请填不小于${n}的数` : `请填大于${n}的数`;
    default:
      return '填的太少了，请补全';
  }
}

function tooBig(issue: z.ZodTooBigIssue): string {
  const n = Number(issue.maximum);
  switch (issue.type) {
    case 'string':
      return `最多填${n}个字，请删短一些`;
    case 'array':
    case 'set':
      return `最多选${n}项，请去掉一些`;
    case 'number':
    case 'bigint':
      return issue.inclusive ? `请填不大于${n}的数` : `请填小于${n}的数`;
    default:
      return '填的太多了，请删减一些';
  }
}

export const chineseErrorMap: ZodErrorMap = (issue) => {
  switch (issue.code) {
    case ZodIssueCode.invalid_type: {
      if (issue.received === 'undefined' || issue.received === 'null')
        return { message: '请填写这一项' };
      const what = WHAT[issue.expected];
      return { message: what ? `这一项要填${what}，请重新填写` : '这一项填得不对，请重新填写' };
    }
    case ZodIssueCode.unrecognized_keys:
      return { message: '有小程序不认识的内容，请更新小程序后再试' };
    case ZodIssueCode.invalid_enum_value:
    case ZodIssueCode.invalid_literal:
    case ZodIssueCode.invalid_union_discriminator:
      return { message: '请从给出的选项里选一个' };
    case ZodIssueCode.invalid_union:
    case ZodIssueCode.invalid_arguments:
    case ZodIssueCode.invalid_return_type:
    case ZodIssueCode.invalid_intersection_types:
      return { message: '这一项填得不对，请重新填写' };
    case ZodIssueCode.invalid_date:
      return { message: '日期不对，请重新选择' };
    case ZodIssueCode.invalid_string:
      return { message: '格式不对，请照提示重新填写' };
    case ZodIssueCode.too_small:
      return { message: tooSmall(issue) };
    case ZodIssueCode.too_big:
      return { message: tooBig(issue) };
    case ZodIssueCode.not_multiple_of:
      return { message: '请填整数' };
    case ZodIssueCode.not_finite:
      return { message: '请填一个正常的数字' };
    case ZodIssueCode.custom:
    default:
      return { message: '这一项填得不对，请检查后重新填写' };
  }
};
