import { ERROR_MESSAGES, type ErrorCode } from './errors';

/**
 * Every cloud function answers with this envelope. A call that asked for it (`session: true`, the
 * first call of a launch) also carries the caller's session: `account.login`'s answer.
 */
export type Envelope<T> = ({ ok: true; data: T } | Failure) & { session?: unknown };

export interface Failure {
  ok: false;
  code: ErrorCode;
  /** Chinese, tells the user what to do. */
  message: string;
  /** Field path → Chinese message, for forms that show errors next to the field. */
  fields?: Record<string, string>;
}

export function success<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

export function failure(
  code: ErrorCode,
  message: string = ERROR_MESSAGES[code],
  fields?: Record<string, string>,
): Failure {
  return fields ? { ok: false, code, message, fields } : { ok: false, code, message };
}

/** A domain error as a value a handler may throw; the router turns it into a Failure. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toFailure(): Failure {
    return failure(this.code, this.message, this.fields);
  }
}
