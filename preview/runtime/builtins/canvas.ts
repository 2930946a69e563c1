/** `<canvas type="2d">`: a real canvas with WeChat's canvas node API (TDesign's qrcode draws on it). */
import { asWxCanvas } from '../wx/media';
import { defineBuiltin } from './define';

export const canvas = defineBuiltin('canvas', {
  properties: { type: String, canvasId: String, disableScroll: Boolean },
  setup(_self, host) {
    const node = document.createElement('canvas');
    node.className = 'xp-canvas';
    host.appendChild(node);
    asWxCanvas(node);
  },
});
