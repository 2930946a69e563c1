import type { z } from 'zod';
import { showFormErrors } from '../../behaviors/form-errors';
import { shownError, type ShownError } from '../../services/errors';
import { check } from '../../services/form';

type Instance = WechatMiniprogram.Component.TrivialInstance;

/** A form's text box (`data-field`, `bindinput="onInput"`): its value into `form`, its message gone. */
export function onFormInput(this: Instance, e: WechatMiniprogram.Input): void {
  const { field } = e.currentTarget.dataset as { field: string };
  this.setData({ [`form.${field}`]: e.detail.value, [`errors.${field}`]: '' });
}

/**
 * Sends a form (with formErrorBehavior): checked with its schema first (each message under its
 * field, nothing sent), then `send`, with `saving` on meanwhile; a refusal is shown on the form and
 * handed to `refused`. Resolves what `send` resolved, or undefined.
 */
export async function saveForm<S extends z.ZodTypeAny, R>(
  page: Instance,
  schema: S,
  input: unknown,
  send: (data: z.output<S>) => Promise<R>,
  refused?: (failure: ShownError) => void,
): Promise<R | undefined> {
  const checked = check(schema, input);
  if (!checked.ok) {
    showFormErrors(page, checked.errors, '');
    return undefined;
  }
  page.setData({ saving: true, errors: {}, bannerError: '' });
  try {
    return await send(checked.data);
  } catch (err) {
    const shown = shownError(err);
    showFormErrors(page, shown.errors, shown.message);
    refused?.(shown);
    return undefined;
  } finally {
    page.setData({ saving: false });
  }
}
