import { confirm, toast } from './form';
/** Writes a file into the mini-program's own user folder and resolves its path. */
export function writeUserFile(
  name: string,
  data: string,
  encoding: 'utf8' | 'base64',
): Promise<string> {
  const filePath = `${wx.env.USER_DATA_PATH}/${name.replace(/[\\/:*?"<>|\s]+/g, '_')}`;
  return new Promise((resolve, reject) =>
    wx.getFileSystemManager().writeFile({
      filePath,
      data,
      encoding,
      success: () => resolve(filePath),
      fail: reject,
    }),
  );
}

/** Excel opens a UTF-8 CSV as Chinese only with a byte-order mark. */
export function withBom(csv: string): string {
  return csv.startsWith('\ufeff') ? csv : `\ufeff${csv}`;
}

export function shareFile(filePath: string, fileName: string): Promise<void> {
  return new Promise((resolve, reject) =>
    wx.shareFileMessage({ filePath, fileName, success: () => resolve(), fail: reject }),
  );
}

/**
 * Sends the server's CSV to a chat as a file (with the BOM Excel needs); `written` runs once the
 * file is there. A failed send is said in a toast (not the person's cancel); a failed write throws.
 */
export function sendCsv(
  out: { fileName: string; csv: string },
  written?: () => void,
): Promise<void> {
  return writeUserFile(out.fileName, withBom(out.csv), 'utf8').then((path) => {
    written?.();
    return shareFile(path, out.fileName).catch((err: unknown) => {
      if (!isCancel(err)) toast('发送没成功，请再点一次');
    });
  });
}

export function saveToAlbum(filePath: string): Promise<void> {
  return new Promise((resolve, reject) =>
    wx.saveImageToPhotosAlbum({ filePath, success: () => resolve(), fail: reject }),
  );
}

export const isCancel = (err: unknown): boolean =>
  /cancel/.test((err as { errMsg?: string } | undefined)?.errMsg ?? '');

export const isDenied = (err: unknown): boolean =>
  /auth|deny|denied|authorize/.test((err as { errMsg?: string } | undefined)?.errMsg ?? '');

/**
 * Saves an image (a poster, a weekly report) to the phone's album and says how it went: a toast
 * when saved, nothing when the person cancelled, the way to 设置 when the album was refused.
 */
export async function saveImageToAlbum(filePath: string, savedText: string): Promise<void> {
  try {
    await saveToAlbum(filePath);
    toast(savedText, 'success');
  } catch (err) {
    if (isCancel(err)) return;
    if (isDenied(err)) {
      const go = await confirm(
        '需要相册权限',
        '请在设置里允许“保存到相册”，再点一次保存。',
        '去设置',
      );
      if (go) wx.openSetting({});
    } else {
      toast('保存没成功，请再试一次');
    }
  }
}
