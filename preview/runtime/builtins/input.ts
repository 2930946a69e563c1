/**
 * `<input>`: a text field (text-field.ts) with WeChat's keyboards as the browser's: password,
 * inputMode for number/digit, and the Enter key's label from `confirm-type`.
 */
import { defineBuiltin } from './define';
import { setupTextField, textFieldProperties, updateTextField } from './text-field';

const ENTER_KEY_HINTS = new Map([
  ['search', 'search'],
  ['next', 'next'],
  ['send', 'send'],
]);
const INPUT_MODES = new Map([
  ['number', 'numeric'],
  ['digit', 'decimal'],
]);

export const input = defineBuiltin('input', {
  behaviors: ['wx://form-field'],
  properties: textFieldProperties,
  setup(self, host) {
    const field = document.createElement('input');
    field.className = 'xp-input';
    return setupTextField(self, host, field);
  },
  update(self, host, state) {
    updateTextField(self, host, state);
    const field = state.input as HTMLInputElement;
    field.type = self.data.password ? 'password' : 'text';
    field.inputMode = INPUT_MODES.get(self.data.type) ?? 'text';
    field.enterKeyHint = ENTER_KEY_HINTS.get(self.data.confirmType) ?? 'done';
  },
});
