/**
 * A nested field path ('from.village', 'to.city') as the flat key a form shows its error under
 * ('village', 'city'); a missing `from` is the county the worker has not picked yet.
 */
export function flatFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.');
    const key =
      parts.length === 1 && parts[0] === 'from'
        ? 'county'
        : parts[0] === 'from' && parts[1] !== 'town' && parts[1] !== 'village'
          ? 'county'
          : (parts[parts.length - 1] ?? path);
    if (!(key in out)) out[key] = message;
  }
  return out;
}
