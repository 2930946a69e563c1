/**
 * CSV that Excel (Chinese Windows) opens correctly: a UTF-8 BOM so it does not guess GBK, CRLF
 * line ends, every field quoted with quotes doubled, and formula-looking values defused.
 */
export const BOM = '\uFEFF';

export function csvField(value: string): string {
  // A leading = + - @ (or tab/CR) would run as a formula in Excel: prefix an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Keeps long digit strings (phone numbers) as text: Excel would show 13812345678 as 1.38E+10. */
export function asText(digits: string): string {
  return digits ? `\t${digits}` : '';
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string =>
    cells.map((c) => (c.startsWith('\t') ? `"${c.replace(/"/g, '""')}"` : csvField(c))).join(',');
  return BOM + [header, ...rows].map(line).join('\r\n') + '\r\n';
}
