import { applications } from './sources/applications';
import { fairs } from './sources/fairs';
import { jobs } from './sources/jobs';
import { ledger } from './sources/ledger';
import { trips } from './sources/trips';
import { workers } from './sources/workers';
import type { StatSourceDef } from './source';

/**
 * Every source of the dashboard, in the order it shows them. A new source (trips, the ledger) is
 * one module in sources/ and one line here; a place deeper than a source knows leaves it out.
 */
export const SOURCES: readonly StatSourceDef[] = [
  workers,
  jobs,
  applications,
  fairs,
  trips,
  ledger,
];
