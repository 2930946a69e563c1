import { createRequire } from 'node:module';
import { Context } from 'mingo';
import type { Aggregator as AggregatorType, Query as QueryType } from 'mingo';
import { geoQueryOperators } from './geo';

/**
 * mingo with every operator plus the geo ones, in one context built once. mingo's top-level
 * classes merge a passed context into the default one on every construction, which dominated
 * profiles; the base classes take the prepared context as is.
 */
const load = createRequire(__filename);
type Ops = Record<string, never>;
const ops = (name: string): Ops => load(`mingo/operators/${name}`) as Ops;

const context = Context.init({
  accumulator: ops('accumulator'),
  expression: ops('expression'),
  pipeline: ops('pipeline'),
  projection: ops('projection'),
  query: { ...ops('query'), ...(geoQueryOperators as unknown as Ops) },
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

export function newQuery(filter: Record<string, unknown>): QueryType {
  return new BaseQuery(filter, engineOptions);
}

export function newAggregator(
  pipeline: Record<string, unknown>[],
  collectionResolver: (name: string) => Record<string, unknown>[],
): AggregatorType {
  return new BaseAggregator(pipeline, { context, collectionResolver });
}

/** Applies update operators in place; returns the modified field paths. */
export function updateInPlace(doc: object, modifier: object): string[] {
  return updater.update(doc, modifier, undefined, undefined, {
    cloneMode: 'deep',
    queryOptions: engineOptions,
  });
}
