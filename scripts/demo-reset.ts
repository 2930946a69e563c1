/**
 * `npm run demo:reset`: wipes `.local-cloud-data/` and loads the demo data again, with a
 * local-cloud started for the purpose (on a free port) and stopped afterwards. Stop `npm start`
 * first: two local-clouds must not share one data folder.
 */
import { relative } from 'node:path';
import {
  dataDirHolder,
  DEMO_DATA_DIR,
  describeSummary,
  loadDemo,
  startDemoCloud,
  wipeDir,
} from './demo/cloud';

async function main(): Promise<void> {
  const where = relative(process.cwd(), DEMO_DATA_DIR) || DEMO_DATA_DIR;
  const holder = await dataDirHolder(DEMO_DATA_DIR);
  if (holder) {
    throw new Error(
      `${where} is in use by a running local-cloud (pid ${holder}, probably npm start): stop it first`,
    );
  }
  wipeDir(DEMO_DATA_DIR);
  console.log(`wiped ${where}; loading the demo data…`);
  const { cloud, clock } = await startDemoCloud({ dataDir: DEMO_DATA_DIR });
  const interrupt = (): void => {
    console.log('\ninterrupted: removing the half-loaded data');
    void cloud.stop().finally(() => {
      wipeDir(DEMO_DATA_DIR);
      process.exit(130);
    });
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    const summary = await loadDemo(cloud, { clock, log: (line) => console.log(line) });
    for (const line of describeSummary(summary)) console.log(line);
  } catch (err) {
    await cloud.stop();
    wipeDir(DEMO_DATA_DIR);
    throw err;
  }
  await cloud.stop();
  console.log(`done: ${where} holds the demo data. npm start serves it.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  console.error('demo:reset failed.');
  process.exit(1);
});
