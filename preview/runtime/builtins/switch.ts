/**
 * `<switch>`: role=switch, toggled by a tap (`change` with the new value); the `checked`
 * property wins again only when it changes.
 */
import { attr, defineBuiltin } from './define';

export const switchBuiltin = defineBuiltin('switch', {
  behaviors: ['wx://form-field'],
  properties: {
    checked: Boolean,
    disabled: Boolean,
    type: { type: String, value: 'switch' },
    color: String,
  },
  setup(self, host) {
    host.setAttribute('role', 'switch');
    host.tabIndex = 0;
    const state = { checked: !!self.data.checked, lastChecked: undefined as boolean | undefined };
    host.addEventListener('click', () => {
      if (self.data.disabled) return;
      state.checked = !state.checked;
      host.toggleAttribute('checked', state.checked);
      host.setAttribute('aria-checked', String(state.checked));
      self.triggerEvent('change', { value: state.checked });
    });
    return state;
  },
  update(self, host, state) {
    if (self.data.checked !== state.lastChecked) {
      state.lastChecked = self.data.checked;
      state.checked = !!self.data.checked;
    }
    host.toggleAttribute('checked', state.checked);
    host.setAttribute('aria-checked', String(state.checked));
    attr(host, 'disabled', self.data.disabled);
    attr(host, 'type', self.data.type);
    if (self.data.color) host.style.setProperty('--xp-switch-color', self.data.color);
  },
});
