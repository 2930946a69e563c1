/**
 * The WeChat npm build, offline: packs the root package.json `dependencies` (what the mini-program
 * ships) into `miniprogram/miniprogram_npm/` with miniprogram-ci `packNpmManually`, following the
 * `packNpmRelationList` of project.config.json. Run it in its own process, before the compile check.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ci from 'miniprogram-ci';

export const ROOT = resolve(__dirname, '..');

interface PackRelation {
  packageJsonPath: string;
  miniprogramNpmDistDir: string;
}

interface PackResult {
  miniProgramPackNum: number;
  otherNpmPackNum: number;
  warnList: { msg: string; code?: string | number; jsPath?: string }[];
}

function packRelations(): PackRelation[] {
  const config = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as {
    setting?: { packNpmRelationList?: PackRelation[] };
  };
  const list = config.setting?.packNpmRelationList ?? [];
  if (list.length === 0) throw new Error('project.config.json has no setting.packNpmRelationList');
  return list;
}

/** Packs every relation of project.config.json; returns the packages now in each miniprogram_npm. */
export async function packNpm(): Promise<{ distDir: string; packages: string[] }[]> {
  const out: { distDir: string; packages: string[] }[] = [];
  for (const relation of packRelations()) {
    const packageJsonPath = resolve(ROOT, relation.packageJsonPath);
    const distDir = resolve(ROOT, relation.miniprogramNpmDistDir);
    const npmDir = join(distDir, 'miniprogram_npm');
    const deps = Object.keys(
      (JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { dependencies?: object })
        .dependencies ?? {},
    );
    // Start clean so a dependency removed from package.json does not linger in the package.
    rmSync(npmDir, { recursive: true, force: true });
    const result = (await ci.packNpmManually({
      packageJsonPath,
      miniprogramNpmDistDir: distDir,
    })) as PackResult;
    for (const warn of result.warnList ?? []) {
      console.warn(`packNpm warning: ${warn.msg}${warn.jsPath ? ` @ ${warn.jsPath}` : ''}`);
    }
    const packages = existsSync(npmDir) ? readdirSync(npmDir).sort() : [];
    const missing = deps.filter((d) => !packages.includes(d));
    if (missing.length > 0) {
      throw new Error(`packNpm did not produce ${missing.join(', ')} in ${npmDir}`);
    }
    out.push({ distDir, packages });
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  const started = Date.now();
  packNpm().then(
    (results) => {
      for (const { distDir, packages } of results) {
        const where = join(distDir, 'miniprogram_npm').slice(ROOT.length + 1);
        console.log(`packNpm: ${packages.join(', ')} -> ${where} (${Date.now() - started} ms)`);
      }
      process.exit(0);
    },
    (err: unknown) => {
      console.error(`packNpm failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
