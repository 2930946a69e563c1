/** A code split in groups of 3 ('482 913') so it reads aloud at the door. */
export function codeGroups(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 3) out.push(code.slice(i, i + 3));
  return out;
}
