/**
 * What `<input>` and `<textarea>` share: a real <input>/<textarea> whose value follows the
 * `value` property only when the property changes (typing is not undone by a re-render), and
 * WeChat's events input, focus, blur, confirm and keyboardheightchange.
 */
import { attr, type BuiltinSelf } from './define';

export const textFieldProperties = {
  value: { type: null, value: '' },
  type: { type: String, value: 'text' },
  password: Boolean,
  placeholder: String,
  placeholderStyle: String,
  placeholderClass: String,
  disabled: Boolean,
  maxlength: { type: Number, value: 140 },
  focus: Boolean,
  autoFocus: Boolean,
  confirmType: { type: String, value: 'done' },
  autoHeight: Boolean,
  cursorSpacing: null,
  adjustPosition: null,
  holdKeyboard: Boolean,
  alwaysEmbed: Boolean,
  showConfirmBar: null,
  fixed: Boolean,
  cursor: Number,
  selectionStart: Number,
  selectionEnd: Number,
  confirmHold: Boolean,
  disableDefaultPadding: Boolean,
  controlled: Boolean,
};

type TextFieldSelf = BuiltinSelf<{
  value: unknown;
  placeholder: string;
  placeholderStyle: string;
  disabled: boolean;
  maxlength: number;
  focus: boolean;
  autoFocus: boolean;
  confirmType: string;
  confirmHold: boolean;
  autoHeight: boolean;
}>;

export interface TextFieldState {
  input: HTMLInputElement | HTMLTextAreaElement;
  /** The `value` property last applied (the element's value is the user's from then on). */
  lastProp?: string;
  focused?: boolean;
}

export function setupTextField(
  self: TextFieldSelf,
  host: HTMLElement,
  input: HTMLInputElement | HTMLTextAreaElement,
  onInput: () => void = () => undefined,
): TextFieldState {
  const multiline = input instanceof HTMLTextAreaElement;
  input.addEventListener('input', () => {
    onInput();
    self.triggerEvent('input', {
      value: input.value,
      cursor: input.selectionStart ?? input.value.length,
      keyCode: 0,
    });
  });
  input.addEventListener('focus', () =>
    self.triggerEvent('focus', { value: input.value, height: 0 }),
  );
  input.addEventListener('blur', () =>
    self.triggerEvent('blur', { value: input.value, cursor: input.selectionStart ?? 0 }),
  );
  input.addEventListener('keydown', (e) => {
    const k = e as KeyboardEvent;
    if (k.key === 'Enter' && (!multiline || self.data.confirmType !== 'return') && !k.isComposing) {
      if (multiline) k.preventDefault();
      self.triggerEvent('confirm', { value: input.value });
      if (!self.data.confirmHold && !multiline) input.blur();
    }
    self.triggerEvent('keyboardheightchange', { height: 0, duration: 0 });
  });
  host.appendChild(input);
  return { input };
}

export function updateTextField(
  self: TextFieldSelf,
  host: HTMLElement,
  state: TextFieldState,
): void {
  const { input } = state;
  const value =
    self.data.value === undefined || self.data.value === null ? '' : String(self.data.value);
  if (value !== state.lastProp) {
    state.lastProp = value;
    if (input.value !== value) input.value = value;
  }
  input.placeholder = self.data.placeholder ?? '';
  input.disabled = !!self.data.disabled;
  const max = Number(self.data.maxlength);
  if (max >= 0) input.maxLength = max;
  else input.removeAttribute('maxlength');
  if (self.data.placeholderStyle)
    host.style.setProperty(
      '--xp-placeholder-color',
      /color:\s*([^;]+)/.exec(self.data.placeholderStyle)?.[1] ?? '',
    );
  if ((self.data.focus || self.data.autoFocus) && !state.focused) {
    state.focused = true;
    setTimeout(() => input.focus(), 0);
  }
  if (!self.data.focus) state.focused = false;
  attr(host, 'disabled', self.data.disabled);
  attr(host, 'auto-height', self.data.autoHeight);
}
