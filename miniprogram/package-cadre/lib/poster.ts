export interface PosterText {
  title: string;
  day: string;
  place: string;
  slots: string;
  /** Under the code: what scanning does (a fair's 选时段报名 by default). */
  cta?: string;
  /** The last line (a fair's promise by default). */
  footer?: string;
}

export const FAIR_CTA = '微信扫一扫，选时段报名';
export const TRIP_CTA = '微信扫一扫，选上车点订座';

const W = 750;
const H = 1150;

function loadImage(canvas: WechatMiniprogram.OffscreenCanvas, src: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const img = (
      canvas as unknown as {
        createImage(): { onload: () => void; onerror: (e: unknown) => void; src: string };
      }
    ).createImage();
    const timer = setTimeout(() => reject(new Error('image timeout')), 3000);
    img.onload = () => {
      clearTimeout(timer);
      resolve(img);
    };
    img.onerror = (e) => {
      clearTimeout(timer);
      reject(e);
    };
    img.src = src;
  });
}

/** Text lines of at most `max` characters (Chinese has no spaces to break on). */
function lines(text: string, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max));
  return out.slice(0, 2);
}

/**
 * A printable poster: the fair's title, day, place and slots above the mini-program code.
 * Resolves undefined where the canvas is not available; the page then uses the code alone.
 */
export async function composePoster(qrPath: string, text: PosterText): Promise<string | undefined> {
  if (typeof wx.createOffscreenCanvas !== 'function') return undefined;
  try {
    const canvas = wx.createOffscreenCanvas({ type: '2d', width: W, height: H });
    // The 2d context of an offscreen canvas is untyped in miniprogram-api-typings.
    const ctx = canvas.getContext('2d') as {
      fillStyle: string;
      font: string;
      textAlign: string;
      fillRect(x: number, y: number, w: number, h: number): void;
      fillText(t: string, x: number, y: number): void;
      drawImage(img: unknown, x: number, y: number, w: number, h: number): void;
    };
    const img = await loadImage(canvas, qrPath);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, W, H);
    ctx.fillStyle = '#0052d9';
    ctx.fillRect(0, 0, W, 24);
    ctx.textAlign = 'center';
    ctx.fillStyle = '#111827';
    ctx.font = 'bold 56px sans-serif';
    lines(text.title, 12).forEach((l, i) => ctx.fillText(l, W / 2, 120 + i * 70));
    ctx.font = '40px sans-serif';
    ctx.fillText(text.day, W / 2, 280);
    ctx.fillStyle = '#374151';
    lines(text.place, 16).forEach((l, i) => ctx.fillText(l, W / 2, 340 + i * 52));
    ctx.font = '32px sans-serif';
    ctx.fillText(text.slots, W / 2, 450);
    ctx.drawImage(img, (W - 460) / 2, 500, 460, 460);
    ctx.fillStyle = '#111827';
    ctx.font = 'bold 40px sans-serif';
    ctx.fillText(text.cta ?? FAIR_CTA, W / 2, 1030);
    ctx.fillStyle = '#b54708';
    ctx.font = '32px sans-serif';
    ctx.fillText(text.footer ?? '分时段入场不扎堆 · 求职不收取任何费用', W / 2, 1090);
    return await new Promise<string | undefined>((resolve) =>
      wx.canvasToTempFilePath({
        canvas: canvas as unknown as WechatMiniprogram.IAnyObject,
        fileType: 'png',
        success: (r) => resolve(r.tempFilePath),
        fail: () => resolve(undefined),
      } as WechatMiniprogram.CanvasToTempFilePathOption),
    );
  } catch {
    return undefined;
  }
}
