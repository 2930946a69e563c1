import type { z } from 'zod';
import { failureFromZod } from '../shared/zod-errors';
import { flattenFields, messageOf, type FieldErrors } from './errors';

export type Checked<T> =
  { ok: true; data: T } | { ok: false; message: string; errors: FieldErrors };

const CHINESE = /[\u4e00-\u9fa5]/;

/**
 * Validates with the contract's own schema, so the form shows the server's messages. Where the
 * schema has no Chinese message (a missing object such as a map location says 'Required'), the
 * field's entry in `fallbacks` (by flat key, else by its first path segment) is shown instead.
 */
export function check<S extends z.ZodTypeAny>(
  schema: S,
  input: unknown,
  fallbacks: Record<string, string> = {},
): Checked<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data as z.output<S> };
  const failure = failureFromZod(parsed.error);
  const errors = flattenFields(failure.fields);
  for (const key of Object.keys(errors)) {
    if (!CHINESE.test(errors[key] ?? '')) {
      errors[key] = fallbacks[key] ?? fallbacks[key.split('_')[0] ?? ''] ?? '请填写这一项';
    }
  }
  const message = CHINESE.test(failure.message) ? failure.message : '还有内容没填好，请看红字';
  return { ok: false, message, errors };
}

/** An empty box is a missing field, so the contract says 请填写… rather than 至少2个字. */
export const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/** '' → undefined, '12' → 12, 'abc' → NaN (the schema then says 请填写数字). */
export function toNumber(value: string): number | undefined {
  const v = value.trim();
  return v === '' ? undefined : Number(v);
}

export function toast(title: string, icon: 'success' | 'none' = 'none'): void {
  wx.showToast({ title, icon, duration: 2500 });
}

/** A failure said in a dialog with one button (知道了): the reason and what to do. */
export function sayFailed(title: string, err: unknown): void {
  wx.showModal({ title, content: messageOf(err), showCancel: false, confirmText: '知道了' });
}

/** The two buttons of a dialog, in words that say what each does (不取消 / 确定取消). */
export interface DialogButtons {
  confirmText?: string;
  cancelText?: string;
}

/** Resolves true when the user confirms. */
export function confirm(
  title: string,
  content: string,
  confirmText = '确定',
  cancelText = '取消',
): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      content,
      confirmText,
      cancelText,
      success: (res) => resolve(res.confirm),
      fail: () => resolve(false),
    });
  });
}

/** A modal with a text box; resolves the trimmed text, or undefined when cancelled. */
export function askText(
  title: string,
  placeholderText: string,
  buttons: DialogButtons = {},
): Promise<string | undefined> {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      editable: true,
      placeholderText,
      confirmText: buttons.confirmText ?? '确定',
      cancelText: buttons.cancelText ?? '取消',
      success: (res) => resolve(res.confirm ? (res.content ?? '').trim() : undefined),
      fail: () => resolve(undefined),
    });
  });
}
