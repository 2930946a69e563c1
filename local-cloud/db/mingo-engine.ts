import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Context } from 'mingo';
import type { Aggregator as AggregatorType, Query as QueryType } from 'mingo';
import { geoQueryOperators } from './geo';
import {
  correctQuery,
  expressionCorrections,
  queryCorrections,
  stageCorrections,
} from './mingo-corrections';

/**
 * mingo with every operator plus the geo ones, in one context built once. mingo's top-level
 * classes merge a passed context into the default one on every construction, which dominated
 * profiles; the base classes take the prepared context as is.
 */
const load = createRequire(__filename);
type Ops = Record<string, never>;
const ops = (name: string): Ops => load(`mingo/operators/${name}`) as Ops;

const expression = ops('expression');
const pipeline = ops('pipeline');
const context = Context.init({
  accumulator: ops('accumulator'),
  expression: { ...expression, ...(expressionCorrections(expression) as Ops) },
  pipeline: { ...pipeline, ...(stageCorrections(pipeline) as Ops) },
  projection: ops('projection'),
  query: {
    ...ops('query'),
    ...(queryCorrections as Ops),
    ...(geoQueryOperators as unknown as Ops),
  },
  window: ops('window'),
});

const BaseQuery = (load('mingo/query') as { Query: typeof QueryType }).Query;
const BaseAggregator = (load('mingo/aggregator') as { Aggregator: typeof AggregatorType })
  .Aggregator;

/**
 * mingo copies its whole operator context for every Query, Aggregator and update given plain
 * options (a measurable share of every request); given a prepared `ComputeOptions` it shares it.
 * That class and the update parameters' builder live in files mingo's exports map does not list,
 * so they are loaded by path from the installed package.
 */
const internal = <T>(exported: string, file: string): T =>
  load(join(dirname(load.resolve(exported)), file)) as T;
interface ComputeOptionsClass {
  new (options: object, locals?: object): ComputeOptionsInstance;
  init(options: object): ComputeOptionsInstance;
}
interface ComputeOptionsInstance {
  readonly options: object;
  update(locals: object): ComputeOptionsInstance;
}
const { ComputeOptions } = internal<{ ComputeOptions: ComputeOptionsClass }>(
  'mingo/core',
  '_internal.js',
);
const { buildParams } = internal<{
  buildParams(exprs: unknown[], arrayFilters: unknown[], options: unknown): unknown;
}>('mingo/operators/update', '_internal.js');
type UpdateOperator = (
  expr: unknown,
  arrayFilters: unknown[],
  options: unknown,
) => (doc: object) => string[];
const updateOperators = load('mingo/operators/update') as Record<string, UpdateOperator>;

const shared = ComputeOptions.init({ context });

/** Options for tests and tools that call mingo themselves. */
export const engineOptions = { context };

/** The corrected `$match` filters of a pipeline (see mingo-corrections). */
const correctPipeline = (pipeline: Record<string, unknown>[]): Record<string, unknown>[] =>
  pipeline.map((stage) =>
    '$match' in stage ? { ...stage, $match: correctQuery(stage.$match) } : stage,
  );

export function newQuery(filter: Record<string, unknown>): QueryType {
  return new BaseQuery(correctQuery(filter) as Record<string, unknown>, shared as never);
}

export function newAggregator(
  pipeline: Record<string, unknown>[],
  collectionResolver: (name: string) => Record<string, unknown>[],
): AggregatorType {
  const options = new ComputeOptions({ ...shared.options, collectionResolver });
  return new BaseAggregator(correctPipeline(pipeline), options as never);
}

/**
 * Applies update operators in place (what mingo's `update` does for an operator document, with
 * the shared options); returns the modified field paths.
 */
export function updateInPlace(doc: object, modifier: Record<string, unknown>): string[] {
  const unknown = Object.keys(modifier).find((op) => !updateOperators[op]);
  if (unknown) throw new Error(`Unknown update operator: '${unknown}'.`);
  const options = ComputeOptions.init(shared).update({
    condition: {},
    updateConfig: { cloneMode: 'deep' },
  });
  const renameTargets = Object.values((modifier.$rename as Record<string, string>) ?? {}).map(
    (target) => ({ [target]: true }),
  );
  options.update({
    updateParams: buildParams([...Object.values(modifier), ...renameTargets], [], options),
  });
  const fields: string[] = [];
  for (const op of Object.keys(modifier)) {
    fields.push(...updateOperators[op](modifier[op], [], options)(doc));
  }
  return fields;
}
