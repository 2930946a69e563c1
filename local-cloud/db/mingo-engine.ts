import { createRequire } from 'node:module';
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
const updater = load('mingo/updater') as {
  update(
    obj: object,
    modifier: object,
    arrayFilters: unknown,
    condition: unknown,
    options: object,
  ): string[];
};

export const engineOptions = { context };

/** The corrected `$match` filters of a pipeline (see mingo-corrections). */
const correctPipeline = (pipeline: Record<string, unknown>[]): Record<string, unknown>[] =>
  pipeline.map((stage) =>
    '$match' in stage ? { ...stage, $match: correctQuery(stage.$match) } : stage,
  );

export function newQuery(filter: Record<string, unknown>): QueryType {
  return new BaseQuery(correctQuery(filter) as Record<string, unknown>, engineOptions);
}

export function newAggregator(
  pipeline: Record<string, unknown>[],
  collectionResolver: (name: string) => Record<string, unknown>[],
): AggregatorType {
  return new BaseAggregator(correctPipeline(pipeline), { context, collectionResolver });
}

/** Applies update operators in place; returns the modified field paths. */
export function updateInPlace(doc: object, modifier: object): string[] {
  return updater.update(doc, modifier, undefined, undefined, {
    cloneMode: 'deep',
    queryOptions: engineOptions,
  });
}
