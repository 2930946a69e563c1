/** The whole plan as text: what a deploy makes the environment hold (`--dry-run` prints it). */
import type { DesiredCollection, DesiredFunction } from './desired';
import { FUNCTION_ENV_NAMES } from './desired';

export function planText(
  envId: string,
  collections: DesiredCollection[],
  functions: DesiredFunction[],
): string {
  const lines = [`Deploy plan for CloudBase environment ${envId || '(CLOUDBASE_ENV_ID not set)'}:`];
  lines.push(
    '',
    `Collections (${collections.length}): create if missing, add missing indexes, set the rule`,
  );
  for (const c of collections) {
    lines.push(`  ${c.name}  rule ${c.rule}, ${c.indexes.length} index(es)`);
    for (const ix of c.indexes) {
      const keys = ix.keys.map((k) => `${k.name} ${k.direction}`).join(', ');
      lines.push(`    - ${ix.name}${ix.unique ? ' (unique)' : ''}: ${keys}`);
    }
  }
  lines.push(
    '',
    `Functions (${functions.length}): create if missing, upload changed code, update settings`,
  );
  for (const f of functions) {
    lines.push(
      `  ${f.name}  ${f.runtime}, timeout ${f.timeout} s, memory ${f.memorySize} MB, code ${f.codeHash}`,
    );
    lines.push(`    open APIs (config.json): ${f.openapi.join(', ') || '(none)'}`);
    if (f.triggers.length)
      lines.push(`    timers: ${f.triggers.map((t) => `${t.name} "${t.config}"`).join('; ')}`);
    if (f.ignore.length) lines.push(`    not uploaded: ${f.ignore.join(', ')}`);
  }
  const set = FUNCTION_ENV_NAMES.filter((k) => functions[0]?.envVariables[k] !== undefined);
  const unset = FUNCTION_ENV_NAMES.filter((k) => !set.includes(k));
  lines.push(
    '',
    `Function environment variables from your shell, merged into the console's: ${set.join(', ') || '(none set)'}` +
      (unset.length ? `; left as the console has them: ${unset.join(', ')}` : ''),
  );
  return lines.join('\n');
}
