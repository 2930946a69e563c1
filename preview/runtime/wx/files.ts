/**
 * The app's files, in memory: `wx.env.USER_DATA_PATH` (`wxfile://usr`), getFileSystemManager,
 * the temp files canvasToTempFilePath writes, blob URLs to show them, and downloads to the
 * computer where WeChat would hand a file to the phone (album, chat).
 */
import { api, WxError, type WxFamily } from './api';

const USER_DATA_PATH = 'wxfile://usr';
/** The in-memory file system: path → bytes. */
const files = new Map<string, Uint8Array>();
const fileUrls = new Map<string, string>();
let tempSeq = 0;

function toBytes(data: unknown, encoding?: string): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const text = String(data ?? '');
  if (encoding === 'base64') {
    const bin = atob(text.replace(/^data:[^,]*,/, ''));
    const bytes = new Uint8Array(bin.length);
    for (let k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
    return bytes;
  }
  if (encoding === 'binary' || encoding === 'latin1') {
    return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  }
  return new TextEncoder().encode(text);
}

function fromBytes(bytes: Uint8Array, encoding?: string): string | ArrayBuffer {
  if (!encoding) return bytes.slice().buffer;
  if (encoding === 'base64') {
    let bin = '';
    bytes.forEach((b) => (bin += String.fromCharCode(b)));
    return btoa(bin);
  }
  return new TextDecoder().decode(bytes);
}

export function writeFile(filePath: string, data: unknown, encoding?: string): void {
  files.set(filePath, toBytes(data, encoding));
  const old = fileUrls.get(filePath);
  if (old) URL.revokeObjectURL(old);
  fileUrls.delete(filePath);
}

/** The bytes of a file, or undefined when there is none. */
export const readFile = (filePath: string): Uint8Array | undefined => files.get(filePath);

/** A new temp file path (`wxfile://usr/tmp_<n>.png`). */
export const tempFilePath = (): string => `${USER_DATA_PATH}/tmp_${++tempSeq}.png`;

export function mimeOf(path: string): string {
  if (/\.png$/i.test(path)) return 'image/png';
  if (/\.jpe?g$/i.test(path)) return 'image/jpeg';
  if (/\.csv$/i.test(path)) return 'text/csv;charset=utf-8';
  return 'application/octet-stream';
}

/** A URL the browser can load for a `wxfile://` path (images written by the app). */
export function fileUrl(path: string): string | undefined {
  const bytes = files.get(path);
  if (!bytes) return undefined;
  let url = fileUrls.get(path);
  if (!url) {
    url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeOf(path) }));
    fileUrls.set(path, url);
  }
  return url;
}

/** Saves bytes on the computer (the browser's download). */
export function download(name: string, data: BlobPart | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type FileOption = { filePath: string; encoding?: string };

function fileSystemManager() {
  const get = (filePath: string): Uint8Array => {
    const bytes = files.get(filePath);
    if (!bytes) throw new WxError(`no such file or directory, open ${filePath}`);
    return bytes;
  };
  return {
    writeFileSync: (filePath: string, data: unknown, encoding?: string) =>
      writeFile(filePath, data, encoding),
    readFileSync: (filePath: string, encoding?: string) => fromBytes(get(filePath), encoding),
    accessSync: (filePath: string) => void get(filePath),
    unlinkSync: (filePath: string) => void files.delete(filePath),
    mkdirSync: () => undefined,
    writeFile: api('writeFile', (o: FileOption & { data: unknown }) =>
      writeFile(o.filePath, o.data, o.encoding),
    ),
    readFile: api('readFile', (o: FileOption) => ({
      data: fromBytes(get(o.filePath), o.encoding),
    })),
    access: api('access', (o: FileOption) => void get(o.filePath)),
    unlink: api('unlink', (o: FileOption) => void files.delete(o.filePath)),
    mkdir: api('mkdir', () => undefined),
    readdir: api('readdir', (o: { dirPath: string }) => ({
      files: [...files.keys()]
        .filter((f) => f.startsWith(`${o.dirPath}/`))
        .map((f) => f.slice(o.dirPath.length + 1)),
    })),
    stat: api('stat', (o: FileOption) => ({
      stats: { size: get(o.filePath).byteLength, isFile: () => true, isDirectory: () => false },
    })),
  };
}

export const fileApis: WxFamily = {
  env: { USER_DATA_PATH },
  getFileSystemManager: () => fileSystemManager(),
};
