/** `<textarea>`: a multi-line text field (text-field.ts); `auto-height` grows it as one types. */
import { defineBuiltin } from './define';
import { setupTextField, textFieldProperties, updateTextField } from './text-field';

export const textarea = defineBuiltin('textarea', {
  behaviors: ['wx://form-field'],
  properties: { ...textFieldProperties, confirmType: { type: String, value: 'return' } },
  setup(self, host) {
    const field = document.createElement('textarea');
    field.className = 'xp-textarea';
    return setupTextField(self, host, field, () => {
      if (!self.data.autoHeight) return;
      field.style.height = 'auto';
      field.style.height = `${field.scrollHeight}px`;
    });
  },
  update: updateTextField,
});
