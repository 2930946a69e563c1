import { ERROR_MESSAGES } from '../shared/index';
import { CloudError } from './call-cloud';

/** The Chinese sentence to show for any failure of a call. */
export function messageOf(err: unknown): string {
  if (err instanceof CloudError) return err.message;
  return ERROR_MESSAGES.INTERNAL;
}

/** Per-field messages a failed write returned (field path → message). */
export function fieldsOf(err: unknown): Record<string, string> {
  return err instanceof CloudError ? err.fields : {};
}

export function codeOf(err: unknown): string {
  return err instanceof CloudError ? err.code : 'INTERNAL';
}
