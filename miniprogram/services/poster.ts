// Images drawn on an offscreen 2D canvas: the invitation posters of fairs and trips, and the
// admins' weekly report (package-admin/lib/report-image.ts) through drawToImage.

/** The part of a 2D canvas context a poster draws with (untyped in miniprogram-api-typings). */
interface PosterPaint {
  fillStyle: string;
  font: string;
  textAlign: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(t: string, x: number, y: number): void;
  drawImage(img: unknown, x: number, y: number, w: number, h: number): void;
}

/**
 * Draws on a new offscreen canvas of `width` × `height` and resolves the PNG's temp file path;
 * undefined where the canvas is not available or drawing fails (the page then shows its parts).
 */
export function drawToImage<Ctx>(
  width: number,
  height: number,
  draw: (ctx: Ctx, canvas: WechatMiniprogram.OffscreenCanvas) => void | Promise<void>,
): Promise<string | undefined> {
  if (typeof wx.createOffscreenCanvas !== 'function') return Promise.resolve(undefined);
  // Promises, not async: the main package pays for every regenerator helper.
  return new Promise<WechatMiniprogram.OffscreenCanvas>((resolve) =>
    resolve(wx.createOffscreenCanvas({ type: '2d', width, height })),
  )
    .then((canvas) =>
      Promise.resolve(draw(canvas.getContext('2d') as Ctx, canvas)).then(
        () =>
          new Promise<string | undefined>((resolve) =>
            wx.canvasToTempFilePath({
              canvas: canvas as unknown as WechatMiniprogram.IAnyObject,
              fileType: 'png',
              success: (r) => resolve(r.tempFilePath),
              fail: () => resolve(undefined),
            } as WechatMiniprogram.CanvasToTempFilePathOption),
          ),
      ),
    )
    .catch(() => undefined);
}

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

/**
 * At most `most` lines of at most `max` characters (Chinese has no spaces to break on), broken after
 * a '、' (else a space) in the second half of a line where there is one.
 */
function lines(text: string, max: number, most = 2): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest && out.length < most) {
    const at = (mark: string) => rest.lastIndexOf(mark, max - 1) + 1;
    let cut = rest.length <= max ? max : at('、');
    if (cut < max / 2) cut = at(' ');
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut).trim().replace(/、$/, ''));
    rest = rest.slice(cut);
  }
  return out;
}

export interface PosterText {
  title: string;
  day: string;
  place: string;
  /** The fair's slots, the trip's pick-up points: small, three lines at most. */
  detail: string;
  /** Under the code: what scanning it does ('微信扫一扫，选时段报名'). */
  scan: string;
  /** The last line, in orange ('求职不收取任何费用'). */
  foot: string;
}

const W = 750;
const H = 1150;

/**
 * A printable poster: title, day, place and detail above the mini-program code, what scanning it
 * does and a footnote below. Undefined where the canvas is not available; the page then shows
 * the code alone.
 */
export function composePoster(qrPath: string, text: PosterText): Promise<string | undefined> {
  return drawToImage<PosterPaint>(W, H, (ctx, canvas) =>
    loadImage(canvas, qrPath).then((img) => {
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
      ctx.font = '26px sans-serif';
      lines(text.detail, 26, 3).forEach((l, i) => ctx.fillText(l, W / 2, 436 + i * 32));
      ctx.drawImage(img, (W - 430) / 2, 520, 430, 430);
      ctx.fillStyle = '#111827';
      ctx.font = 'bold 40px sans-serif';
      ctx.fillText(text.scan, W / 2, 1030);
      ctx.fillStyle = '#b54708';
      ctx.font = '32px sans-serif';
      ctx.fillText(text.foot, W / 2, 1090);
    }),
  );
}
