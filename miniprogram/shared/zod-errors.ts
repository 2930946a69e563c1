import type { ZodError } from 'zod';
import { failure, type Failure } from './envelope';
import { ERROR_CODES, type ErrorCode } from './errors';

/**
 * A zod error as the envelope's Failure: the first message in words, every field's message by
 * path (for forms), and the rule code (FEE_REQUEST…) when a post-rule check raised it.
 */
export function failureFromZod(error: ZodError): Failure {
  const fields: Record<string, string> = {};
  let code: ErrorCode = 'INVALID_INPUT';
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    if (!(path in fields)) fields[path] = issue.message;
    const ruleCode = issue.code === 'custom' ? (issue.params?.['code'] as unknown) : undefined;
    if (code === 'INVALID_INPUT' && ERROR_CODES.includes(ruleCode as ErrorCode)) {
      code = ruleCode as ErrorCode;
    }
  }
  const first = error.issues[0]?.message ?? '';
  const message = /[\u4e00-\u9fa5]/.test(first) ? first : '填写的内容有误，请检查后再试';
  return failure(code, message, fields);
}
