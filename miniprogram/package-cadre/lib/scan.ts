/** A scanned code may be the bare code or a link that carries it (…?code=K7Q2). */
export function codeFromScan(raw: string): string {
  const m = /[?&](?:code|c)=([^&#]+)/.exec(raw);
  return decodeURIComponent(m?.[1] ?? raw).trim();
}

/** The camera's reading; undefined when the cadre cancels. */
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
