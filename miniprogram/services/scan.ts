/**
 * What to send for a scanned code: the sign-up QR text as it is (`XP:<invite>:<code>`, so the
 * server tells another fair's code apart), or the code out of a link that carries one (…?code=).
 */
export function codeFromScan(raw: string): string {
  const m = /[?&](?:code|c)=([^&#]+)/.exec(raw);
  return decodeURIComponent(m?.[1] ?? raw).trim();
}

/** The camera's reading; undefined when the organiser cancels. */
export function scan(): Promise<string | undefined> {
  return new Promise((resolve, reject) =>
    wx.scanCode({
      onlyFromCamera: true,
      scanType: ['qrCode', 'barCode'],
      success: (r) => resolve(r.result),
      fail: (err) => (/cancel/.test(err.errMsg) ? resolve(undefined) : reject(err)),
    }),
  );
}
