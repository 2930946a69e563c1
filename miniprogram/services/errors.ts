import { ERROR_MESSAGES } from '../shared/index';
import { CloudError } from './call-cloud';

/**
 * The one error mapper: what a failed call (or any thrown value) means for the screen. Every page,
 * worker and subpackage alike, shows failures through `shownError` or the accessors below.
 */

/** Field path ('pay.minYuan') → Chinese message, keyed 'pay_minYuan' so WXML can read it. */
export type FieldErrors = Record<string, string>;

export function flatKey(path: string): string {
  return path.replace(/\./g, '_');
}

export function flattenFields(fields: Record<string, string> | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields ?? {})) out[flatKey(path)] = message;
  return out;
}

export interface ShownError {
  code: string;
  /** The Chinese sentence to show. */
  message: string;
  /** Per-field messages by flat key (see `flatKey`). */
  errors: FieldErrors;
}

/** The server's code, message and per-field messages; anything else is INTERNAL. */
export function shownError(error: unknown): ShownError {
  if (error instanceof CloudError) {
    return { code: error.code, message: error.message, errors: flattenFields(error.fields) };
  }
  return { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL, errors: {} };
}

/** The Chinese sentence to show for any failure of a call. */
export function messageOf(err: unknown): string {
  return shownError(err).message;
}

/** Per-field messages a failed write returned, by field path ('pay.minYuan', not flattened). */
export function fieldsOf(err: unknown): Record<string, string> {
  return err instanceof CloudError ? err.fields : {};
}

export function codeOf(err: unknown): string {
  return shownError(err).code;
}
