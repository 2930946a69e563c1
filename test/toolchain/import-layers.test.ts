import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Lints each [file, code] with the repo's ESLint config (one process) and returns the rule ids hit. */
function lint(cases: [file: string, code: string][]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.cwd() });
    const cases = JSON.parse(process.argv[1]);
    const out = [];
    for (const [filePath, code] of cases) {
      const [result] = await eslint.lintText(code, { filePath });
      out.push(result.messages.map((m) => m.ruleId));
    }
    console.log(JSON.stringify(out));
  `;
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(cases)],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const use = (spec: string): string => `import { x } from '${spec}';\nexport const y = x;\n`;

test('ESLint refuses an upward import in each layer and accepts the downward ones', () => {
  const cases: [string, string, boolean][] = [
    // [file, import, refused]
    ['server/new.ts', '../miniprogram/config', true],
    ['server/new.ts', '../cloudfunctions/jobs/src/handlers/posts', true],
    ['server/new.ts', '../miniprogram/shared/index', false],
    ['server/new.ts', './db', false],
    ['miniprogram/shared/new.ts', '../../server/db', true],
    ['miniprogram/shared/models/new.ts', '../index', false],
    ['miniprogram/shared/new.ts', '../package-trips/contracts', false],
    ['miniprogram/shared/new.ts', '../package-trips/pages/trip/index', true],
    ['miniprogram/shared/new.ts', '../services/call-cloud', true],
    ['miniprogram/package-trips/contracts.ts', '../shared/models/common', false],
    ['miniprogram/package-trips/contracts.ts', '../services/call-cloud', true],
    ['miniprogram/package-trips/models/new.ts', '../../shared/time', false],
    ['miniprogram/package-trips/models/new.ts', '../lib/cloud', true],
    ['cloudfunctions/jobs/src/handlers/new.ts', '../../../fairs/src/domain/access', true],
    ['cloudfunctions/jobs/src/handlers/new.ts', '../../../../miniprogram/pages/job/index', true],
    ['cloudfunctions/jobs/src/handlers/new.ts', '../../../../server/cursor', false],
    ['cloudfunctions/jobs/src/index.ts', '../../../miniprogram/config', false],
    ['local-cloud/runtime/new.ts', '../../scripts/app-roots', true],
    ['local-cloud/runtime/new.ts', '../db/database', false],
    ['preview/runtime/new.ts', '../../scripts/demo/users', true],
    ['scripts/new.ts', '../test/fixtures', true],
    ['scripts/new.ts', '../local-cloud/index', false],
    ['bench/new.ts', '../test/functions/harness', true],
    ['bench/new.ts', '../test/fixtures', false],
    ['bench/new.ts', '../test/fixtures/backend/fairs-world', false],
    ['bench/new.ts', '../test/functions/fairs-world', true],
    ['test/e2e/new.test.ts', '../functions/flows', true],
    ['test/e2e/new.test.ts', '../fixtures', false],
  ];
  const hits = lint(cases.map(([file, spec]) => [file, use(spec)]));
  const verdict = (refused: boolean): string => (refused ? 'refused' : 'allowed');
  const line = ([file, spec]: [string, string, boolean], refused: boolean): string =>
    `${file} → ${spec}: ${verdict(refused)}`;
  expect(cases.map((c, i) => line(c, hits[i]!.includes('layers/import-layers')))).toEqual(
    cases.map((c) => line(c, c[2])),
  );
});
