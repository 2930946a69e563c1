/**
 * `npm run cloud -- --port 3000 [--memory | --data <dir>] [--strict-indexes] [--function-env KEY=VALUE …] [--quiet]`:
 * local-cloud with this app's functions, indexes and pages; the journal in `.local-cloud-data/`.
 */
import { runCliMain } from '../local-cloud/cli';
import { APP_ROOTS, DEFAULT_DATA_DIR } from './app-roots';
import { deployIntoLocalCloud } from './deploy/into-local-cloud';

// Once it listens, the database is deployed into it as `npm run deploy` would (collections,
// indexes, security rules); then it prints its ready line.
runCliMain({ ...APP_ROOTS, dataDir: DEFAULT_DATA_DIR }, deployIntoLocalCloud);
