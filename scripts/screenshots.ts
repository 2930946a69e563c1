/**
 * `npm run screenshots`: a 375×812 PNG of every page of app.json, rendered by the browser preview
 * (the mini-program's own files) against local-cloud with the demo data, into docs/screenshots/;
 * then the variants (a sign-up of a fair called off, the voice chips on 找工作 and a post read
 * aloud, and every worker page in 大字模式 as `<page>-large.png`). The gate page opens today's fair.
 *
 *   npm run screenshots                     every page, each as the demo user it is meant for
 *   npm run screenshots -- pages/jobs/index only the pages named
 *   CLOUD_URL=http://127.0.0.1:3000 npm run screenshots   use a running local-cloud instead
 *
 * Which user opens a page, and the id a detail page gets from the demo data: see
 * scripts/demo/page-visits.ts (shared with the page bench).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './demo/cloud';
import { openDemoSite } from './demo/page-visits';

const OUT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

async function main(): Promise<void> {
  const only = process.argv.slice(2).map((a) => a.replace(/^\//, ''));
  mkdirSync(OUT_DIR, { recursive: true });
  const site = await openDemoSite();
  const visits = [...site.routes.map((r) => site.visit(r)), ...site.variants()].filter(
    (v) => !only.length || only.includes(v.route),
  );
  let failed = 0;
  try {
    for (const visit of visits) {
      try {
        const { page, errors, close } = await site.open(visit);
        const file = join(OUT_DIR, `${visit.name}.png`);
        try {
          await visit.act?.(page);
          await page.screenshot({ path: file });
        } finally {
          await close();
        }
        console.log(
          `${visit.path} → ${file.slice(REPO_ROOT.length + 1)}${errors.length ? `  (page errors: ${errors.join('; ')})` : ''}`,
        );
      } catch (err) {
        failed++;
        console.error(`${visit.path}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  } finally {
    await site.close();
  }
  console.log(`${visits.length - failed} screenshots in docs/screenshots/`);
  process.exit(failed ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
