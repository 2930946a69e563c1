import qrcode from 'qrcode-generator';
import type { QrCodeProps } from './types';

/** What the drawing needs of a canvas's 2D context. */
interface Paint {
  fillStyle: string;
  fillRect(x: number, y: number, width: number, height: number): void;
}

/** Modules of white around the code, so a phone camera finds its edges. */
const QUIET_ZONE = 2;

/**
 * `value` as a QR code, black on white, `size` px square, drawn on a 2D canvas at the screen's
 * pixel ratio (qrcode-generator encodes it, level M).
 */
Component({
  properties: {
    value: { type: String, value: '' as QrCodeProps['value'] },
    size: { type: Number, value: 180 as QrCodeProps['size'] },
  },
  observers: {
    'value, size'() {
      this.draw();
    },
  },
  lifetimes: {
    ready() {
      this.draw();
    },
  },
  methods: {
    draw() {
      const { value, size } = this.data;
      if (!value) return;
      this.createSelectorQuery()
        .select('#qr-canvas')
        .fields({ node: true, size: true })
        .exec((res: { node?: WechatMiniprogram.Canvas }[]) => {
          const canvas = res[0]?.node;
          if (!canvas) return;
          const code = qrcode(0, 'M');
          code.addData(value);
          code.make();
          const count = code.getModuleCount();
          const pixels = Math.round(size * (wx.getWindowInfo().pixelRatio || 1));
          canvas.width = pixels;
          canvas.height = pixels;
          const ctx = canvas.getContext('2d') as Paint;
          const cells = count + 2 * QUIET_ZONE;
          const cell = pixels / cells;
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, pixels, pixels);
          ctx.fillStyle = '#000';
          for (let y = 0; y < count; y++) {
            for (let x = 0; x < count; x++) {
              if (!code.isDark(y, x)) continue;
              // A hair wider than a cell, so no seam shows between neighbours.
              const left = (x + QUIET_ZONE) * cell;
              const top = (y + QUIET_ZONE) * cell;
              ctx.fillRect(left, top, cell + 0.5, cell + 0.5);
            }
          }
        });
    },
  },
});
