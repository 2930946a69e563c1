/**
 * Images, canvases, the photo album and the clipboard: WeChat's canvas node on a real canvas,
 * images that load `wxfile://` paths, canvasToTempFilePath into the in-memory files, the album
 * as a download, and the browser's clipboard.
 */
import * as ui from '../ui';
import { api, fail, type WxFamily } from './api';
import { permission } from './auth';
import { download, fileUrl, readFile, tempFilePath, writeFile } from './files';

/** `wxfile://` → its blob URL; '/x.png' → the mini-program's file; others unchanged. */
function resolveFileSrc(src: string): string {
  if (src.startsWith('wxfile://')) return fileUrl(src) ?? '';
  if (src.startsWith('/') && !src.startsWith('//')) return `/mp${src}`;
  return src;
}

/** An image whose `src` may be a `wxfile://` path or a path of the mini-program. */
function createImage(): HTMLImageElement {
  const img = new Image();
  const desc = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
  Object.defineProperty(img, 'src', {
    get: () => desc?.get?.call(img),
    set: (v: string) => desc?.set?.call(img, resolveFileSrc(String(v))),
  });
  return img;
}

/** WeChat's canvas node API on a real canvas (createImage, requestAnimationFrame). */
export function asWxCanvas(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const c = canvas as HTMLCanvasElement & Record<string, unknown>;
  c.createImage = createImage;
  c.requestAnimationFrame = (cb: FrameRequestCallback) => requestAnimationFrame(cb);
  c.cancelAnimationFrame = (id: number) => cancelAnimationFrame(id);
  return canvas;
}

export const mediaApis: WxFamily = {
  createOffscreenCanvas: (o: { width?: number; height?: number } = {}) => {
    const canvas = document.createElement('canvas');
    canvas.width = o.width ?? 300;
    canvas.height = o.height ?? 150;
    return asWxCanvas(canvas);
  },
  getImageInfo: api('getImageInfo', async (o: { src: string }) => {
    const img = createImage();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error(`cannot load ${o.src}`));
      img.src = o.src;
    });
    return { width: img.naturalWidth, height: img.naturalHeight, path: o.src, type: 'png' };
  }),
  canvasToTempFilePath: api('canvasToTempFilePath', (o: { canvas?: HTMLCanvasElement }) => {
    const canvas = o.canvas;
    if (!canvas || typeof canvas.toDataURL !== 'function')
      throw fail('canvasToTempFilePath', 'canvas not found');
    const path = tempFilePath();
    writeFile(path, canvas.toDataURL('image/png'), 'base64');
    return { tempFilePath: path };
  }),
  saveImageToPhotosAlbum: api('saveImageToPhotosAlbum', async (o: { filePath: string }) => {
    await permission('scope.writePhotosAlbum', 'saveImageToPhotosAlbum');
    const data = readFile(o.filePath);
    if (data !== undefined) download(o.filePath.split('/').pop() || 'image.png', data, 'image/png');
    else if (/^(data:|blob:|https?:)/.test(o.filePath)) {
      const a = document.createElement('a');
      a.href = o.filePath;
      a.download = 'poster.png';
      a.click();
    }
    ui.showToast({ title: '已保存到相册', icon: 'success' });
  }),
  previewImage: api('previewImage', async () => {
    await ui.standIn('预览图片', ['微信会在这里全屏显示图片，可以放大和保存。']);
  }),
  chooseMedia: api('chooseMedia', () => {
    throw fail('chooseMedia', 'not available in the browser preview');
  }),
  setClipboardData: api('setClipboardData', async (o: { data: string }) => {
    try {
      await navigator.clipboard.writeText(String(o.data));
    } catch {
      // clipboard may be unavailable (headless); the toast still shows what happened
    }
    ui.showToast({ title: '内容已复制', icon: 'none' });
  }),
  getClipboardData: api('getClipboardData', async () => ({
    data: await navigator.clipboard.readText().catch(() => ''),
  })),
};
