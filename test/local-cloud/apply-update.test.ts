import { inspect } from 'node:util';
import { applyUpdate } from '../../local-cloud/db/apply-update';
import { clone, type Doc } from '../../local-cloud/db/ejson';
import { updateInPlace } from '../../local-cloud/db/mingo-engine';

/** What mingo's own update gives (the path applyUpdate took for every update before). */
function byMingo(doc: Doc, data: Doc): { doc: Doc; changed: boolean } | string {
  const next = clone(doc);
  try {
    return { doc: next, changed: updateInPlace(next, data).length > 0 };
  } catch (err) {
    return (err as Error).message;
  }
}

function applied(doc: Doc, data: Doc): { doc: Doc; changed: boolean } | string {
  try {
    return applyUpdate(doc, data, true);
  } catch (err) {
    return (err as Error).message.replace(/^invalid update: /, '');
  }
}

const doc: Doc = {
  _id: 'a',
  taken: 3,
  cap: 10,
  zero: 0,
  negZero: -0,
  float: 0.1,
  nan: NaN,
  text: '3',
  nothing: null,
  nested: { n: 1 },
  list: [1, 2],
};

describe('$inc on top-level numbers: the same document and changed flag as mingo', () => {
  test.each<[string, Doc]>([
    ['a counter', { $inc: { taken: 1 } }],
    ['by zero (unchanged)', { $inc: { taken: 0 } }],
    ['a missing field (created, even by zero)', { $inc: { fresh: 0 } }],
    ['two fields, one missing', { $inc: { taken: -2, seats: 5 } }],
    ['-0 by 0', { $inc: { negZero: 0 } }],
    ['a fraction', { $inc: { float: 0.2 } }],
    ['by Infinity', { $inc: { cap: Infinity } }],
    ['a NaN field', { $inc: { nan: 1 } }],
    ['a string field', { $inc: { text: 1 } }],
    ['a null field', { $inc: { nothing: 1 } }],
    ['an object field', { $inc: { nested: 1 } }],
    ['a dotted path', { $inc: { 'nested.n': 1 } }],
    ['an array element', { $inc: { 'list.0': 1 } }],
    ['_id', { $inc: { _id: 1 } }],
    ['by a string', { $inc: { taken: '1' } }],
    ['by NaN', { $inc: { taken: NaN } }],
    ['an inherited name', { $inc: { constructor: 1 } }],
    ['with $set too', { $inc: { taken: 1 }, $set: { cap: 4 } }],
    ['an empty $inc', { $inc: {} }],
  ])('%s', (_name, data) => {
    const want = byMingo(doc, data);
    const got = applied(doc, data);
    expect(inspect(got, { depth: null })).toBe(inspect(want, { depth: null }));
  });

  test('the stored document is left as it was', () => {
    const before = inspect(doc, { depth: null });
    applyUpdate(doc, { $inc: { taken: 1, fresh: 2 } }, true);
    expect(inspect(doc, { depth: null })).toBe(before);
  });
});
