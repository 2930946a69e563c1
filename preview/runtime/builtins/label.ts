/**
 * `<label>`: a tap on it (not on the control inside) taps its control — the one `for` names, or
 * the first switch or button inside.
 */
import { defineBuiltin } from './define';

const CONTROLS = 'wx-switch, wx-button';
/** Clicks a label already handled (a label inside a label acts once). */
const handled = new WeakSet<Event>();

export const label = defineBuiltin('label', {
  properties: { for: String },
  setup(self, host) {
    host.addEventListener('click', (e) => {
      if (handled.has(e)) return;
      if ((e.target as HTMLElement).closest(`${CONTROLS}, wx-input, wx-textarea`)) return;
      handled.add(e);
      const target = self.data.for
        ? document.getElementById(self.data.for)
        : host.querySelector<HTMLElement>(CONTROLS);
      target?.click();
    });
  },
});
