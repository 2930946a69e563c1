/** `<text>`: inline text; `space` and `selectable` are written to the element for the styles. */
import { attr, defineBuiltin } from './define';

export const text = defineBuiltin('text', {
  properties: { selectable: Boolean, userSelect: Boolean, space: String, decode: Boolean },
  update(self, host) {
    attr(host, 'space', self.data.space);
    attr(host, 'selectable', self.data.selectable || self.data.userSelect);
  },
});
